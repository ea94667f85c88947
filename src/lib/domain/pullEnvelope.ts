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

/** Arrays of PullResponse that are always present and empty when nothing changed. */
const ALWAYS_SENT = ['templates', 'agencies', 'decisions'] as const;
/** Keys of PullResponse present only when they carry something. */
const SENT_WHEN_CHANGED = ['returned', 'recommendations', 'recommendationUpdates', 'colleagues'] as const;

/**
 * Whether a pull response (already known to be an object) has anything to store besides the
 * envelope. Anything unexpected counts as a change, so it goes through the full schema and is
 * refused there with the reason: this test only ever sends more to the full check, never less.
 */
export function pullCarriesChanges(raw: Record<string, unknown>): boolean {
	for (const key of ALWAYS_SENT) {
		const value = raw[key];
		if (!Array.isArray(value) || value.length > 0) return true;
	}
	return SENT_WHEN_CHANGED.some((key) => raw[key] !== undefined);
}
