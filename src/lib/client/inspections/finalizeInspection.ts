import type { ChecklistTemplate } from '$lib/domain/checklist';
import { finalizeProblems, type FinalizeProblem } from '$lib/domain/finalize';
import type { Inspection } from '$lib/domain/inspection';
import { database, type InspectorDatabase } from '../db/database';
import { mutateInspection } from './mutateInspection';

export type FinalizeResult = { ok: true; inspection: Inspection } | { ok: false; problems: FinalizeProblem[] };

/**
 * Lock the inspection so it waits to be sent. Refused, with the reasons, while anything required is
 * missing; the check runs inside the write transaction so nothing can slip in between.
 */
export async function finalizeInspection(
	id: string,
	template: ChecklistTemplate,
	db: InspectorDatabase = database(),
	now: Date = new Date(),
	photoCounts: ReadonlyMap<string, number> = new Map()
): Promise<FinalizeResult> {
	let problems: FinalizeProblem[] = [];
	const inspection = await mutateInspection(
		id,
		(inspection) => {
			problems = finalizeProblems(template, inspection, photoCounts);
			if (problems.length > 0) return false;
			inspection.status = 'finalized';
			inspection.finishedAt = now.toISOString();
		},
		db,
		now
	);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, inspection };
}
