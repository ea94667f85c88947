import type { FollowUp } from '$lib/domain/recommendation';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

/**
 * An inspector's on-site report on open recommendations, carried by a pushed inspection. Applied
 * once that inspection is stored; a retry of the same push changes nothing (same status, same
 * inspection). Only recommendations of the agency being inspected are touched: an inspector
 * reports what they saw there, nothing else.
 */
export async function applyFollowUps(store: Store, user: User, inspection: { id: string; agencyId: string }, followUps: readonly FollowUp[], now: Date): Promise<number> {
	let applied = 0;
	for (const f of followUps) {
		const current = await store.getRecommendation(f.recommendationId);
		if (!current || current.agencyId !== inspection.agencyId) continue;
		const status = f.fixed ? 'fixed' : 'open';
		const already = current.history.some((h) => h.action === 'follow-up' && h.inspectionId === inspection.id.toLowerCase());
		if (already) continue;
		if (current.status === status && !f.fixed && f.note.trim() === '') continue;
		await store.updateRecommendation(
			current.id,
			{ status, note: f.note.trim(), by: user.displayName, action: 'follow-up', inspectionId: inspection.id.toLowerCase(), photoIds: f.photoIds },
			now
		);
		applied += 1;
	}
	return applied;
}
