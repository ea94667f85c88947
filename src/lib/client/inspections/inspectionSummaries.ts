import { templateKey, type ChecklistTemplate } from '$lib/domain/checklist';
import type { InspectionStatus } from '$lib/domain/inspection';
import type { LocalizedText } from '$lib/domain/localized';
import { overallProgress, type Progress } from '$lib/domain/progress';
import { scoreInspection } from '$lib/domain/scoring';
import { database, type InspectorDatabase } from '../db/database';
import { syncStatesById, type SyncStateRecord } from '../sync/syncState';
import { listInspections } from './inspectionStore';

export interface InspectionSummary {
	id: string;
	status: InspectionStatus;
	agencyName: string;
	templateTitle: LocalizedText | null;
	startedAt: string;
	updatedAt: string;
	revision: number;
	sync: SyncStateRecord | null;
	progress: Progress | null;
	/** Compliance rate 0..1, null when nothing scorable is answered or the template is missing. */
	rate: number | null;
	violations: number;
	/** A draft on an older version of its template: the newest version on the device, to move it to. */
	newerVersion: number | null;
}

export interface DamagedRecord {
	id: string;
	error: string;
}

/**
 * Everything "My inspections" shows, read in one pass from the device: only the inspections of
 * `inspectorId`, so another person signed in on the same phone never sees them.
 */
export async function inspectionSummaries(
	inspectorId: string,
	db: InspectorDatabase = database()
): Promise<{ summaries: InspectionSummary[]; damaged: DamagedRecord[] }> {
	const [results, templates, agencies, syncStates] = await Promise.all([
		listInspections(db),
		db.templates.toArray(),
		db.agencies.toArray(),
		syncStatesById(db)
	]);
	const templateByKey = new Map<string, ChecklistTemplate>(templates.map((t) => [templateKey(t), t]));
	const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
	const newest = new Map<string, number>();
	for (const t of templates) newest.set(t.id, Math.max(t.version, newest.get(t.id) ?? 0));
	const summaries: InspectionSummary[] = [];
	const damaged: DamagedRecord[] = [];
	for (const result of results) {
		if (!result.ok) {
			damaged.push({ id: result.id, error: result.error });
			continue;
		}
		const i = result.inspection;
		if (i.inspectorId !== inspectorId) continue;
		const template = templateByKey.get(templateKey({ id: i.templateId, version: i.templateVersion }));
		const score = template ? scoreInspection(template, i) : null;
		summaries.push({
			id: i.id,
			status: i.status,
			agencyName: agencyName.get(i.agencyId) ?? i.agencyId,
			templateTitle: template?.title ?? null,
			startedAt: i.startedAt,
			updatedAt: i.updatedAt,
			revision: i.revision,
			sync: syncStates.get(i.id) ?? null,
			progress: template ? overallProgress(template, i.answers) : null,
			rate: score?.overall.rate ?? null,
			violations: score?.violations.length ?? 0,
			newerVersion: i.status === 'draft' && (newest.get(i.templateId) ?? 0) > i.templateVersion ? (newest.get(i.templateId) ?? null) : null
		});
	}
	return { summaries, damaged };
}
