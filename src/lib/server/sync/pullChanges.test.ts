import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushItem, registerTestDevice } from '../../../../tests/fixtures/sync/pushItems';
import { newUser, seeded, T0, template } from '../../../../tests/store/fixtures';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { reviewInspection } from '../review/reviewInspection';
import { pullChanges } from './pullChanges';
import { parsePullCursor } from './pullCursor';
import { pushInspections } from './pushInspections';

describe('pullChanges', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let binh: User;
	let supervisor: User;

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an, binh } = await seeded(store));
		await registerTestDevice(store, an.id, T0);
		await registerTestDevice(store, binh.id, T0);
		supervisor = await store.createUser({ ...newUser('giam.sat', 'supervisor', 'xa-a'), displayName: 'Lê Minh Châu' }, T0);
	});
	afterEach(() => dispose());

	const submit = async (inspector: User) => {
		const item = await pushItem({ inspectorId: inspector.id, inspectorName: inspector.displayName, agencyId: 'xa-a.mot-cua', templateId: 'kiem-tra-thu', answers: { 'gio-lam-viec': 'violation' } });
		await pushInspections(store, inspector, { items: [item] }, T0);
		return item;
	};

	it('sends the catalog on a first pull and again only when it changed', async () => {
		const first = await pullChanges(store, an, { seq: 0, catalog: null });
		expect(first.templates.map((t) => t.id)).toEqual(['kiem-tra-thu']);
		expect(first.agencies).toHaveLength(4);
		const cursor = parsePullCursor(first.cursor);
		expect(cursor?.catalog).toMatch(/^[0-9a-f]{16}$/);

		const second = await pullChanges(store, an, cursor as NonNullable<typeof cursor>);
		expect([second.templates, second.agencies, second.decisions]).toEqual([[], [], []]);

		await store.putTemplate(template(2, 'Phiên bản mới'), T0);
		const third = await pullChanges(store, an, cursor as NonNullable<typeof cursor>);
		expect(third.templates.map((t) => t.version)).toEqual([1, 2]);
	});

	it('sends only the agencies changed to a phone that asks for it and holds a catalog this server computed', async () => {
		const admin = await store.createUser(newUser('quan.tri', 'admin', null), T0);
		const first = await pullChanges(store, an, { seq: 0, catalog: null }, null, new Date(), null, null, true);
		const cursor = parsePullCursor(first.cursor) as NonNullable<ReturnType<typeof parsePullCursor>>;
		const [xa] = (await store.listAgencies()).filter((a) => a.id === 'xa-a');
		if (!xa) throw new Error('no xa-a');
		const renamed = { ...xa, name: 'UBND xã A mới' };
		const added = { id: 'xa-moi', parentId: 'tinh', name: 'Xã mới', kind: 'commune' as const, address: '', location: null };
		await store.changeAgencies([{ before: xa, after: renamed }, { before: null, after: added }], { id: admin.id, source: 'form' }, T0);

		const delta = await pullChanges(store, an, cursor, null, new Date(), null, null, true);
		expect([delta.templates, delta.agencies]).toEqual([[], []]);
		expect(delta.agencyChanges).toEqual([renamed, added]);
		expect(parsePullCursor(delta.cursor)?.catalog).not.toBe(cursor.catalog);
		// An app that does not ask, or a catalog this server never computed, gets the whole catalog.
		expect((await pullChanges(store, an, cursor)).agencies).toHaveLength(5);
		const unknown = await pullChanges(store, an, { ...cursor, catalog: '0123456789abcdef' }, null, new Date(), null, null, true);
		expect([unknown.agencies.length, unknown.agencyChanges]).toEqual([5, undefined]);
		// A template change since: the whole catalog.
		await store.putTemplate(template(2, 'Phiên bản mới'), T0);
		expect((await pullChanges(store, an, cursor, null, new Date(), null, null, true)).templates).toHaveLength(2);
	});

	it('names every theme with the catalog, a theme an administrator added too', async () => {
		const first = await pullChanges(store, an, { seq: 0, catalog: null });
		expect(first.themes?.map((t) => t.id)).toEqual(['discipline', 'communication', 'dress', 'office', 'alcohol-tobacco', 'meetings', 'public-listing', 'it-services', 'feedback']);
		expect(first.themes?.[0]?.name.vi).toBe('Tinh thần, thái độ làm việc; kỷ luật, kỷ cương');
		const cursor = parsePullCursor(first.cursor) as NonNullable<ReturnType<typeof parsePullCursor>>;
		const added = { id: 'van-hoa-doc', name: { vi: 'Văn hóa đọc', en: 'Reading culture' } };
		await store.addTheme(added, T0);
		// A theme is used only by a version published with it, which moves the catalog.
		await store.putTemplate({ ...template(2, 'Phiên bản mới'), sections: template(2).sections.map((s) => ({ ...s, theme: added.id })) }, T0);
		const next = await pullChanges(store, an, cursor);
		expect(next.themes?.at(-1)).toEqual(added);
		expect(next.themes).toHaveLength(10);
		expect(parsePullCursor(next.cursor)?.catalog).not.toBe(cursor.catalog);
	});

	it('brings the colleagues a team can name (id and name only, no admins or disabled accounts), and again only when they changed', async () => {
		const admin = await store.createUser({ ...newUser('quan.tri', 'admin', null), displayName: 'Quản Trị' }, T0);
		const first = await pullChanges(store, an, { seq: 0, catalog: null });
		const names = first.colleagues?.colleagues.map((c) => c.name) ?? [];
		expect(names).toContain(supervisor.displayName);
		expect(names).not.toContain(admin.displayName);
		expect(first.colleagues?.colleagues.find((c) => c.id === binh.id)).toEqual({ id: binh.id, name: binh.displayName });
		const version = first.colleagues?.version ?? null;
		expect((await pullChanges(store, an, { seq: 0, catalog: null }, null, new Date(), version)).colleagues).toBeUndefined();

		await store.updateUser(binh.id, { disabled: true }, T0);
		const after = await pullChanges(store, an, { seq: 0, catalog: null }, null, new Date(), version);
		expect(after.colleagues?.colleagues.map((c) => c.id)).not.toContain(binh.id);
	});

	it('brings the return of my inspection, with comments and its content, once', async () => {
		const item = await submit(an);
		await submit(binh);
		const before = parsePullCursor((await pullChanges(store, an, { seq: 0, catalog: null })).cursor);
		await reviewInspection(
			store,
			supervisor,
			item.inspection.id,
			{ action: 'return', comment: 'Bổ sung ảnh sổ theo dõi', itemComments: { 'gio-lam-viec': 'Ghi rõ giờ đến' } },
			new Date(T0.getTime() + 3_600_000)
		);

		const pulled = await pullChanges(store, an, before as NonNullable<typeof before>);
		expect(pulled.decisions).toEqual([
			{
				inspectionId: item.inspection.id,
				revision: 1,
				action: 'returned',
				comment: 'Bổ sung ảnh sổ theo dõi',
				itemComments: { 'gio-lam-viec': 'Ghi rõ giờ đến' },
				by: 'Lê Minh Châu',
				at: new Date(T0.getTime() + 3_600_000).toISOString()
			}
		]);
		expect(pulled.returned?.map((r) => [r.inspection.id, r.inspection.status, r.inspection.answers['gio-lam-viec']?.value])).toEqual([
			[item.inspection.id, 'returned', 'violation']
		]);

		// The other inspector hears nothing of it; pulling again from the new cursor brings nothing.
		expect((await pullChanges(store, binh, before as NonNullable<typeof before>)).decisions).toEqual([]);
		const after = parsePullCursor(pulled.cursor) as NonNullable<typeof before>;
		expect((await pullChanges(store, an, after)).decisions).toEqual([]);
	});

	it('does not hand a new phone a returned revision that has since been corrected and resubmitted', async () => {
		const item = await submit(an);
		await reviewInspection(store, supervisor, item.inspection.id, { action: 'return', comment: 'Bổ sung ảnh' }, new Date(T0.getTime() + 3_600_000));
		const corrected = await pushItem({
			id: item.inspection.id,
			revision: 2,
			inspectorId: an.id, inspectorName: an.displayName,
			agencyId: 'xa-a.mot-cua',
			templateId: 'kiem-tra-thu',
			answers: { 'gio-lam-viec': 'compliant' }
		});
		await pushInspections(store, an, { items: [corrected] }, new Date(T0.getTime() + 7_200_000));

		// A phone with nothing on it (cursor 0): the return of revision 1 is history, not work to redo.
		const pulled = await pullChanges(store, an, { seq: 0, catalog: null });
		expect(pulled.decisions.map((d) => [d.revision, d.action])).toEqual([[1, 'returned']]);
		expect(pulled.returned ?? []).toEqual([]);
	});

	it('reads only cursors of its own making', () => {
		expect(parsePullCursor(null)).toEqual({ seq: 0, catalog: null });
		expect(parsePullCursor('12.0123456789abcdef')).toEqual({ seq: 12, catalog: '0123456789abcdef' });
		expect(parsePullCursor('-1')).toBeNull();
		expect(parsePullCursor('12.xyz')).toBeNull();
	});
});
