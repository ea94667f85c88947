import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { DerivedFinding, DerivedHead } from './deriveRevision';

/** Column order shared by both stores' inserts of derived rows (see deriveRevision.ts). */
export const HEAD_COLUMNS = [
	'inspection_id',
	'revision',
	'status',
	'agency_id',
	'inspector_id',
	'inspector_name',
	'template_id',
	'template_version',
	'started_at',
	'started_date',
	'finished_at',
	'received_at',
	'compliance_rate',
	'weighted_score',
	'compliant',
	'violations',
	'max_severity',
	'flag_far',
	'flag_manual',
	'flag_suspect',
	'flag_no_location',
	'lat',
	'lng'
] as const;

export function headValues(head: DerivedHead, status: string, receivedAt: string): unknown[] {
	return [
		head.inspectionId,
		head.revision,
		status,
		head.agencyId,
		head.inspectorId,
		head.inspectorName,
		head.templateId,
		head.templateVersion,
		head.startedAt,
		head.startedDate,
		head.finishedAt,
		receivedAt,
		head.complianceRate,
		head.weightedScore,
		head.compliant,
		head.violations,
		head.maxSeverity,
		head.flagFar,
		head.flagManual,
		head.flagSuspect,
		head.flagNoLocation,
		head.lat,
		head.lng
	];
}

export const FINDING_COLUMNS = ['inspection_id', 'revision', 'item_id', 'theme', 'outcome', 'severity', 'item_text', 'note'] as const;

export function findingValues(inspectionId: string, revision: number, f: DerivedFinding): unknown[] {
	return [inspectionId, revision, f.itemId, f.theme, f.outcome, f.severity, f.itemText, f.note];
}

/** A stored template's JSON; null when unreadable (the derived rows then carry no score). */
export function parseTemplate(content: string | undefined | null): ChecklistTemplate | null {
	if (!content) return null;
	try {
		return JSON.parse(content) as ChecklistTemplate;
	} catch {
		return null;
	}
}

/** One change to finding_totals: counts to add (negative to take away) for an agency, month and item. */
export interface TotalsDelta {
	agencyId: string;
	month: string;
	itemId: string;
	theme: string;
	severity: string;
	itemText: string;
	compliant: number;
	violation: number;
}

export interface TotalsFinding {
	itemId: string;
	theme: string;
	severity: string;
	itemText: string;
	outcome: string;
}

/**
 * What a new latest revision changes in the totals: the previous latest revision's findings come out
 * (when there was one), the new one's go in. Not-applicable answers are never counted.
 */
export function totalsDeltas(
	previous: { agencyId: string; startedDate: string; findings: readonly TotalsFinding[] } | null,
	next: { agencyId: string; startedDate: string; findings: readonly TotalsFinding[] }
): TotalsDelta[] {
	const deltas: TotalsDelta[] = [];
	const push = (agencyId: string, startedDate: string, f: TotalsFinding, sign: 1 | -1) => {
		if (f.outcome !== 'compliant' && f.outcome !== 'violation') return;
		deltas.push({
			agencyId,
			month: startedDate.slice(0, 7),
			itemId: f.itemId,
			theme: f.theme,
			severity: f.severity,
			itemText: f.itemText,
			compliant: f.outcome === 'compliant' ? sign : 0,
			violation: f.outcome === 'violation' ? sign : 0
		});
	};
	for (const f of previous?.findings ?? []) push(previous?.agencyId ?? '', previous?.startedDate ?? '', f, -1);
	for (const f of next.findings) push(next.agencyId, next.startedDate, f, 1);
	return deltas;
}

export const TOTALS_UPSERT = `INSERT INTO finding_totals (agency_id, month, item_id, theme, severity, item_text, compliant, violation)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (agency_id, month, item_id) DO UPDATE SET
		compliant = finding_totals.compliant + excluded.compliant,
		violation = finding_totals.violation + excluded.violation`;

export const totalsValues = (d: TotalsDelta): unknown[] => [d.agencyId, d.month, d.itemId, d.theme, d.severity, d.itemText, d.compliant, d.violation];

export const PREVIOUS_HEAD_SQL = 'SELECT revision, agency_id, started_date FROM inspection_heads WHERE inspection_id = ?';
export const PREVIOUS_FINDINGS_SQL =
	'SELECT item_id AS "itemId", theme, severity, item_text AS "itemText", outcome FROM findings WHERE inspection_id = ? AND revision = ?';
