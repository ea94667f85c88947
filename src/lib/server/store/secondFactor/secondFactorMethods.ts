import type { Store } from '../Store';
import { int, iso } from '../rows';
import type { AccountAction, AccountEvent, SignInChallenge } from '../secondFactorRecords';
import type { Exec } from '../review/filter';
import type { RunSteps, Step } from './steps';

/**
 * The second factor's store methods, written once for both databases: the SQL is the same in
 * SQLite and PostgreSQL (reads through Exec, writes as steps of one transaction through RunSteps).
 */
export type SecondFactorMethods = Pick<
	Store,
	| 'getSecondFactor'
	| 'enrolSecondFactor'
	| 'useTotpStep'
	| 'useRecoveryCode'
	| 'resetSecondFactor'
	| 'listAccountEvents'
	| 'createSignInChallenge'
	| 'getSignInChallenge'
	| 'deleteSignInChallenge'
>;

type Time = string | Date;

interface SecondFactorRow {
	secret: string;
	last_step: number | string;
	enrolled_at: Time;
	codes_left: number | string;
}

interface EventRow {
	id: number | string;
	user_id: string;
	actor_id: string | null;
	action: string;
	at: Time;
}

interface ChallengeRow {
	token_hash: string;
	user_id: string;
	pending_secret: string | null;
	expires_at: Time;
}

const event = (userId: string, actorId: string | null, action: AccountAction, now: Date): Step => ({
	sql: 'INSERT INTO account_events (user_id, actor_id, action, at) VALUES (?, ?, ?, ?)',
	params: [userId, actorId, action, now.toISOString()]
});

export function secondFactorMethods(exec: Exec, run: RunSteps): SecondFactorMethods {
	return {
		async getSecondFactor(userId) {
			const [row] = await exec<SecondFactorRow>(
				`SELECT f.secret, f.last_step, f.enrolled_at,
					(SELECT count(*) FROM recovery_codes AS r WHERE r.user_id = f.user_id AND r.used_at IS NULL) AS codes_left
				 FROM second_factors AS f WHERE f.user_id = ?`,
				[userId]
			);
			if (!row) return null;
			return { secret: row.secret, lastStep: int(row.last_step), enrolledAt: iso(row.enrolled_at), recoveryCodesLeft: int(row.codes_left) };
		},
		enrolSecondFactor(enrolment, now) {
			const { userId } = enrolment;
			return run([
				// Two enrolments finishing at once: the first wins, the second changes nothing.
				{
					sql: 'INSERT INTO second_factors (user_id, secret, last_step, enrolled_at) VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING',
					params: [userId, enrolment.secret, enrolment.step, now.toISOString()],
					mustChange: true
				},
				{ sql: 'DELETE FROM recovery_codes WHERE user_id = ?', params: [userId] },
				...enrolment.recoveryCodeHashes.map((hash) => ({
					sql: 'INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (?, ?, NULL)',
					params: [userId, hash]
				})),
				event(userId, userId, 'second-factor-enrolled', now)
			]);
		},
		useTotpStep(userId, step) {
			// One conditional write: of two requests with the same code, only one moves the step on.
			return run([{ sql: 'UPDATE second_factors SET last_step = ? WHERE user_id = ? AND last_step < ?', params: [step, userId, step], mustChange: true }]);
		},
		useRecoveryCode(userId, codeHash, now) {
			return run([
				{
					sql: 'UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL',
					params: [now.toISOString(), userId, codeHash],
					mustChange: true
				},
				event(userId, userId, 'recovery-code-used', now)
			]);
		},
		resetSecondFactor(userId, actorId, now) {
			return run([
				{ sql: 'DELETE FROM second_factors WHERE user_id = ?', params: [userId], mustChange: true },
				{ sql: 'DELETE FROM recovery_codes WHERE user_id = ?', params: [userId] },
				// A code step begun before the reset must not finish after it.
				{ sql: 'DELETE FROM sign_in_challenges WHERE user_id = ?', params: [userId] },
				event(userId, actorId, 'second-factor-reset', now)
			]);
		},
		async listAccountEvents(userId) {
			const rows = await exec<EventRow>('SELECT id, user_id, actor_id, action, at FROM account_events WHERE user_id = ? ORDER BY id', [userId]);
			return rows.map(
				(row): AccountEvent => ({ id: int(row.id), userId: row.user_id, actorId: row.actor_id, action: row.action as AccountAction, at: iso(row.at) })
			);
		},
		async createSignInChallenge(challenge, now) {
			await run([
				// Abandoned challenges go as new ones come: the table holds minutes of sign-ins at most.
				{ sql: 'DELETE FROM sign_in_challenges WHERE expires_at <= ?', params: [now.toISOString()] },
				{
					sql: 'INSERT INTO sign_in_challenges (token_hash, user_id, pending_secret, expires_at) VALUES (?, ?, ?, ?)',
					params: [challenge.tokenHash, challenge.userId, challenge.pendingSecret, challenge.expiresAt]
				}
			]);
		},
		async getSignInChallenge(tokenHash, now) {
			const [row] = await exec<ChallengeRow>(
				'SELECT token_hash, user_id, pending_secret, expires_at FROM sign_in_challenges WHERE token_hash = ? AND expires_at > ?',
				[tokenHash, now.toISOString()]
			);
			return row ? challengeFromRow(row) : null;
		},
		deleteSignInChallenge(tokenHash) {
			return run([{ sql: 'DELETE FROM sign_in_challenges WHERE token_hash = ?', params: [tokenHash], mustChange: true }]);
		}
	};
}

function challengeFromRow(row: ChallengeRow): SignInChallenge {
	return { tokenHash: row.token_hash, userId: row.user_id, pendingSecret: row.pending_secret, expiresAt: iso(row.expires_at) };
}
