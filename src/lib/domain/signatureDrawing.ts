import { z } from 'zod/mini';

/**
 * Handwritten signatures drawn on the phone's screen at the end of the visit (the agency's
 * representative and the head of the team), kept as strokes inside the signed record, so the printed
 * biên bản shows them and nobody can move one from one record to another without breaking the
 * record's signature. A stroke is a flat list of integer coordinates x0, y0, x1, y1 … in the pad's
 * box (width × height CSS pixels); points closer than a pixel or two are dropped when drawn, which
 * keeps a signature to a few kilobytes.
 */
export const SignatureDrawingSchema = z.object({
	width: z.int().check(z.positive(), z.lte(2000)),
	height: z.int().check(z.positive(), z.lte(2000)),
	strokes: z.array(z.array(z.int().check(z.gte(0), z.lte(2000))).check(z.minLength(2), z.maxLength(4000))).check(z.minLength(1), z.maxLength(300))
});
export type SignatureDrawing = z.infer<typeof SignatureDrawingSchema>;

export const SignaturesSchema = z.object({
	/** The agency's representative; null: not signed on the screen. */
	representative: z.nullable(SignatureDrawingSchema),
	/** The head of the inspection team (trưởng đoàn). */
	teamLead: z.nullable(SignatureDrawingSchema),
	/** The parties sign the printed biên bản on paper instead of the screen. */
	onPaper: z.boolean()
});
export type Signatures = z.infer<typeof SignaturesSchema>;

export const NO_SIGNATURES: Signatures = { representative: null, teamLead: null, onPaper: false };
