import { randomBytes } from 'node:crypto';
import { AccountError, createAccount, type AccountInput } from '../auth/accounts';
import { hashPassword, type ScryptParams } from '../auth/password';
import type { Store } from '../store/Store';
import type { Role } from '../store/records';

export interface DemoLogin {
	username: string;
	password: string;
	role: Role;
	displayName: string;
	jurisdictionId: string | null;
}

/** Two inspectors, a provincial supervisor, a supervisor of one commune, an administrator. */
export const DEMO_ACCOUNTS: readonly Omit<AccountInput, 'password'>[] = [
	{ username: 'thanhtra1', displayName: 'Nguyễn Văn An', role: 'inspector', jurisdictionId: null },
	{ username: 'thanhtra2', displayName: 'Trần Thị Bích', role: 'inspector', jurisdictionId: null },
	{ username: 'giamsat.tinh', displayName: 'Lê Minh Châu', role: 'supervisor', jurisdictionId: 'tuyen-quang' },
	{ username: 'giamsat.xa', displayName: 'Phạm Quốc Dũng', role: 'supervisor', jurisdictionId: 'xa-son-duong' },
	{ username: 'quantri', displayName: 'Hoàng Thu Hà', role: 'admin', jurisdictionId: null }
];

/**
 * Creates the demo accounts and returns their logins, the only time the passwords exist in clear.
 * Passwords are random unless DEMO_PASSWORD gives one (demo mode only, for workshops and tests), so
 * a demo left running on a network has no password anyone could look up.
 */
export async function createDemoAccounts(
	store: Store,
	now: Date,
	options: { password?: string | null; params?: ScryptParams } = {}
): Promise<DemoLogin[]> {
	const logins: DemoLogin[] = [];
	// One DEMO_PASSWORD for every account (workshops, tests): hashed once, the same PHC string (salt
	// included) stored for each. The password is printed for all to read anyway; five scrypt runs
	// made every test server's start take seconds, and on a busy machine minutes.
	let shared: Promise<string> | null = null;
	const hash = (password: string) => (shared ??= hashPassword(password, options.params));
	for (const account of DEMO_ACCOUNTS) {
		const password = options.password ?? randomBytes(9).toString('base64url');
		try {
			await createAccount(store, { ...account, password }, now, options.params, options.password ? hash : undefined);
			logins.push({ ...account, password });
		} catch (error) {
			// Another process seeding at the same moment created it first: its password is printed there.
			if (!(error instanceof AccountError && error.field === 'username')) throw error;
		}
	}
	return logins;
}

/** The block `npm start` prints, plainly labelled as demo accounts. */
export function formatDemoLogins(logins: readonly DemoLogin[]): string {
	const width = Math.max(...logins.map((l) => l.username.length));
	const lines = logins.map((l) => `  ${l.username.padEnd(width)}  ${l.password}  ${l.role}${l.jurisdictionId ? ` (${l.jurisdictionId})` : ''}  ${l.displayName}`);
	return [
		'TÀI KHOẢN DÙNG THỬ / DEMO ACCOUNTS (DEMO_MODE) — shown once, not stored in clear:',
		...lines,
		'Do not enter real data under these accounts. For a real install set DEMO_MODE=false and create',
		'the first administrator with: npm run user -- create --username <name> --role admin'
	].join('\n');
}
