import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PhotoMeta } from './evidence';
import type { Inspection } from './inspection';
import { canonicalJson } from './canonicalJson';
import { buildManifest, hashManifest, InspectionManifestSchema, manifestText, MANIFEST_FORMAT, type Signer } from './manifest';
import { shortHash } from './sha256';

const inspection: Inspection = {
	id: '0190a6b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
	templateId: 'ruou-bia-hoi-hop',
	templateVersion: 1,
	agencyId: 'so-noi-vu',
	inspectorId: 'inspector-1',
	inspectorName: 'Nguyễn Văn An',
	team: [
		{ accountId: 'inspector-1', name: 'Nguyễn Văn An', position: '', role: 'lead' },
		{ accountId: null, name: 'Lê Văn Cường', position: 'Chuyên viên', role: 'member' }
	],
	startedAt: '2026-03-02T01:30:00.000Z',
	finishedAt: '2026-03-02T03:00:00.000Z',
	answers: {
		'alcohol-tobacco.no-ashtrays': { value: 'violation', note: 'Gạt tàn trên bàn phòng họp tầng 2', updatedAt: '2026-03-02T01:40:00.000Z' },
		'alcohol-tobacco.no-smoking-indoors': { value: 'compliant', note: '', updatedAt: '2026-03-02T01:41:00.000Z' },
		'meetings.minutes': { value: 3, note: '', updatedAt: '2026-03-02T01:42:00.000Z' }
	},
	generalNotes: 'Kiểm tra đột xuất',
	representative: { name: 'Trần Thị Bình', position: 'Chánh Văn phòng' },
	status: 'finalized',
	revision: 1,
	updatedAt: '2026-03-02T03:00:00.000Z',
	location: { lat: 21.8237, lng: 105.2143, accuracy: 8, source: 'gps', capturedAt: '2026-03-02T01:31:00.000Z' }
};

const photo = (id: string, sha: string, over: Partial<PhotoMeta> = {}): PhotoMeta => ({
	id,
	inspectionId: inspection.id,
	itemId: 'alcohol-tobacco.no-ashtrays',
	caption: 'Gạt tàn',
	mime: 'image/jpeg',
	sha256: sha.repeat(64 / sha.length),
	byteLength: 200_000,
	width: 1600,
	height: 1200,
	capturedAt: '2026-03-02T01:45:00.000Z',
	location: null,
	addedAt: '2026-03-02T01:46:00.000Z',
	...over
});

const photos = [
	photo('0190a6b2-0000-7000-8000-000000000001', 'a1'),
	photo('0190a6b2-0000-7000-8000-000000000002', 'b2', { itemId: null, caption: 'Cổng trụ sở' })
];

const signer: Signer = { inspectorName: 'Nguyễn Văn An', deviceId: '0190a6b2-0000-7000-8000-00000000d0e5' };
const hashOf = (i: Inspection, p: readonly PhotoMeta[], s: Signer = signer) => hashManifest(buildManifest(i, p, s, i.finishedAt ?? ''));
const base = await hashOf(inspection, photos);

