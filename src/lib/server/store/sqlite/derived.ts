import type { Database } from 'better-sqlite3';
import { deriveRevision } from '../deriveRevision';
import {
	FINDING_COLUMNS,
	HEAD_COLUMNS,
	PREVIOUS_FINDINGS_SQL,
	PREVIOUS_HEAD_SQL,
	TOTALS_UPSERT,
	findingValues,
	headValues,
	parseTemplate,
	totalsDeltas,
	totalsValues,
	type TotalsFinding
} from '../derivedRows';
import type { PreparedSubmission } from '../prepareSubmission';

/**
 * Writes the derived rows of a revision; call inside the transaction that stores it. A newer revision
 * replaces the head and moves the totals from the old revision's findings to its own; an older one
 * arriving late (never in practice: revisions are sequential) keeps the head and the totals.
 */
export function sqliteDerivedWriter(db: Database): (item: PreparedSubmission, receivedAt: string) => void {
	const template = db.prepare('SELECT content FROM templates WHERE id = ? AND version = ?').pluck();
	const agency = db.prepare('SELECT lat, lng FROM agencies WHERE id = ?');
	const previousHead = db.prepare(PREVIOUS_HEAD_SQL);
	const previousFindings = db.prepare(PREVIOUS_FINDINGS_SQL);
	const upsertHead = db.prepare(
		`INSERT INTO inspection_heads (${HEAD_COLUMNS.join(', ')}) VALUES (${HEAD_COLUMNS.map(() => '?').join(', ')})
		 ON CONFLICT (inspection_id) DO UPDATE SET ${HEAD_COLUMNS.slice(1)
				.map((c) => `${c} = excluded.${c}`)
				.join(', ')}`
	);
	const insertFinding = db.prepare(
		`INSERT INTO findings (${FINDING_COLUMNS.join(', ')}) VALUES (${FINDING_COLUMNS.map(() => '?').join(', ')})`
	);
	const addTotals = db.prepare(TOTALS_UPSERT);
	return (item, receivedAt) => {
		const where = agency.get(item.agencyId) as { lat: number | null; lng: number | null } | undefined;
		const location = where && where.lat !== null && where.lng !== null ? { lat: where.lat, lng: where.lng } : null;
		const derived = deriveRevision(item, parseTemplate(template.get(item.templateId, item.templateVersion) as string | undefined), location);
		for (const f of derived.findings) insertFinding.run(...findingValues(item.inspectionId, item.revision, f));
		const old = previousHead.get(item.inspectionId) as { revision: number; agency_id: string; started_date: string } | undefined;
		if (old && old.revision > item.revision) return;
		const previous = old
			? { agencyId: old.agency_id, startedDate: old.started_date, findings: previousFindings.all(item.inspectionId, old.revision) as TotalsFinding[] }
			: null;
		upsertHead.run(...headValues(derived.head, 'sent', receivedAt));
		const next = { agencyId: item.agencyId, startedDate: derived.head.startedDate, findings: derived.findings.map((f) => ({ ...f, outcome: f.outcome as string })) };
		for (const delta of totalsDeltas(previous, next)) addTotals.run(...totalsValues(delta));
	};
}
