import { resolve } from 'node:path';
import { z } from 'zod/mini';
import { ROLES, type Role } from './store/records';

/**
 * Server configuration, from the environment only (documented in README):
 *   DATA_DIR       where the SQLite file and photos go (default ./data)
 *   DATABASE_URL   unset: SQLite at DATA_DIR/vhcv.sqlite; postgres:// or postgresql://: PostgreSQL
 *   DEMO_MODE      true: an empty database gets demo accounts (default false; `npm start` sets true)
 *   DEMO_PASSWORD  demo mode only: one known password for every demo account (else random, printed once)
 *   SESSION_DAYS   days a session lasts without use; every use extends it (default 30)
 *   ORIGIN         adapter-node's public origin, e.g. https://vhcv.example.gov.vn (https → Secure cookies)
 *   DATABASE_POOL_SIZE  PostgreSQL connections per app server (default 10)
 *   PASSWORD_HASH_THREADS, PASSWORD_HASH_QUEUE  see auth/hashPool.ts (checked here, read there)
 *   TOTP_REQUIRED_ROLES  roles that must sign in with a second factor: a comma list or `none`
 *                  (default admin,supervisor; none in demo mode, so the demo stays two commands)
 * PORT, HOST and the other adapter-node variables are read by adapter-node itself.
 */
export interface Config {
	dataDir: string;
	database: { kind: 'sqlite'; file: string; photoDir: string } | { kind: 'postgres'; url: string; poolSize: number };
	demoMode: boolean;
	demoPassword: string | null;
	sessionDays: number;
	origin: string | null;
	/** Roles that must enrol and use a TOTP second factor (auth/secondFactor). */
	totpRequiredRoles: readonly Role[];
}

const BOOLEAN = { true: true, '1': true, yes: true, on: true, false: false, '0': false, no: false, off: false } as const;

const ROLE_LIST = new RegExp(`^\\s*(?:none|(?:${ROLES.join('|')})(?:\\s*,\\s*(?:${ROLES.join('|')}))*)\\s*$`);

/** A real install protects the accounts that see every inspection; the demo must sign in with a password alone. */
const DEFAULT_TOTP_ROLES: readonly Role[] = ['admin', 'supervisor'];

const EnvSchema = z.object({
	DATA_DIR: z.optional(z.string()),
	DATABASE_URL: z.optional(
		z.string().check(z.regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL, or unset for SQLite'))
	),
	DEMO_MODE: z.optional(z.enum(Object.keys(BOOLEAN) as [keyof typeof BOOLEAN, ...(keyof typeof BOOLEAN)[]], 'must be true or false')),
	DEMO_PASSWORD: z.optional(z.string().check(z.minLength(10, 'must have at least 10 characters'))),
	SESSION_DAYS: z.optional(z.string().check(z.regex(/^\d{1,3}$/, 'must be a whole number of days from 1 to 365'))),
	ORIGIN: z.optional(z.string().check(z.regex(/^https?:\/\/[^/\s]+\/?$/, 'must be like https://host[:port] with no path'))),
	DATABASE_POOL_SIZE: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'must be a whole number from 1 to 200'))),
	PASSWORD_HASH_THREADS: z.optional(z.string().check(z.regex(/^(?:[1-9]|[1-5]\d|6[0-4])$/, 'must be a whole number from 1 to 64'))),
	PASSWORD_HASH_QUEUE: z.optional(z.string().check(z.regex(/^(?:[1-9]|[1-5]\d|6[0-4])$/, 'must be a whole number from 1 to 64'))),
	TOTP_REQUIRED_ROLES: z.optional(
		z.string().check(z.regex(ROLE_LIST, `must be none or a comma list of ${ROLES.join(', ')}`))
	)
});

export class ConfigError extends Error {
	constructor(problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Reads and checks the environment; throws one ConfigError listing every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
	// An empty variable (FOO= in an env file) counts as unset.
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
	const parsed = EnvSchema.safeParse(present);
	if (!parsed.success) {
		throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}${shown(issue.path, env)}`));
	}
	const vars = parsed.data;
	const sessionDays = vars.SESSION_DAYS === undefined ? 30 : Number(vars.SESSION_DAYS);
	if (sessionDays < 1 || sessionDays > 365) throw new ConfigError([`SESSION_DAYS must be from 1 to 365 (got ${sessionDays})`]);
	const demoMode = vars.DEMO_MODE === undefined ? false : BOOLEAN[vars.DEMO_MODE];
	if (vars.DEMO_PASSWORD !== undefined && !demoMode) {
		throw new ConfigError(['DEMO_PASSWORD is only allowed with DEMO_MODE=true (no fixed passwords outside demo mode)']);
	}
	const dataDir = resolve(vars.DATA_DIR ?? 'data');
	return {
		dataDir,
		database: vars.DATABASE_URL
			? { kind: 'postgres', url: vars.DATABASE_URL, poolSize: vars.DATABASE_POOL_SIZE === undefined ? 10 : Number(vars.DATABASE_POOL_SIZE) }
			: { kind: 'sqlite', file: resolve(dataDir, 'vhcv.sqlite'), photoDir: resolve(dataDir, 'photos') },
		demoMode,
		demoPassword: vars.DEMO_PASSWORD ?? null,
		sessionDays,
		origin: vars.ORIGIN ?? null,
		totpRequiredRoles: totpRoles(vars.TOTP_REQUIRED_ROLES, demoMode)
	};
}

function totpRoles(value: string | undefined, demoMode: boolean): readonly Role[] {
	if (value === undefined) return demoMode ? [] : DEFAULT_TOTP_ROLES;
	if (value.trim() === 'none') return [];
	return ROLES.filter((role) => value.split(',').some((part) => part.trim() === role));
}

/** The offending value, except for secrets (a database URL may hold a password). */
function shown(path: readonly PropertyKey[], env: Readonly<Record<string, string | undefined>>): string {
	const name = String(path[0]);
	if (name === 'DATABASE_URL' || name === 'DEMO_PASSWORD') return '';
	return ` (got "${env[name] ?? ''}")`;
}
