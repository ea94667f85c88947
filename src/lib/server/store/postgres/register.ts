import type { Pool, PoolClient } from 'pg';
import type { NewRegisterEntry, RegisterEntry } from '$lib/domain/documentNumber';
import type { Store } from '../Store';
import { InvalidRecordError } from '../errors';
import {
	INSERT_ENTRY_SQL,
	insertEntryParams,
	REGISTER_OF_SUBJECT_SQL,
	REGISTER_OF_YEAR_SQL,
	registerEntry,
	registerEntryFromRow,
	TAKE_NUMBER_SQL,
	takeNumberParams,
	type RegisterRow
} from '../register/registerSql';
import { numbered } from './numbered';
import { inTransaction, isForeignKeyViolation } from './pool';

type RegisterMethods = Pick<Store, 'issueDocumentNumber' | 'listRegister' | 'registerEntriesOf'>;

const TAKE_NUMBER = numbered(TAKE_NUMBER_SQL);
const INSERT_ENTRY = numbered(INSERT_ENTRY_SQL);

/**
 * Issues a number inside the caller's transaction on `client`. The counter row stays locked until
 * that transaction ends, so keep what follows it short: other issuers of the same kind, issuer and
 * year wait for it.
 */
export async function postgresIssueWithin(client: PoolClient, entry: NewRegisterEntry, at: Date): Promise<RegisterEntry> {
	const { rows } = await client.query<{ last_number: number }>(TAKE_NUMBER, takeNumberParams(entry, at));
	const [taken] = rows;
	if (!taken) throw new Error('The register counter returned no number');
	const issued = registerEntry(entry, Number(taken.last_number), at);
	await client.query(INSERT_ENTRY, insertEntryParams(issued));
	return issued;
}

export function postgresRegister(pool: Pool): RegisterMethods {
	return {
		async issueDocumentNumber(entry, now) {
			try {
				return await inTransaction(pool, (client) => postgresIssueWithin(client, entry, now));
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown issuer ${entry.issuerId} or account ${entry.issuedBy}`);
				throw error;
			}
		},
		async listRegister(issuerId, year) {
			const { rows } = await pool.query<RegisterRow>(numbered(REGISTER_OF_YEAR_SQL), [issuerId, year]);
			return rows.map(registerEntryFromRow);
		},
		async registerEntriesOf(subjectId) {
			const { rows } = await pool.query<RegisterRow>(numbered(REGISTER_OF_SUBJECT_SQL), [subjectId]);
			return rows.map(registerEntryFromRow);
		}
	};
}
