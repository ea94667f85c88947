import { z } from 'zod/mini';
import { InspectionSchema, type Inspection } from '$lib/domain/inspection';
import type { StoredInspection } from '../db/database';

export type ReadResult =
	| { ok: true; inspection: Inspection }
	/** A stored record that no longer fits the schema: shown with the reason, never deleted. */
	| { ok: false; id: string; error: string; raw: StoredInspection };

export function parseStoredInspection(raw: StoredInspection): ReadResult {
	const parsed = InspectionSchema.safeParse(raw);
	if (parsed.success) return { ok: true, inspection: parsed.data };
	return { ok: false, id: String(raw.id), error: z.prettifyError(parsed.error), raw };
}
