import { describe, expect, it } from 'vitest';
import { SignatureDrawingSchema } from './signatureDrawing';
import { compactStrokes, signaturePath } from './signatureStrokes';

describe('signature drawings', () => {
	it('keeps strokes as integers inside the box, dropping points closer than the gap', () => {
		const strokes = compactStrokes(
			[
				[
					{ x: 10.2, y: 10.4 },
					{ x: 10.6, y: 10.9 },
					{ x: 20, y: 30 },
					{ x: 400, y: -5 }
				],
				[{ x: 5, y: 5 }],
				[]
			],
			300,
			150
		);
		expect(strokes).toEqual([[10, 10, 20, 30, 300, 0], [5, 5]]);
		expect(SignatureDrawingSchema.safeParse({ width: 300, height: 150, strokes }).success).toBe(true);
	});

	it('draws each stroke as a path, a dot as a tiny line', () => {
		expect(signaturePath({ width: 300, height: 150, strokes: [[10, 10, 20, 30], [5, 5]] })).toBe('M10 10 L20 30 M5 5 l0.5 0.5');
	});

	it('refuses what is not a drawing: no strokes, negative or huge coordinates', () => {
		expect(SignatureDrawingSchema.safeParse({ width: 300, height: 150, strokes: [] }).success).toBe(false);
		expect(SignatureDrawingSchema.safeParse({ width: 300, height: 150, strokes: [[-1, 2]] }).success).toBe(false);
		expect(SignatureDrawingSchema.safeParse({ width: 300, height: 150, strokes: [[1, 2.5]] }).success).toBe(false);
	});
});
