import { describe, expect, it } from 'vitest';
import type { PhotoMeta } from '$lib/domain/evidence';
import type { Inspection } from '$lib/domain/inspection';
import { buildManifest, manifestText } from '$lib/domain/manifest';
import { sealedManifest } from './sealedManifest';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const NOTES = ['', 'Cán bộ không đeo thẻ "công chức"', 'Ghi chú\ncó xuống dòng và \\ gạch', 'Đạt 😀', '\u0007 điều khiển'];

function inspection(n: number, itemIds: readonly string[]): Inspection {
	const answers: Inspection['answers'] = {};
	// Keys in a scrambled order, as a phone's object may hold them.
	for (const [k, id] of [...itemIds].reverse().entries()) {
		const value = pick<Inspection['answers'][string]['value']>(['compliant', 'violation', 'na', null, 42, 0.5, -0, '', 'opt-b'], n + k);
		answers[id] = { value, note: pick(NOTES, n * 3 + k), updatedAt: '2026-03-02T01:00:00.000Z' };
	}
	return {
		id: `0190a6b2-0000-7000-8000-${String(n).padStart(12, '0')}`,
		templateId: 'van-hoa-cong-vu',
		templateVersion: 1 + (n % 3),
		agencyId: 'so-noi-vu',
		inspectorId: 'u-1',
		inspectorName: 'Nguyễn Văn An',
		team: n % 2 ? [] : ['Phạm Thị Dung', 'Hoàng "Em"'],
		startedAt: '2026-03-02T01:00:00.000Z',
		finishedAt: n % 4 === 3 ? null : '2026-03-02T03:00:00.000Z',
		answers,
		generalNotes: pick(NOTES, n),
		representative: { name: 'Lý Thị Kim', position: pick(['Chánh Văn phòng', ''], n) },
		status: 'finalized',
		revision: 1 + (n % 2),
		updatedAt: '2026-03-02T03:00:00.000Z',
		...(n % 5 === 0
			? {}
			: { location: n % 5 === 1 ? null : { lat: 21.8222 + n / 1e5, lng: 105.2156, accuracy: n % 5 === 2 ? null : 7.5, source: n % 5 === 2 ? 'manual' : 'gps', capturedAt: '2026-03-02T01:05:00.000Z' } })
	};
}

function photos(n: number, inspectionId: string): PhotoMeta[] {
	return Array.from({ length: n % 4 }, (_, i) => ({
		id: `0190a6b2-0000-7000-8000-${String(90 - i * 7).padStart(12, '0')}`,
		inspectionId,
		itemId: i % 2 ? null : 'discipline.on-post',
		caption: pick(NOTES, i + n),
		mime: 'image/jpeg',
		sha256: String(i).repeat(64),
		byteLength: 1000,
		width: 1600,
		height: 1200,
		capturedAt: '2026-03-02T01:10:00.000Z',
		location: i % 2 ? null : { lat: 21.8, lng: 105.2, accuracy: 3, source: 'gps', capturedAt: '2026-03-02T01:10:00.000Z' },
		addedAt: '2026-03-02T01:10:00.000Z'
	}));
}

describe('sealedManifest', () => {
	it("writes byte for byte the phone's manifestText(buildManifest(…)), and the same manifest", () => {
		const itemIds = ['discipline.on-post', 'communication.four-xin-four-luon', 'dress.id-card', 'a', 'B', 'ăn-mặc', 'z.10', 'z.9'];
		for (let n = 0; n < 60; n++) {
			const i = inspection(n, itemIds.slice(0, 1 + (n % itemIds.length)));
			const p = photos(n, i.id);
			const expected = buildManifest(i, p);
			const sealed = sealedManifest(i, p);
			expect(sealed.text).toBe(manifestText(expected));
			expect(sealed.manifest).toEqual(expected);
		}
	});

	it('writes the canonical text however the answer ids arrive, one inspection after another', () => {
		// The sorted ids are reused while the ids arrive in the same order (a batch of one template).
		const ids = ['dress.id-card', 'a', 'discipline.on-post', 'z.9', 'B'];
		const orders = [ids, ids, [...ids].reverse(), [...ids].reverse(), ids.slice(1), [...ids.slice(0, 4), 'C'], ids];
		for (const [n, order] of orders.entries()) {
			const i = inspection(n, order);
			expect(sealedManifest(i, []).text).toBe(manifestText(buildManifest(i, [])));
		}
	});

	it('takes the general path where key order alone cannot write canonical JSON, with the same text', () => {
		// Engines list digit-only keys first, in numeric order; canonical JSON sorts them as text.
		const i = inspection(7, ['10', '9', 'x']);
		expect(sealedManifest(i, []).text).toBe(manifestText(buildManifest(i, [])));
	});
});
