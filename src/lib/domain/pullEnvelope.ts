import { z } from 'zod/mini';
import { LedgerHeadSchema } from './ledgerHead';

/**
 * The part of a pull response that every pull carries: where the phone is now in the change feed
 * (`cursor`, `more`) and the server's ledger head. Most pulls carry nothing else: the phone checks
 * this much at once and loads the code that validates and stores changes (the whole
 * PullResponseSchema, applyPull.ts) only for a pull that has some. See pullCarriesChanges.
 */
export const PullEnvelopeSchema = z.object({
	cursor: z.string(),
	more: z.optional(z.boolean()),
	ledgerHead: z.optional(z.nullable(LedgerHeadSchema))
});
export type PullEnvelope = z.infer<typeof PullEnvelopeSchema>;

/** Keys of the envelope itself: nothing to store beyond the cursor and the head. */
const ENVELOPE = new Set(['cursor', 'more', 'ledgerHead']);
/** Arrays of PullResponse that are always present and empty when nothing changed. */
const ALWAYS_SENT = new Set(['templates', 'agencies', 'decisions']);

/**
 * Whether a pull response (already known to be an object) has anything to store besides the
 * envelope: any other key, except the always-sent arrays when empty. A key this phone does not know
 * (a newer server) counts as a change too, so it goes through the full schema: this test only ever
 * sends more to the full check, never less.
 */
export function pullCarriesChanges(raw: Record<string, unknown>): boolean {
	for (const [key, value] of Object.entries(raw)) {
		if (ENVELOPE.has(key)) continue;
		if (ALWAYS_SENT.has(key) && Array.isArray(value) && value.length === 0) continue;
		return true;
	}
	return [...ALWAYS_SENT].some((key) => !(key in raw));
}
