import { randomUUID } from 'node:crypto';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { scoreInspection } from '$lib/domain/scoring';
import { manifestOf } from '../store/deriveRevision';
import type { NewRecommendation } from '../store/recommendationRecords';
import type { Submission } from '../store/records';
import { defaultDeadline, endOfVietnamDay } from './deadline';

/**
 * Each violation of the approved revision becomes one recommendation: what must be fixed is the
 * item's text with the inspector's note, so the agency reads the finding in the inspector's words.
 * @param deadlines per item id, calendar dates (Vietnam); others get the default of 30 days
 * @param approvedBy the approver's name, as the trail shows it
 */
export function recommendationsFromApproval(
	submission: Submission,
	template: ChecklistTemplate | null,
	deadlines: Readonly<Record<string, string>>,
	approvedBy: string,
	now: Date
): NewRecommendation[] {
	const manifest = manifestOf(submission.content);
	if (!manifest || !template) return [];
	const answers = Object.fromEntries(Object.entries(manifest.answers).map(([id, a]) => [id, { ...a, updatedAt: manifest.startedAt }]));
	const { violations } = scoreInspection(template, { answers, startedAt: manifest.startedAt });
	return violations.map((v) => {
		const note = v.note.trim();
		const chosen = deadlines[v.item.id];
		return {
			id: randomUUID(),
			inspectionId: submission.inspectionId,
			revision: submission.revision,
			agencyId: submission.agencyId,
			itemId: v.item.id,
			itemText: v.item.text.vi,
			what: note === '' ? v.item.text.vi : `${v.item.text.vi} — ${note}`,
			deadline: chosen ? endOfVietnamDay(chosen) : defaultDeadline(now),
			by: approvedBy
		};
	});
}
