import type { SignatureDrawing } from './signatureDrawing';

// Drawing and keeping strokes: only the signing pad and the printed record need these, so they are
// apart from the schema, which every page's inspection parsing carries.

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
