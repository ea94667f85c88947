import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { PushRequestSchema } from '$lib/domain/push';
import { ServerPushRequestSchema } from './pushSchema';

const at = '2026-03-02T01:00:00.000Z';
const item = (n: number) => ({
	inspection: {
		id: `0190a6b2-0000-7000-8000-${String(n).padStart(12, '0')}`,
		templateId: 'van-hoa-cong-vu',
		templateVersion: 1,
		agencyId: 'so-noi-vu',
		inspectorId: 'u-1',
		inspectorName: 'Nguyễn Văn An',
		team: [{ accountId: null, name: 'Phạm Thị Dung', position: '', role: 'lead' }],
		startedAt: at,
		finishedAt: at,
		answers: { 'discipline.on-post': { value: 'violation', note: 'Không đeo thẻ', updatedAt: at }, 'it.online': { value: 80, note: '', updatedAt: at } },
		generalNotes: '',
		representative: { name: 'Lý Thị Kim', position: 'Chánh Văn phòng' },
		status: 'finalized',
		revision: 1,
		updatedAt: at,
		location: { lat: 21.8, lng: 105.2, accuracy: 5, source: 'gps', capturedAt: at },
		manifestHash: 'a'.repeat(64)
	},
	photos: [],
	followUps: [{ recommendationId: 'r-1', fixed: true, note: '', photoIds: [] }]
});

/** Each breaks one rule of the shared schema somewhere deep in the request. */
const BROKEN: ((body: ReturnType<typeof request>) => void)[] = [
	(b) => (b.items[1]!.inspection.answers['discipline.on-post']!.updatedAt = 'hôm qua'),
	(b) => (b.items[0]!.inspection.id = 'not-a-uuid'),
	(b) => ((b.items[0]!.inspection.answers['it.online'] as { value: unknown }).value = { n: 1 }),
	(b) => ((b.items[0]!.inspection as { status: string }).status = 'deleted'),
	(b) => ((b.items[1]!.inspection.location as { lat: number }).lat = 123),
	(b) => ((b.items[0] as { photos: unknown[] }).photos = [{ id: 'x' }]),
	(b) => ((b.items[0]!.inspection as { team: unknown }).team = 'An'),
	(b) => (b.items = []),
	(b) => delete (b.items[1]!.inspection as { revision?: number }).revision
];

const request = () => ({ items: [item(1), item(2)] });

describe('the push schema compiled on the server', () => {
	it('compiles (z.compile refuses nothing in it)', () => {
		expect(() => z.compile(PushRequestSchema, { strict: true })).not.toThrow();
	});

	it('accepts and returns what the shared schema accepts and returns', () => {
		expect(ServerPushRequestSchema.safeParse(request())).toEqual(PushRequestSchema.safeParse(request()));
	});

	it('refuses what it refuses, with the same issues', () => {
		for (const breakIt of BROKEN) {
			const body = request();
			breakIt(body);
			const compiled = ServerPushRequestSchema.safeParse(body);
			const shared = PushRequestSchema.safeParse(body);
			expect(compiled.success).toBe(false);
			expect(compiled.error?.issues).toEqual(shared.error?.issues);
		}
	});
});
