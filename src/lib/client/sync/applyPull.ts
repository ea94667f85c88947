import { z } from 'zod/mini';
import { PullResponseSchema, type PullResponse } from '$lib/domain/sync';
import { database, type InspectorDatabase } from '../db/database';
import { RETIRED_TEMPLATES_KEY } from '../catalog/catalogStore';
import { THEMES_KEY } from '../catalog/themeNames';
import { COLLEAGUES_KEY } from '../team/colleaguesVersion';
import { applyAssignments } from '../assignments/assignmentStore';
import { applyRecommendationUpdates, HELD_KEY } from './followedAgencies';
import { cursorKey, LEDGER_HEAD_KEY } from './storePull';
import { SyncHttpError } from './syncApi';

/**
 * A pull page with changes (storePull.ts loads this module for those only): validated whole with the
 * shared schema, then stored.
 */
export function parsePull(raw: unknown, status: number): PullResponse {
	const parsed = PullResponseSchema.safeParse(raw);
	if (!parsed.success) throw new SyncHttpError('invalid', status, z.prettifyError(parsed.error));
	return parsed.data;
}

/**
 * Store what the server sent and only then move the cursor, in one transaction: if the phone dies
 * half-way, the next pull asks for the same changes again.
 */
export async function applyPull(userId: string, pulled: PullResponse, db: InspectorDatabase = database()): Promise<void> {
	const returnedById = new Map((pulled.returned ?? []).map((r) => [r.inspection.id, r]));
	await db.transaction('rw', [db.templates, db.agencies, db.reviews, db.inspections, db.settings, db.recommendations, db.assignments], async () => {
		if (pulled.recommendations) {
			// A server before per-agency pulls sends the whole set: replace the copy, which is then held whole.
			await db.recommendations.clear();
			await db.recommendations.bulkPut(pulled.recommendations);
			await db.settings.delete(HELD_KEY);
		} else {
			await applyRecommendationUpdates(pulled.recommendationUpdates, db);
		}
		if (pulled.templates.length > 0) await db.templates.bulkPut(pulled.templates);
		if (pulled.retiredTemplates) await db.settings.put({ key: RETIRED_TEMPLATES_KEY, value: pulled.retiredTemplates });
		if (pulled.themes) await db.settings.put({ key: THEMES_KEY, value: pulled.themes });
		if (pulled.agencies.length > 0) {
			await db.agencies.clear();
			await db.agencies.bulkPut(pulled.agencies);
		}
		if (pulled.agencyChanges) await db.agencies.bulkPut(pulled.agencyChanges);
		for (const decision of pulled.decisions) {
			await db.reviews.put(decision);
			const local = await db.inspections.get(decision.inspectionId);
			if (!local) {
				// The device no longer has it (e.g. a new phone): take the server's copy to correct it.
				const returned = returnedById.get(decision.inspectionId);
				if (decision.action === 'returned' && returned && returned.inspection.inspectorId === userId) {
					await db.inspections.put({ ...returned.inspection, status: 'returned' });
				}
				continue;
			}
			// A decision concerns one revision; a newer local revision (already corrected) is left alone.
			if (local.revision !== decision.revision || (local.status !== 'sent' && local.status !== 'finalized')) continue;
			await db.inspections.update(decision.inspectionId, { status: decision.action === 'approved' ? 'approved' : 'returned' });
		}
		if (pulled.ledgerHead) await db.settings.put({ key: LEDGER_HEAD_KEY, value: pulled.ledgerHead });
		if (pulled.colleagues) await db.settings.put({ key: COLLEAGUES_KEY, value: pulled.colleagues });
		await applyAssignments(userId, pulled.assignments, db);
		await db.settings.put({ key: cursorKey(userId), value: pulled.cursor });
	});
}