describe('inspection manifest', () => {
	it('is canonical JSON whose SHA-256 is the stored hash', async () => {
		const text = manifestText(buildManifest(inspection, photos, signer, inspection.finishedAt ?? ''));
		expect(text).not.toMatch(/\s"|":\s|,\s/);
		expect(base).toMatch(/^[0-9a-f]{64}$/);
		expect(base).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
		const parsed = JSON.parse(text) as Record<string, unknown>;
		expect(parsed.format).toBe(MANIFEST_FORMAT);
		expect(parsed.answers).toMatchObject({ 'meetings.minutes': { value: 3, note: '' } });
		expect(shortHash(base)).toBe(`${base.slice(0, 8)}…${base.slice(-8)}`);
	});

	it('is stable: rebuilt, with keys and photos in another order, or after an answer is re-saved unchanged', async () => {
		expect(await hashOf(inspection, photos)).toBe(base);
		expect(await hashOf(inspection, [...photos].reverse())).toBe(base);
		const reordered = Object.fromEntries(Object.entries(inspection).reverse()) as Inspection;
		reordered.answers = Object.fromEntries(Object.entries(inspection.answers).reverse());
		expect(await hashOf(reordered, photos)).toBe(base);
		const resaved = structuredClone(inspection);
		resaved.answers['meetings.minutes'] = { value: 3, note: '', updatedAt: '2026-03-02T02:59:00.000Z' };
		resaved.updatedAt = '2026-03-02T02:59:00.000Z';
		expect(await hashOf(resaved, photos)).toBe(base);
		// The phone's own state (status, the typed name on the device) is not the record.
		expect(await hashOf({ ...inspection, status: 'sent', inspectorName: 'Tên gõ tay' }, photos)).toBe(base);
	});

	it('is what the server parses with the shared schema, byte for byte', () => {
		const text = manifestText(buildManifest({ ...inspection, followUps: [{ recommendationId: 'r-2', fixed: false, note: '' }, { recommendationId: 'r-1', fixed: true, note: 'Đã sửa' }] }, photos, signer, inspection.finishedAt ?? ''));
		const parsed = InspectionManifestSchema.parse(JSON.parse(text));
		expect(canonicalJson(parsed)).toBe(text);
		expect(parsed.inspector).toEqual({ id: inspection.inspectorId, name: signer.inspectorName });
		expect(parsed.device).toBe(signer.deviceId);
		expect(parsed.followUps.map((f) => f.recommendationId)).toEqual(['r-1', 'r-2']);
		expect(parsed.photos[0]).toMatchObject({ mime: 'image/jpeg', byteLength: 200_000, source: null, exifCapturedAt: null, exifLocation: null });
	});

	const changes: [string, (i: Inspection, p: PhotoMeta[]) => void][] = [
		['an answer value', (i) => ((i.answers['alcohol-tobacco.no-smoking-indoors'] as { value: unknown }).value = 'violation')],
		['a number answer', (i) => ((i.answers['meetings.minutes'] as { value: unknown }).value = 4)],
		['a note', (i) => ((i.answers['alcohol-tobacco.no-ashtrays'] as { note: string }).note += '.')],
		['a new answer', (i) => (i.answers['meetings.extra'] = { value: 'na', note: '', updatedAt: i.updatedAt })],
		['the general notes', (i) => (i.generalNotes = 'Kiểm tra định kỳ')],
		['the representative', (i) => (i.representative.position = 'Phó Chánh Văn phòng')],
		['a team member', (i) => i.team.push({ accountId: null, name: 'Phạm Thị Dung', position: '', role: 'secretary' })],
		['a member’s role', (i) => (i.team[1]!.role = 'deputy')],
		['the finish time', (i) => (i.finishedAt = '2026-03-02T03:00:01.000Z')],
		['the revision', (i) => (i.revision = 2)],
		['the template version', (i) => (i.templateVersion = 2)],
		['the location accuracy', (i) => i.location && (i.location.accuracy = 9)],
		['a photo hash', (_, p) => ((p[0] as PhotoMeta).sha256 = 'c3'.repeat(32))],
		['a photo caption', (_, p) => ((p[1] as PhotoMeta).caption = 'Cổng phụ')],
		['a photo moved to another item', (_, p) => ((p[1] as PhotoMeta).itemId = 'alcohol-tobacco.no-ashtrays')],
		['a photo removed', (_, p) => p.pop()],
		['a photo added', (_, p) => p.push(photo('0190a6b2-0000-7000-8000-000000000003', 'd4'))],
		['a photo size', (_, p) => ((p[0] as PhotoMeta).byteLength = 1)],
		['a follow-up', (i) => (i.followUps = [{ recommendationId: 'r-1', fixed: true, note: '' }])],
		['the agency', (i) => (i.agencyId = 'so-tu-phap')]
	];
	for (const [what, change] of changes) {
		it(`changes when ${what} changes`, async () => {
			const i = structuredClone(inspection);
			const p = structuredClone(photos);
			change(i, p);
			expect(await hashOf(i, p)).not.toBe(base);
		});
	}

	it('changes with the signing device and with the account name', async () => {
		expect(await hashOf(inspection, photos, { ...signer, deviceId: '0190a6b2-0000-7000-8000-00000000beef' })).not.toBe(base);
		expect(await hashOf(inspection, photos, { ...signer, inspectorName: 'Giám đốc Sở' })).not.toBe(base);
	});
});
