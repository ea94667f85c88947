import type { Database } from 'better-sqlite3';
import type { Conclusion } from '$lib/domain/conclusion';
import type { Store } from '../Store';
import { ConclusionReplacedError, InvalidRecordError, NotFoundError } from '../errors';
import {
	CONCLUSION_SQL,
	CONCLUSIONS_OF_INSPECTION_SQL,
	conclusionBody,
	conclusionFromRow,
	INSERT_CONCLUSION_SQL,
	INSERT_LINK_SQL,
	insertConclusionParams,
	linkParams,
	LINKS_OF_SQL,
	REPLACEMENT_STATE_SQL,
	sealedDocument,
	summaryOf,
	type ConclusionRow,
	type LinkRow,
	type NewConclusion
} from '../conclusions/conclusionSql';
import { isForeignKeyViolation } from './constraintErrors';
import { sqliteLedgerAppend } from './ledger';
import { sqliteIssueWithin } from './register';

type ConclusionMethods = Pick<Store, 'issueConclusion' | 'getConclusion' | 'conclusionsOfInspection'>;

export function sqliteConclusions(db: Database): ConclusionMethods {
	const issueNumber = sqliteIssueWithin(db);
	const appendLedger = sqliteLedgerAppend(db);
	const replacement = db.prepare(REPLACEMENT_STATE_SQL);
	const insert = db.prepare(INSERT_CONCLUSION_SQL);
	const insertLink = db.prepare(INSERT_LINK_SQL);
	const one = db.prepare(CONCLUSION_SQL);
	const linksOf = db.prepare(LINKS_OF_SQL);
	const ofInspection = db.prepare(CONCLUSIONS_OF_INSPECTION_SQL);
	const read = (row: ConclusionRow | undefined): Conclusion | null => (row ? conclusionFromRow(row, linksOf.all(row.id) as LinkRow[]) : null);

	const issue = db.transaction((input: NewConclusion, now: Date): Conclusion => {
		if (input.replaces !== null) {
			const state = replacement.get(input.replaces) as { id: string; replaced_by: string | null } | undefined;
			if (!state) throw new NotFoundError('Conclusion', input.replaces);
			if (state.replaced_by) throw new ConclusionReplacedError(input.replaces, state.replaced_by);
		}
		const entry = issueNumber({ issuerId: input.issuerId, issuerCode: input.issuerCode, kind: 'conclusion', subjectId: input.id, title: input.document.subject ?? input.document.title, issuedBy: input.issuedBy }, now);
		const sealed = sealedDocument(input, entry);
		insert.run(...insertConclusionParams(input, entry, sealed));
		for (const r of input.inspections) insertLink.run(...linkParams(input.id, r));
		appendLedger([conclusionBody({ id: input.id, symbol: entry.symbol, documentHash: sealed.hash, replaces: input.replaces, inspections: input.inspections })], entry.issuedAt);
		return read(one.get(input.id) as ConclusionRow) as Conclusion;
	});

	return {
		async issueConclusion(input, now) {
			try {
				return issue.immediate(input, now);
			} catch (error) {
				if (isForeignKeyViolation(error)) throw new InvalidRecordError('A conclusion names an unknown agency, account or revision');
				throw error;
			}
		},
		async getConclusion(id) {
			return read(one.get(id) as ConclusionRow | undefined);
		},
		async conclusionsOfInspection(inspectionId) {
			return (ofInspection.all(inspectionId) as ConclusionRow[]).map((row) => summaryOf(read(row) as Conclusion));
		}
	};
}
