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
	const [results, syncStates] = await Promise.all([listInspections(db), syncStatesById(db)]);
	// Only the agencies and template versions these inspections use: a province's catalog (thousands
	// of agencies, every version of every checklist) is not read to name a few drafts, on each change.
	const own = results.flatMap((r) => (r.ok && r.inspection.inspectorId === inspectorId ? [r.inspection] : []));
	const versionKeys = [...new Map(own.map((i) => [templateKey({ id: i.templateId, version: i.templateVersion }), [i.templateId, i.templateVersion] as [string, number]])).values()];
	const templateIds = [...new Set(own.map((i) => i.templateId))];
	const agencyIds = [...new Set(own.map((i) => i.agencyId))];
	const [templates, agencies, allVersions] = await Promise.all([
		db.templates.bulkGet(versionKeys),
		db.agencies.bulkGet(agencyIds),
		db.templates.where('id').anyOf(templateIds).primaryKeys()
	]);
	const templateByKey = new Map<string, ChecklistTemplate>(templates.flatMap((t) => (t ? [[templateKey(t), t] as const] : [])));
	const agencyName = new Map(agencies.flatMap((a) => (a ? [[a.id, a.name] as const] : [])));
	const newest = new Map<string, number>();
	for (const [id, version] of allVersions as unknown as [string, number][]) newest.set(id, Math.max(version, newest.get(id) ?? 0));
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
