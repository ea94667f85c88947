import { z } from 'zod/mini';
import { InspectionSchema, type Inspection } from '$lib/domain/inspection';
import { teamFromLines } from '$lib/domain/legacyTeam';
import type { StoredInspection } from '../db/database';

export type ReadResult =
	| { ok: true; inspection: Inspection }
	/** A stored record that no longer fits the schema: shown with the reason, never deleted. */
	| { ok: false; id: string; error: string; raw: StoredInspection };

/**
 * An inspection stored before the team was structured: `team` is the free-text lines as typed.
 * Read with the team converted by the rule of legacyTeam.ts; written back structured at the next save.
 */
const TeamTextInspectionSchema = z.extend(InspectionSchema, { team: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)) });

export function parseStoredInspection(raw: StoredInspection): ReadResult {
	const parsed = InspectionSchema.safeParse(raw);
	if (parsed.success) return { ok: true, inspection: parsed.data };
	const older = Array.isArray(raw.team) && raw.team.every((m) => typeof m === 'string') ? TeamTextInspectionSchema.safeParse(raw) : null;
	if (older?.success) {
		const { team, ...rest } = older.data;
		return { ok: true, inspection: { ...rest, team: teamFromLines({ id: rest.inspectorId, name: rest.inspectorName }, team) } };
	}
	return { ok: false, id: String(raw.id), error: z.prettifyError(parsed.error), raw };
}
