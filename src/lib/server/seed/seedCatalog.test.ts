import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alcoholMeetingsTemplate, publishedTemplates } from '$lib/content/templates';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { bodyOf } from '$lib/domain/templateDraft';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { seedCatalog } from './seedCatalog';

const T0 = new Date('2026-12-06T02:00:00.000Z');
const ID = alcoholMeetingsTemplate.id;

/** The template as a later release would ship it: the next version, other wording. */
const released = (version: number, words: string): ChecklistTemplate => ({
	...alcoholMeetingsTemplate,
	version,
	title: { vi: `${alcoholMeetingsTemplate.title.vi} (${words})`, en: alcoholMeetingsTemplate.title.en }
});

describe('seedCatalog and an administrator’s versions', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let admin: User;
	const shipped = [...publishedTemplates];
	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		await seedCatalog(store, T0);
		admin = await store.createUser({ username: 'quantri', displayName: 'Quản trị', role: 'admin', jurisdictionId: null, passwordHash: 'x' }, T0);
	});
	afterEach(async () => {
		publishedTemplates.splice(0, publishedTemplates.length, ...shipped);
		await dispose();
	});

	async function publishAsAdmin(words: string): Promise<ChecklistTemplate> {
		const body = bodyOf(alcoholMeetingsTemplate);
		const draft = await store.saveTemplateDraft(ID, { ...body, title: { ...body.title, vi: words } }, null, admin.id, T0);
		return store.publishTemplateDraft(ID, draft.revision, T0);
	}

	it('adds a release’s new version of a template no administrator has touched', async () => {
		publishedTemplates.push(released(2, 'bản phát hành'));
		expect(await seedCatalog(store, T0)).toEqual({ agenciesAdded: 0, templatesAdded: [`${ID}@2`] });
		expect((await store.getTemplate(ID, 2))?.title.vi).toContain('bản phát hành');
	});

	it('never publishes over or after an administrator’s version: their version 2 stays, the release’s 2 and 3 are deferred, and restarts change nothing', async () => {
		await publishAsAdmin('Phiên bản của quản trị');
		publishedTemplates.push(released(2, 'bản phát hành'), released(3, 'bản phát hành'));
		const report = await seedCatalog(store, T0);
		expect(report).toEqual({ agenciesAdded: 0, templatesAdded: [], templatesDeferred: [`${ID}@2`, `${ID}@3`] });
		expect((await store.getTemplate(ID, 2))?.title.vi).toBe('Phiên bản của quản trị');
		expect(await store.getTemplate(ID, 3)).toBeNull();
		expect(await seedCatalog(store, T0)).toEqual(report);
		// The other shipped templates are untouched by it.
		expect((await store.listTemplates()).filter((t) => t.id !== ID).map((t) => `${t.id}@${t.version}`)).toEqual(
			shipped.filter((t) => t.id !== ID).map((t) => `${t.id}@${t.version}`).sort()
		);
	});

	it('defers to an administrator’s draft too: the release’s version does not make their draft stale', async () => {
		const draft = await store.saveTemplateDraft(ID, bodyOf(alcoholMeetingsTemplate), null, admin.id, T0);
		publishedTemplates.push(released(2, 'bản phát hành'));
		expect((await seedCatalog(store, T0)).templatesDeferred).toEqual([`${ID}@2`]);
		expect((await store.publishTemplateDraft(ID, draft.revision, T0)).version).toBe(2);
	});
});
