import { expect, it } from 'vitest';
import { allItems } from '$lib/domain/checklist';
import { bodyOf, type DraftInput, type DraftItemInput } from '$lib/domain/templateDraft';
import { InvalidRecordError, NotFoundError, TemplateDraftConflictError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { T0, later, newUser, template } from '../fixtures';

/** A new item as the editor sends it: no id yet. */
function newItem(vi: string): DraftItemInput {
	return { ...template().sections[0]!.items[0]!, id: undefined, text: { vi, en: vi } };
}

export function templateDraftsContract(ctx: () => StoreContext): void {
	async function setUp() {
		const { store } = ctx();
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		await store.putTemplate(template(1), T0);
		return { store, admin };
	}

	it('starts with the nine themes and adds one after them; an id is never taken twice', async () => {
		const { store } = await setUp();
		const themes = await store.listThemes();
		expect(themes.map((t) => t.id)).toEqual(['discipline', 'communication', 'dress', 'office', 'alcohol-tobacco', 'meetings', 'public-listing', 'it-services', 'feedback']);
		expect(themes[0]?.name.vi).toBe('Tinh thần, thái độ làm việc; kỷ luật, kỷ cương');
		const added = { id: 'van-hoa-doc', name: { vi: 'Văn hóa đọc', en: 'Reading culture' } };
		expect(await store.addTheme(added, T0)).toEqual(added);
		expect((await store.listThemes()).at(-1)).toEqual(added);
		await expect(store.addTheme(added, T0)).rejects.toThrow(InvalidRecordError);
		await expect(store.addTheme({ id: 'Có Dấu', name: { vi: 'x', en: 'x' } }, T0)).rejects.toThrow(InvalidRecordError);
	});

	it('drafts a new version from the latest, gives new items fresh ids, publishes it as version 2 and keeps version 1 as it was', async () => {
		const { store, admin } = await setUp();
		const v1 = template(1);
		const body = bodyOf(v1);
		const input: DraftInput = {
			...body,
			sections: [{ ...body.sections[0]!, items: [{ ...body.sections[0]!.items[0]!, text: { vi: 'Đúng giờ, sửa lời', en: 'On time' } }, newItem('Mục mới')] }]
		};
		const draft = await store.saveTemplateDraft(v1.id, input, null, admin.id, later(1000));
		expect(draft).toMatchObject({ templateId: v1.id, baseVersion: 1, revision: 1, updatedBy: admin.id, updatedAt: later(1000).toISOString() });
		expect(allItems({ ...draft.body, version: 1, publishedAt: '2026-01-01' }).map((i) => i.id)).toEqual(['gio-lam-viec', 'discipline.1']);
		expect(await store.getTemplateDraft(v1.id)).toEqual(draft);
		expect(await store.listTemplateDrafts()).toEqual([draft]);
		// Phones do not see a draft.
		expect((await store.listTemplates()).map((t) => t.version)).toEqual([1]);

		const catalogBefore = await store.catalogVersion();
		const published = await store.publishTemplateDraft(v1.id, 1, later(2000));
		expect(published).toMatchObject({ id: v1.id, version: 2, publishedAt: '2026-03-02' });
		expect(published.sections[0]?.items.map((i) => i.text.vi)).toEqual(['Đúng giờ, sửa lời', 'Mục mới']);
		expect(await store.getTemplate(v1.id, 2)).toEqual(published);
		expect(await store.getTemplate(v1.id, 1)).toEqual(v1);
		expect(await store.getTemplateDraft(v1.id)).toBeNull();
		expect(await store.catalogVersion()).toBeGreaterThan(catalogBefore);
	});

	it('never gives a new item an id another item ever had, in any template or draft', async () => {
		const { store, admin } = await setUp();
		const body = bodyOf(template(1));
		// An item once published with id discipline.1, then removed from the next version.
		const first = await store.saveTemplateDraft('mau-khac', { ...body, sections: [{ ...body.sections[0]!, items: [newItem('Một')] }] }, null, admin.id, T0);
		expect(first.body.sections[0]?.items[0]?.id).toBe('discipline.1');
		await store.publishTemplateDraft('mau-khac', 1, T0);
		const second = await store.saveTemplateDraft('mau-khac', { ...body, sections: [{ ...body.sections[0]!, items: [newItem('Hai')] }] }, null, admin.id, T0);
		expect(second.body.sections[0]?.items[0]?.id).toBe('discipline.2');
		await store.publishTemplateDraft('mau-khac', 1, T0);
		// Another template's draft holds discipline.3: a third template's new item skips it too.
		const held = await store.saveTemplateDraft(template(1).id, { ...body, sections: [{ ...body.sections[0]!, items: [newItem('Ba')] }] }, null, admin.id, T0);
		expect(held.body.sections[0]?.items[0]?.id).toBe('discipline.3');
		const third = await store.saveTemplateDraft('mau-thu-ba', { ...body, sections: [{ ...body.sections[0]!, items: [newItem('Bốn')] }] }, null, admin.id, T0);
		expect(third.body.sections[0]?.items[0]?.id).toBe('discipline.4');
	});

	it('refuses a save over someone else’s, a second draft, a stale publish, and bad content, writing nothing', async () => {
		const { store, admin } = await setUp();
		const body = bodyOf(template(1));
		const draft = await store.saveTemplateDraft(body.id, body, null, admin.id, T0);
		await expect(store.saveTemplateDraft(body.id, body, null, admin.id, T0)).rejects.toThrow(TemplateDraftConflictError);
		const saved = await store.saveTemplateDraft(body.id, { ...body, title: { vi: 'Tên mới', en: 'New name' } }, draft.revision, admin.id, later(1));
		expect(saved.revision).toBe(2);
		await expect(store.saveTemplateDraft(body.id, body, draft.revision, admin.id, T0)).rejects.toThrow(TemplateDraftConflictError);
		await expect(store.publishTemplateDraft(body.id, 1, T0)).rejects.toThrow(TemplateDraftConflictError);
		const unknownTheme = { ...body, sections: [{ ...body.sections[0]!, theme: 'khong-co' }] };
		await expect(store.saveTemplateDraft(body.id, unknownTheme, 2, admin.id, T0)).rejects.toThrow(/unknown theme/);
		const noCitation = { ...body, sections: [{ ...body.sections[0]!, items: [{ ...body.sections[0]!.items[0]!, citations: [] }] }] };
		await expect(store.saveTemplateDraft(body.id, noCitation, 2, admin.id, T0)).rejects.toThrow(InvalidRecordError);
		expect((await store.getTemplateDraft(body.id))?.body.title.vi).toBe('Tên mới');

		// A version arriving by another path (a release's seed) makes the draft stale.
		await store.putTemplate(template(2), T0);
		await expect(store.publishTemplateDraft(body.id, 2, T0)).rejects.toThrow(/published after/);
		await store.discardTemplateDraft(body.id, 2);
		expect(await store.getTemplateDraft(body.id)).toBeNull();
		await expect(store.discardTemplateDraft(body.id, 2)).rejects.toThrow(TemplateDraftConflictError);
	});

	it('refuses an item that breaks a draft rule beyond its shape (bounds, option ids, citation dates), writing nothing', async () => {
		const { store, admin } = await setUp();
		const body = bodyOf(template(1));
		const draft = await store.saveTemplateDraft(body.id, body, null, admin.id, T0);
		const first = body.sections[0]!.items[0]!;
		const withItem = (item: DraftItemInput): DraftInput => ({ ...body, sections: [{ ...body.sections[0]!, items: [item] }] });
		const option = (id: string) => ({ id, label: { vi: id, en: id } });
		const broken: DraftItemInput[] = [
			{ ...first, response: { kind: 'number', min: 10, max: 5 } },
			{ ...first, response: { kind: 'number', max: 100, compliantMin: 120 } },
			{ ...first, response: { kind: 'choice', options: [option('co'), option('co')] } },
			{ ...first, citations: [{ ...first.citations[0]!, effectiveFrom: '2026-01-01', effectiveTo: '2025-12-31' }] }
		];
		for (const item of broken) await expect(store.saveTemplateDraft(body.id, withItem(item), draft.revision, admin.id, T0)).rejects.toThrow(InvalidRecordError);
		expect((await store.getTemplateDraft(body.id))?.revision).toBe(draft.revision);
		// The same item within the rules saves.
		const fine = await store.saveTemplateDraft(body.id, withItem({ ...first, response: { kind: 'number', min: 0, max: 100, compliantMin: 30 } }), draft.revision, admin.id, T0);
		expect(fine.revision).toBe(draft.revision + 1);
	});

	it('creates a new template whose first publication is version 1', async () => {
		const { store, admin } = await setUp();
		const body = { ...bodyOf(template(1)), title: { vi: 'Mẫu của tỉnh', en: 'Province template' } };
		const draft = await store.saveTemplateDraft('mau-cua-tinh', body, null, admin.id, T0);
		expect(draft.baseVersion).toBeNull();
		expect(draft.body.id).toBe('mau-cua-tinh');
		const published = await store.publishTemplateDraft('mau-cua-tinh', 1, T0);
		expect(published.version).toBe(1);
		expect((await store.listTemplates()).map((t) => `${t.id}@${t.version}`)).toEqual(['kiem-tra-thu@1', 'mau-cua-tinh@1']);
	});

	it('retires a template and brings it back; its versions stay; the catalog version moves', async () => {
		const { store, admin } = await setUp();
		const before = await store.catalogVersion();
		await store.setTemplateRetired('kiem-tra-thu', true, admin.id, later(5));
		expect(await store.listRetiredTemplates()).toEqual([{ templateId: 'kiem-tra-thu', retiredAt: later(5).toISOString(), retiredBy: admin.id }]);
		expect(await store.catalogVersion()).toBeGreaterThan(before);
		await store.setTemplateRetired('kiem-tra-thu', true, admin.id, later(6));
		expect((await store.listRetiredTemplates())[0]?.retiredAt).toBe(later(5).toISOString());
		expect(await store.getTemplate('kiem-tra-thu', 1)).toEqual(template(1));
		await store.setTemplateRetired('kiem-tra-thu', false, admin.id, later(7));
		expect(await store.listRetiredTemplates()).toEqual([]);
		await expect(store.setTemplateRetired('khong-co', true, admin.id, T0)).rejects.toThrow(NotFoundError);
	});

	it('remembers when each account was first sent a retirement; forgets it when the template is brought back', async () => {
		const { store, admin } = await setUp();
		const an = await store.createUser(newUser('thanhtra1'), T0);
		const binh = await store.createUser(newUser('thanhtra2'), T0);
		expect(await store.getRetirementNotice('kiem-tra-thu', an.id)).toBeNull();
		// Sent before it is retired (a stale snapshot): nothing is recorded.
		await store.noteRetirementsSent(an.id, ['kiem-tra-thu'], later(1));
		await store.setTemplateRetired('kiem-tra-thu', true, admin.id, later(5));
		expect(await store.getRetirementNotice('kiem-tra-thu', an.id)).toEqual({ templateId: 'kiem-tra-thu', retiredAt: later(5).toISOString(), notifiedAt: null });
		await store.noteRetirementsSent(an.id, ['kiem-tra-thu', 'khong-co'], later(10));
		// Only the first time counts.
		await store.noteRetirementsSent(an.id, ['kiem-tra-thu'], later(20));
		expect(await store.getRetirementNotice('kiem-tra-thu', an.id)).toEqual({ templateId: 'kiem-tra-thu', retiredAt: later(5).toISOString(), notifiedAt: later(10).toISOString() });
		expect((await store.getRetirementNotice('kiem-tra-thu', binh.id))?.notifiedAt).toBeNull();
		await store.noteRetirementsSent(binh.id, [], later(30));
		// Brought back and retired again: a new retirement, not known to anyone yet.
		await store.setTemplateRetired('kiem-tra-thu', false, admin.id, later(40));
		expect(await store.getRetirementNotice('kiem-tra-thu', an.id)).toBeNull();
		await store.setTemplateRetired('kiem-tra-thu', true, admin.id, later(50));
		expect(await store.getRetirementNotice('kiem-tra-thu', an.id)).toEqual({ templateId: 'kiem-tra-thu', retiredAt: later(50).toISOString(), notifiedAt: null });
	});
}
