import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanVisit } from '$lib/domain/plan';
import type { ImportItemRequest } from '$lib/domain/pendingBundle';
import { fakeJpeg, pushItem, registerTestDevice, signItem, type ItemSpec, type PhotoBytes, type TestPushItem } from '../../../../tests/fixtures/sync/pushItems';
import { generateSigningKey } from '$lib/domain/signature';
import { newUser, seeded, T0 } from '../../../../tests/store/fixtures';
import { ApiError } from '../http/apiError';
import { PhotoHashMismatchError } from '../store/errors';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { importItem } from './importItem';
import { pushInspections } from './pushInspections';

describe('importItem (a file of pending inspections, brought in by a supervisor)', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let communeSupervisor: User;
	let departmentSupervisor: User;
	const spec = (overrides: Partial<ItemSpec> = {}): ItemSpec => ({
		inspectorId: an.id,
		agencyId: 'xa-a.mot-cua',
		templateId: 'kiem-tra-thu',
		answers: { 'gio-lam-viec': 'compliant' },
		inspectorName: an.displayName,
		...overrides
	});

	/** One entry of an exported file: the signed record and the photos' bytes (and what it was sealed from, for the test). */
	async function entry(photos: PhotoBytes[] = [], overrides: Partial<ItemSpec> = {}, signed?: TestPushItem): Promise<ImportItemRequest & { sealed: TestPushItem }> {
		const item = signed ?? (await pushItem(spec({ ...overrides, photos })));
		return {
			exportedAt: '2026-03-02T10:00:00.000Z',
			exportedBy: { id: an.id, name: 'Nguyễn Văn An' },
			entry: {
				item: { manifest: item.manifest, signature: item.signature },
				photos: photos.map((p, i) => ({ sha256: item.photos[i]?.sha256 as string, mime: p.mime, base64: Buffer.from(p.bytes).toString('base64') }))
			},
			sealed: item
		};
	}

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an } = await seeded(store));
		await registerTestDevice(store, an.id, T0);
		communeSupervisor = await store.createUser(newUser('gs.xa', 'supervisor', 'xa-a'), T0);
		departmentSupervisor = await store.createUser(newUser('gs.so', 'supervisor', 'so-noi-vu'), T0);
	});
	afterEach(() => dispose());

	it("stores the inspection and its photos as its inspector's, and records who imported it", async () => {
		const request = await entry([fakeJpeg('a'), fakeJpeg('b')]);
		const result = await importItem(store, communeSupervisor, request, T0);
		expect(result).toMatchObject({ outcome: 'created', receivedAt: T0.toISOString() });

		const stored = await store.getSubmission(request.sealed.inspection.id);
		expect(stored?.inspectorId).toBe(an.id);
		expect((stored?.content as { manifest: string }).manifest).toBe(request.entry.item.manifest);
		// The file carried the bytes from An's phone: they are An's to cite.
		expect(await store.missingPhotos(request.sealed.photos.map((p) => p.sha256), an.id)).toEqual([]);
		const trail = await store.listEvents(request.sealed.inspection.id);
		expect(trail.map((e) => [e.action, e.actorId])).toEqual([
			['submitted', an.id],
			['imported', communeSupervisor.id]
		]);
		expect(trail[1]?.comment).toContain('Nguyễn Văn An');
	});

	it('is exactly once: the same file again, and the phone pushing it later, are duplicates', async () => {
		const request = await entry([fakeJpeg('a')]);
		await importItem(store, communeSupervisor, request, T0);
		expect((await importItem(store, communeSupervisor, request, T0)).outcome).toBe('duplicate');
		// As the phone pushes it: the very same signed record.
		expect((await pushInspections(store, an, { items: [request.entry.item] }, T0)).results[0]?.outcome).toBe('duplicate');
		expect((await store.listSubmissionsByInspector(an.id, { limit: 10 })).items).toHaveLength(1);
		expect((await store.listEvents(request.sealed.inspection.id)).filter((e) => e.action === 'imported')).toHaveLength(1);
	});

	it('links an imported inspection to its planned visit as a push does: only for the visit’s team and agency', async () => {
		const binh = await store.createUser(newUser('binh.2'), T0);
		const planner = await store.createUser(newUser('gs.tinh', 'supervisor', 'tinh'), T0);
		const visit = (team: User[], agencyId = 'xa-a.mot-cua'): PlanVisit => ({
			id: randomUUID(),
			agencyId,
			templateId: 'kiem-tra-thu',
			windowFrom: '2026-03-01',
			windowTo: '2026-03-10',
			announced: false,
			team: team.map((m, i) => ({ accountId: m.id, name: m.displayName, position: '', role: i === 0 ? ('lead' as const) : ('member' as const) }))
		});
		const hers = visit([an, binh]);
		const notHers = visit([binh]);
		const elsewhere = visit([an], 'xa-a');
		await store.savePlan(
			{ id: randomUUID(), title: 'Kế hoạch', year: 2026, period: '', legalBasis: '', issuingAgencyId: 'tinh', createdBy: planner.id, createdAt: T0.toISOString(), updatedAt: T0.toISOString(), version: 1, visits: [hers, notHers, elsewhere] },
			null,
			T0
		);
		const imported = await Promise.all([hers, notHers, elsewhere].map((v) => entry([], { visitId: v.id })));
		for (const request of imported) expect((await importItem(store, communeSupervisor, request, T0)).outcome).toBe('created');
		// On the team, at the visit's agency: linked, so the plan's progress counts it.
		const linked = await store.visitInspections([hers.id, notHers.id, elsewhere.id]);
		expect(linked.map((l) => [l.visitId, l.inspectionId, l.status])).toEqual([[hers.id, imported[0]?.sealed.inspection.id, 'sent']]);
		// The others are kept as inspections outside a plan, as a push would keep them.
		for (const request of imported.slice(1)) expect((await store.getSubmission(request.sealed.inspection.id))?.status).toBe('sent');
		// The phone pushing the first later links nothing twice.
		expect((await pushInspections(store, an, { items: [imported[0]?.entry.item as ImportItemRequest['entry']['item']] }, T0)).results[0]?.outcome).toBe('duplicate');
		expect(await store.visitInspections([hers.id])).toHaveLength(1);
	});

	it('refuses a supervisor outside the agency, and an inspector, before storing anything', async () => {
		const request = await entry([fakeJpeg('a')]);
		await expect(importItem(store, departmentSupervisor, request, T0)).rejects.toMatchObject({ status: 403 });
		await expect(importItem(store, an, request, T0)).rejects.toBeInstanceOf(ApiError);
		expect(await store.getSubmission(request.sealed.inspection.id)).toBeNull();
		expect(await store.missingPhotos([request.entry.photos[0]?.sha256 as string], an.id)).toHaveLength(1);
	});

	it('an admin may import for any agency', async () => {
		const admin = await store.createUser(newUser('quan.tri', 'admin'), T0);
		expect((await importItem(store, admin, await entry(), T0)).outcome).toBe('created');
	});

	it('refuses photo bytes that are not the ones the inspection names, and stores nothing', async () => {
		const request = await entry([fakeJpeg('a')]);
		const photo = request.entry.photos[0];
		if (!photo) throw new Error('no photo');
		photo.base64 = Buffer.from(fakeJpeg('khác').bytes).toString('base64');
		await expect(importItem(store, communeSupervisor, request, T0)).rejects.toBeInstanceOf(PhotoHashMismatchError);
		expect(await store.getSubmission(request.sealed.inspection.id)).toBeNull();

		const stranger = await entry([fakeJpeg('a')]);
		stranger.entry.photos[0] = { ...(stranger.entry.photos[0] as (typeof stranger.entry.photos)[0]), sha256: 'f'.repeat(64) };
		await expect(importItem(store, communeSupervisor, stranger, T0)).rejects.toMatchObject({ status: 400 });
	});

	it('answers missing-photos when the file lacks bytes the server does not have', async () => {
		const request = await entry([fakeJpeg('a')]);
		request.entry.photos = [];
		expect(await importItem(store, communeSupervisor, request, T0)).toMatchObject({ outcome: 'missing-photos' });
		expect(await store.getSubmission(request.sealed.inspection.id)).toBeNull();
	});

	it('rejects a record changed after it was signed, one the importer wrote, and one whose inspector has no account here', async () => {
		// Anyone relaying the file edits a record: its signature no longer matches.
		const tampered = await entry([fakeJpeg('sửa')]);
		tampered.entry.item.manifest = tampered.entry.item.manifest.replace('Đoàn kiểm tra làm việc buổi sáng.', 'Sửa sau khi hoàn tất');
		const edited = await importItem(store, communeSupervisor, tampered, T0);
		expect(edited).toMatchObject({ outcome: 'rejected' });
		expect(edited.message).toMatch(/Chữ ký số không khớp/);
		// Nothing of it is kept, not even the photo bytes it carried.
		expect(await store.missingPhotos([tampered.entry.photos[0]?.sha256 as string], an.id)).toHaveLength(1);

		// The supervisor writes a record in An's name and signs it with a key of their own.
		const forged = await pushItem(spec());
		const fabricated = await entry([], {}, await signItem(forged.inspection, [], { id: crypto.randomUUID(), ...(await generateSigningKey()) }));
		const refused = await importItem(store, communeSupervisor, fabricated, T0);
		expect(refused).toMatchObject({ outcome: 'rejected' });
		expect(refused.message).toMatch(/chưa đăng ký/);
		expect(await store.getSubmission(forged.inspection.id)).toBeNull();

		const stranger = await entry([], { inspectorId: '0190a6b2-0000-7000-8000-00000000dead' });
		const result = await importItem(store, communeSupervisor, stranger, T0);
		expect(result).toMatchObject({ outcome: 'rejected' });
		expect(result.message).toMatch(/không có tài khoản/);
		expect(await store.getSubmission(stranger.sealed.inspection.id)).toBeNull();
	});
});
