import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeJpeg, pushItem, registerTestDevice, signItem, testDevice, type ItemSpec } from '../../../../tests/fixtures/sync/pushItems';
import { generateSigningKey, signText } from '$lib/domain/signature';
import { newUser, seeded, T0 } from '../../../../tests/store/fixtures';
import { readPhoto } from '../photos/readPhoto';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { pushInspections } from './pushInspections';
import { pullChanges } from './pullChanges';
import { storedRecord } from './storedContent';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { MANIFEST_FORMAT, TEAM_TEXT_MANIFEST_FORMAT } from '$lib/domain/manifest';

describe('pushInspections', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let binh: User;
	const spec = (overrides: Partial<ItemSpec> = {}): ItemSpec => ({
		inspectorId: an.id,
		agencyId: 'xa-a.mot-cua',
		templateId: 'kiem-tra-thu',
		answers: { 'gio-lam-viec': 'compliant' },
		...overrides,
		inspectorName: overrides.inspectorName ?? [an, binh].find((u) => u.id === (overrides.inspectorId ?? an.id))?.displayName ?? 'Ai đó'
	});

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an, binh } = await seeded(store));
		await registerTestDevice(store, an.id, T0);
		await registerTestDevice(store, binh.id, T0);
	});
	afterEach(() => dispose());

	it('stores a batch once: created, then duplicate with the first receipt time', async () => {
		const items = [await pushItem(spec()), await pushItem(spec())];
		const first = await pushInspections(store, an, { items }, T0);
		expect(first.results.map((r) => r.outcome)).toEqual(['created', 'created']);
		expect(first.results[0]?.receivedAt).toBe(T0.toISOString());

		const again = await pushInspections(store, an, { items }, new Date(T0.getTime() + 60_000));
		expect(again.results.map((r) => [r.outcome, r.receivedAt])).toEqual([
			['duplicate', T0.toISOString()],
			['duplicate', T0.toISOString()]
		]);
		expect((await store.listSubmissionsByInspector(an.id, { limit: 10 })).items).toHaveLength(2);
	});

	it('answers a retry as a duplicate even when the device has marked it sent meanwhile', async () => {
		const item = await pushItem(spec());
		await pushInspections(store, an, { items: [item] }, T0);
		// The record is the signed text: the same text is the same record whatever the phone's own state.
		expect((await pushInspections(store, an, { items: [{ manifest: item.manifest, signature: item.signature }] }, T0)).results[0]?.outcome).toBe('duplicate');
		// Signed again (ECDSA signatures differ each time): still the same record.
		const resigned = { manifest: item.manifest, signature: await signText((await testDevice(an.id)).privateKey, item.manifest) };
		expect(resigned.signature).not.toBe(item.signature);
		expect((await pushInspections(store, an, { items: [resigned] }, T0)).results[0]?.outcome).toBe('duplicate');
	});

	it('calls changed content under the same id and revision a conflict, and keeps the first', async () => {
		const item = await pushItem(spec());
		await pushInspections(store, an, { items: [item] }, T0);
		const changed = await pushItem(spec({ id: item.inspection.id, answers: { 'gio-lam-viec': 'violation' } }));
		const [result] = (await pushInspections(store, an, { items: [changed] }, T0)).results;
		expect(result).toMatchObject({ outcome: 'conflict', receivedAt: null });
		expect(result?.message).toMatch(/nội dung khác/);
		const stored = await store.getSubmission(item.inspection.id);
		expect((stored?.content as { manifest: string }).manifest).toBe(item.manifest);
	});

	it('waits for photos: missing-photos until they are uploaded, then created', async () => {
		const photo = fakeJpeg('a');
		const item = await pushItem(spec({ photos: [photo] }));
		const hash = item.photos[0]?.sha256 as string;
		expect((await pushInspections(store, an, { items: [item] }, T0)).results[0]).toMatchObject({
			outcome: 'missing-photos',
			missingPhotos: [hash]
		});
		await store.putPhoto(hash, 'image/jpeg', photo.bytes, T0, an.id);
		expect((await pushInspections(store, an, { items: [item] }, T0)).results[0]?.outcome).toBe('created');
		expect((await store.photoReferences(hash)).map((r) => r.inspectorId)).toEqual([an.id]);
	});

	it('refuses a record that says a photo is WebP when the photo stored under its hash is a JPEG', async () => {
		const photo = fakeJpeg('nhãn sai');
		const item = await pushItem(spec({ photos: [{ ...photo, mime: 'image/webp' }] }));
		const hash = item.photos[0]?.sha256 as string;
		await store.putPhoto(hash, 'image/jpeg', photo.bytes, T0, an.id);
		const [result] = (await pushInspections(store, an, { items: [item] }, T0)).results;
		expect(result?.outcome).toBe('rejected');
		expect(result?.message).toMatch(/là image\/webp nhưng ảnh trên máy chủ là image\/jpeg/);
		expect(await store.getSubmission(item.inspection.id)).toBeNull();
	});

	it('refuses a record whose answers do not fit its template, and stores nothing', async () => {
		const flood = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`bia-${i}`, 'compliant' as const]));
		const item = await pushItem(spec({ answers: { 'gio-lam-viec': 'violation', ...flood } }));
		const [result] = (await pushInspections(store, an, { items: [item] }, T0)).results;
		expect(result).toMatchObject({ outcome: 'rejected' });
		expect(result?.message).toMatch(/5000 câu trả lời cho mục không có trong mẫu phiếu/);
		expect(await store.getSubmission(item.inspection.id)).toBeNull();
	});

	it("cannot cite another inspector's photo by its hash, and so cannot read it that way", async () => {
		const photo = fakeJpeg('của An');
		const ans = await pushItem(spec({ photos: [photo] }));
		const hash = ans.photos[0]?.sha256 as string;
		await store.putPhoto(hash, 'image/jpeg', photo.bytes, T0, an.id);
		expect((await pushInspections(store, an, { items: [ans] }, T0)).results[0]?.outcome).toBe('created');
		await expect(readPhoto(store, binh, hash)).rejects.toMatchObject({ status: 404 });
		// Bình read the hash off somewhere and names it in a record of his own.
		const binhs = await pushItem(spec({ inspectorId: binh.id, photos: [photo] }));
		expect(binhs.photos[0]?.sha256).toBe(hash);
		expect((await pushInspections(store, binh, { items: [binhs] }, T0)).results[0]).toMatchObject({ outcome: 'missing-photos', missingPhotos: [hash] });
		expect(await store.missingPhotos([hash], binh.id)).toEqual([hash]);
		await expect(readPhoto(store, binh, hash)).rejects.toMatchObject({ status: 404 });
	});

	it('rejects, item by item, what the inspector may not submit and stores the rest', async () => {
		const good = await pushItem(spec());
		const notMine = await pushItem(spec({ inspectorId: binh.id }));
		const unknownAgency = await pushItem(spec({ agencyId: 'xa-khong-co' }));
		const unknownTemplate = await pushItem(spec({ templateVersion: 9 }));
		const tampered = await pushItem(spec());
		tampered.manifest = tampered.manifest.replace('Đoàn kiểm tra làm việc buổi sáng.', 'Sửa sau khi hoàn tất');
		const { results } = await pushInspections(store, an, { items: [good, notMine, unknownAgency, unknownTemplate, tampered] }, T0);
		expect(results.map((r) => r.outcome)).toEqual(['created', 'rejected', 'rejected', 'rejected', 'rejected']);
		expect(results.map((r) => r.id)).toEqual([good, notMine, unknownAgency, unknownTemplate, tampered].map((i) => i.inspection.id));
		expect(results[4]?.message).toMatch(/Chữ ký số không khớp/);
		for (const r of results.slice(1)) expect(r.message).toBeTruthy();
		expect((await store.listSubmissionsByInspector(an.id, { limit: 10 })).items.map((s) => s.inspectionId)).toEqual([good.inspection.id]);
		expect((await store.listSubmissionsByInspector(binh.id, { limit: 10 })).items).toEqual([]);
	});

	it('holds every record to its signature: edited text, another key, an unregistered or revoked device, a typed name', async () => {
		const edited = await pushItem(spec());
		edited.manifest = edited.manifest.replace('"compliant"', '"violation"');
		const otherKey = await pushItem(spec());
		otherKey.signature = await signText((await generateSigningKey()).privateKey, otherKey.manifest);
		const binhsKey = await pushItem(spec());
		binhsKey.signature = await signText((await testDevice(binh.id)).privateKey, binhsKey.manifest);
		const unregistered = await signItem((await pushItem(spec())).inspection, [], { id: crypto.randomUUID(), ...(await generateSigningKey()) });
		const typedName = await pushItem(spec({ inspectorName: 'Giám đốc Sở Nội vụ' }));
		const notCanonical = await pushItem(spec());
		notCanonical.manifest = notCanonical.manifest.replace('{', '{ ');
		const unsigned = await pushItem(spec());
		unsigned.signature = 'A'.repeat(86);
		const { results } = await pushInspections(store, an, { items: [edited, otherKey, binhsKey, unregistered, typedName, notCanonical, unsigned] }, T0);
		expect(results.map((r) => r.outcome)).toEqual(Array(7).fill('rejected'));
		expect(results[0]?.message).toMatch(/Chữ ký số không khớp/);
		expect(results[2]?.message).toMatch(/Chữ ký số không khớp/);
		expect(results[3]?.message).toMatch(/chưa đăng ký/);
		expect(results[4]?.message).toMatch(/khác tên của tài khoản/);
		expect(results[5]?.message).toMatch(/dạng chuẩn/);
		expect((await store.listSubmissionsByInspector(an.id, { limit: 10 })).items).toEqual([]);

		// A revoked device signs nothing new; what it signed before stays.
		const before = await pushItem(spec());
		expect((await pushInspections(store, an, { items: [before] }, T0)).results[0]?.outcome).toBe('created');
		await store.revokeDevice((await testDevice(an.id)).id, an.id, T0);
		const after = await pushItem(spec());
		const [refused] = (await pushInspections(store, an, { items: [after] }, T0)).results;
		expect(refused).toMatchObject({ outcome: 'rejected' });
		expect(refused?.message).toMatch(/thu hồi/);
		expect((await pushInspections(store, an, { items: [before] }, T0)).results[0]?.outcome).toBe('duplicate');
	});

	it('refuses a record sealed before signing (format /1) with a reason the inspector can act on', async () => {
		const item = await pushItem(spec());
		const legacy = item.manifest.replace(MANIFEST_FORMAT, 'vhcv-inspection-manifest/1');
		const [result] = (await pushInspections(store, an, { items: [{ manifest: legacy, signature: item.signature }] }, T0)).results;
		expect(result).toMatchObject({ outcome: 'rejected', id: item.inspection.id });
		expect(result?.message).toMatch(/cập nhật ứng dụng/);
	});

	it('records when a device last signed something that arrived', async () => {
		await pushInspections(store, an, { items: [await pushItem(spec())] }, new Date(T0.getTime() + 3_600_000));
		expect((await store.getDevice((await testDevice(an.id)).id))?.lastSeenAt).toBe(new Date(T0.getTime() + 3_600_000).toISOString());
	});

	it('does not let an inspector take over an id another inspector already used', async () => {
		const theirs = await pushItem(spec({ inspectorId: binh.id }));
		await pushInspections(store, binh, { items: [theirs] }, T0);
		const mine = await pushItem(spec({ id: theirs.inspection.id }));
		expect((await pushInspections(store, an, { items: [mine] }, T0)).results[0]?.outcome).toBe('rejected');
		expect((await store.getSubmission(theirs.inspection.id))?.inspectorId).toBe(binh.id);
	});

	it('takes a new revision only after a supervisor returned the one before it, for the same agency', async () => {
		const supervisor = await store.createUser(newUser('giam.sat', 'supervisor', 'tinh'), T0);
		const first = await pushItem(spec());
		await pushInspections(store, an, { items: [first] }, T0);
		const outcome = async (overrides: Partial<ItemSpec>) =>
			(await pushInspections(store, an, { items: [await pushItem(spec({ id: first.inspection.id, ...overrides }))] }, T0)).results[0]?.outcome;

		// Still waiting for review: no revision 2 yet, nor any later one.
		expect(await outcome({ revision: 2, generalNotes: 'Sửa khi chưa bị trả lại' })).toBe('rejected');
		// Approved: the decided record stays the latest.
		await store.appendEvent({ inspectionId: first.inspection.id, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, T0, 'approved');
		expect(await outcome({ revision: 2, generalNotes: 'Sửa sau khi đã duyệt' })).toBe('rejected');
		expect(await store.getSubmission(first.inspection.id)).toMatchObject({ revision: 1, status: 'approved' });

		// A returned one: the next revision only, and it stays with its agency (and so its jurisdiction).
		const other = await pushItem(spec());
		await pushInspections(store, an, { items: [other] }, T0);
		await store.appendEvent({ inspectionId: other.inspection.id, revision: 1, actorId: supervisor.id, action: 'returned', comment: 'Sửa', itemComments: {} }, T0, 'returned');
		const again = async (overrides: Partial<ItemSpec>) =>
			(await pushInspections(store, an, { items: [await pushItem(spec({ id: other.inspection.id, ...overrides }))] }, T0)).results[0]?.outcome;
		expect(await again({ revision: 3 })).toBe('rejected');
		expect(await again({ revision: 2, agencyId: 'so-noi-vu' })).toBe('rejected');
		expect(await again({ revision: 2 })).toBe('created');
		expect(await again({ revision: 2 })).toBe('duplicate');
		// A brand-new inspection starts at revision 1.
		expect((await pushInspections(store, an, { items: [await pushItem(spec({ revision: 2 }))] }, T0)).results[0]?.outcome).toBe('rejected');
	});

	it('refuses everything for a supervisor (canSubmitAs is for inspectors only)', async () => {
		const supervisor = await store.createUser(newUser('giam.sat', 'supervisor', 'tinh'), T0);
		await registerTestDevice(store, supervisor.id);
		const item = await pushItem(spec({ inspectorId: supervisor.id, inspectorName: supervisor.displayName }));
		expect((await pushInspections(store, supervisor, { items: [item] }, T0)).results[0]?.outcome).toBe('rejected');
	});

	it('refuses a team member who claims an account the server does not have', async () => {
		const base = await pushItem(spec());
		const team = [...base.inspection.team, { accountId: 'nobody-here', name: 'Ai Đó', position: '', role: 'member' as const }];
		const item = await signItem({ ...base.inspection, team }, base.photos);
		const result = (await pushInspections(store, an, { items: [item] }, T0)).results[0];
		expect(result).toMatchObject({ outcome: 'rejected' });
		expect(result?.message).toContain('Ai Đó');
	});

	it('still takes a record sealed before the team was structured (/2, team as typed lines) and reads its team by the rule', async () => {
		const base = await pushItem(spec());
		const current = JSON.parse(base.manifest) as Record<string, unknown>;
		const text = canonicalJson({ ...current, format: TEAM_TEXT_MANIFEST_FORMAT, team: ['Lê Văn Cường - Thư ký'] });
		const item = { manifest: text, signature: await signText((await testDevice(an.id)).privateKey, text) };
		expect((await pushInspections(store, an, { items: [item] }, T0)).results[0]?.outcome).toBe('created');
		const stored = storedRecord((await store.getSubmission(base.inspection.id))?.content);
		// The text is kept as it was signed; read, it has the structured team.
		expect(stored?.text).toBe(text);
		expect(stored?.manifest.team).toEqual([
			{ accountId: an.id, name: an.displayName, position: '', role: 'lead' },
			{ accountId: null, name: 'Lê Văn Cường', position: '', role: 'secretary' }
		]);
		expect((await pushInspections(store, an, { items: [item] }, T0)).results[0]?.outcome).toBe('duplicate');
	});

	it('refuses a new inspection on a retired template only when its phone was told of the retirement before starting it; nothing else is refused', async () => {
		// Retired at 07:00 (UTC); the records were started at 08:00 by the phone's clock.
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		await store.setTemplateRetired('kiem-tra-thu', true, admin.id, new Date('2026-03-02T07:00:00.000Z'));
		// Bình's phone pulled at 07:30 and so knew: his inspection started at 08:00 is refused, with the reason.
		await pullChanges(store, binh, { seq: 0, catalog: null }, null, new Date('2026-03-02T07:30:00.000Z'));
		const refused = (await pushInspections(store, binh, { items: [await pushItem(spec({ inspectorId: binh.id }))] }, new Date('2026-03-02T10:00:00.000Z'))).results[0];
		expect(refused).toMatchObject({ outcome: 'rejected', receivedAt: null });
		expect(refused?.message).toMatch(/đã ngừng sử dụng từ 02\/03\/2026 14:00; máy đã nhận thông báo này lúc 02\/03\/2026 14:30/);
		expect(refused?.message).toMatch(/Phiếu vẫn được giữ nguyên trên máy/);
		expect((await store.listSubmissionsByInspector(binh.id, { limit: 10 })).items).toHaveLength(0);

		// An's phone was offline: it learned of the retirement only at 09:00, after starting. Accepted.
		const offline = await pushItem(spec());
		await pullChanges(store, an, { seq: 0, catalog: null }, null, new Date('2026-03-02T09:00:00.000Z'));
		expect((await pushInspections(store, an, { items: [offline] }, new Date('2026-03-02T10:00:00.000Z'))).results[0]?.outcome).toBe('created');
		// Its retry is the duplicate it is, and another template is not concerned.
		expect((await pushInspections(store, an, { items: [offline] }, new Date('2026-03-02T10:05:00.000Z'))).results[0]?.outcome).toBe('duplicate');

		// Brought back: new inspections are taken again.
		await store.setTemplateRetired('kiem-tra-thu', false, admin.id, new Date('2026-03-02T11:00:00.000Z'));
		expect((await pushInspections(store, binh, { items: [await pushItem(spec({ inspectorId: binh.id }))] }, new Date('2026-03-02T11:30:00.000Z'))).results[0]?.outcome).toBe('created');
	});
});
