import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { seedCatalog } from '../seed/seedCatalog';
import type { Store } from '../store/Store';
import { NotFoundError } from '../store/errors';
import { openStore } from '../store/openStore';
import { ROLES, type Role, type User } from '../store/records';
import { AccountError, createAccount, resetPassword, setDisabled, setRole } from './accounts';

/** What `npm run user` needs from the terminal; scripts/user.js provides it. */
export interface CommandIO {
	/** A new password: from stdin when asked (--password-stdin), else typed twice at a hidden prompt. */
	readNewPassword(fromStdin: boolean): Promise<string>;
	print(line: string): void;
	error(line: string): void;
}

export const USER_COMMAND_HELP = `Manage accounts on this server (uses DATA_DIR / DATABASE_URL like the server).

  npm run user -- create --username <name> --role <inspector|supervisor|admin> [--name "Họ tên"]
                        [--jurisdiction <agency-id>] [--password-stdin]
  npm run user -- reset-password --username <name> [--password-stdin]   (signs the user out everywhere)
  npm run user -- set-role --username <name> --role <role> [--jurisdiction <agency-id>]
  npm run user -- disable --username <name>        npm run user -- enable --username <name>
  npm run user -- reset-second-factor --username <name>   (they enrol again at their next sign-in)
  npm run user -- list

A supervisor needs --jurisdiction: the agency whose subtree they oversee. Passwords have at least
10 characters; without --password-stdin you are asked to type it twice.`;

const OPTIONS = {
	username: { type: 'string' },
	role: { type: 'string' },
	name: { type: 'string' },
	jurisdiction: { type: 'string' },
	'password-stdin': { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

/** Runs one command; returns the process exit code. */
export async function runUserCommand(argv: readonly string[], io: CommandIO, env = process.env): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		io.error(`${(error as Error).message}\n\n${USER_COMMAND_HELP}`);
		return 2;
	}
	const [command] = parsed.positionals;
	if (!command || parsed.values.help || command === 'help') {
		io.print(USER_COMMAND_HELP);
		return command || parsed.values.help ? 0 : 2;
	}
	const store = await openStore(loadConfig(env));
	try {
		// Agencies must exist before a supervisor can be given one, even before the server's first start.
		await seedCatalog(store, new Date());
		await run(command, parsed.values, store, io);
		return 0;
	} catch (error) {
		if (error instanceof AccountError || error instanceof UsageError || error instanceof NotFoundError) {
			io.error(error.message);
			return 1;
		}
		throw error;
	} finally {
		await store.close();
	}
}

class UsageError extends Error {}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

async function run(command: string, values: Values, store: Store, io: CommandIO): Promise<void> {
	const now = new Date();
	if (command === 'list') {
		for (const user of await store.listUsers()) io.print(describe(user));
		return;
	}
	if (command === 'create') {
		const username = required(values.username, '--username');
		const user = await createAccount(
			store,
			{
				username,
				displayName: values.name ?? username,
				role: role(values.role),
				jurisdictionId: values.jurisdiction ?? null,
				password: await io.readNewPassword(values['password-stdin'] ?? false)
			},
			now
		);
		io.print(`Created ${describe(user)}`);
		return;
	}
	const user = await store.getUserByUsername(required(values.username, '--username'));
	if (!user) throw new UsageError(`No account is named ${values.username ?? ''}`);
	switch (command) {
		case 'reset-password':
			await resetPassword(store, user.id, await io.readNewPassword(values['password-stdin'] ?? false), now);
			io.print(`New password set for ${user.username}; their sessions have ended.`);
			return;
		case 'reset-second-factor':
			// For an admin who lost both phone and recovery codes, when no other admin can reset it.
			if (!(await store.resetSecondFactor(user.id, null, now))) throw new UsageError(`${user.username} has no second factor`);
			io.print(`Second factor of ${user.username} reset; they set it up again at their next sign-in.`);
			return;
		case 'set-role':
			io.print(`Updated ${describe(await setRole(store, user.id, role(values.role), values.jurisdiction ?? null, now))}`);
			return;
		case 'disable':
		case 'enable':
			io.print(`${describe(await setDisabled(store, user.id, command === 'disable', now))}`);
			return;
		default:
			throw new UsageError(`Unknown command "${command}".\n\n${USER_COMMAND_HELP}`);
	}
}

function required(value: string | undefined, flag: string): string {
	if (!value) throw new UsageError(`${flag} is required`);
	return value;
}

function role(value: string | undefined): Role {
	if (!(ROLES as readonly string[]).includes(value ?? '')) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
	return value as Role;
}

function describe(user: User): string {
	const scope = user.jurisdictionId ? ` over ${user.jurisdictionId}` : '';
	return `${user.username} (${user.displayName}): ${user.role}${scope}${user.disabled ? ', DISABLED' : ''}`;
}
