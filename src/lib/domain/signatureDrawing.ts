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

/** The strokes as one SVG path ("M x y L x y …" per stroke), for the screen and the printed page. */
export function signaturePath(drawing: SignatureDrawing): string {
	return drawing.strokes
		.map((stroke) => {
			const parts: string[] = [];
			for (let i = 0; i + 1 < stroke.length; i += 2) parts.push(`${i === 0 ? 'M' : 'L'}${stroke[i]} ${stroke[i + 1]}`);
			// A dot (one point) is drawn as a tiny line so it shows.
			if (stroke.length === 2) parts.push(`l0.5 0.5`);
			return parts.join(' ');
		})
		.join(' ');
}

/** Points of a pad's strokes as integers, dropping those within `minGap` px of the last kept one. */
export function compactStrokes(strokes: readonly (readonly { x: number; y: number }[])[], width: number, height: number, minGap = 1.5): number[][] {
	const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
	return strokes
		.map((points) => {
			const out: number[] = [];
			let lastX = Number.NaN;
			let lastY = Number.NaN;
			for (const p of points) {
				if (Math.hypot(p.x - lastX, p.y - lastY) < minGap) continue;
				lastX = p.x;
				lastY = p.y;
				out.push(clamp(p.x, width), clamp(p.y, height));
			}
			return out;
		})
		.filter((stroke) => stroke.length >= 2)
		.slice(0, 300)
		.map((stroke) => stroke.slice(0, 4000));
}
