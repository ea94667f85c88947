import type { Database } from 'better-sqlite3';
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
import { isForeignKeyViolation } from './constraintErrors';

type RegisterMethods = Pick<Store, 'issueDocumentNumber' | 'listRegister' | 'registerEntriesOf'>;

/**
 * Issues a number inside a transaction the caller already runs on `db` (synchronous, as every
 * better-sqlite3 transaction): for documents stored with their number in one commit.
 */
export function sqliteIssueWithin(db: Database): (entry: NewRegisterEntry, at: Date) => RegisterEntry {
	const take = db.prepare(TAKE_NUMBER_SQL).pluck();
	const insert = db.prepare(INSERT_ENTRY_SQL);
	return (entry, at) => {
		const number = take.get(...takeNumberParams(entry, at)) as number;
		const issued = registerEntry(entry, number, at);
		insert.run(...insertEntryParams(issued));
		return issued;
	};
}

export function sqliteRegister(db: Database): RegisterMethods {
	const issueWithin = sqliteIssueWithin(db);
	const issue = db.transaction(issueWithin);
	const ofYear = db.prepare(REGISTER_OF_YEAR_SQL);
	const ofSubject = db.prepare(REGISTER_OF_SUBJECT_SQL);
	return {
		async issueDocumentNumber(entry, now) {
			try {
				return issue.immediate(entry, now);
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError(`Unknown issuer ${entry.issuerId} or account ${entry.issuedBy}`);
				throw error;
			}
		},
		async listRegister(issuerId, year) {
			return (ofYear.all(issuerId, year) as RegisterRow[]).map(registerEntryFromRow);
		},
		async registerEntriesOf(subjectId) {
			return (ofSubject.all(subjectId) as RegisterRow[]).map(registerEntryFromRow);
		}
	};
}
