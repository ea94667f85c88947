import { fail, redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { readForm, text } from '$lib/server/admin/readForm';
import { requireAdmin } from '$lib/server/admin/requireAdmin';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { addTheme, discardDraft, importWorkbook, publishDraft, setRetired, startDraft } from '$lib/server/templates/templateActions';
import type { Actions } from './$types';

const back = (id: string, flag: string) => `/admin/templates?id=${encodeURIComponent(id)}&${flag}=1`;
const revisionOf = (form: FormData) => Number(text(form, 'revision'));

// The page's data comes from GET /api/admin/templates (+page.ts); every action checks the admin itself.
export const actions: Actions = {
	draft: async ({ request, locals }) => {
		const admin = requireAdmin(locals.user);
		const id = text(await readForm(request), 'templateId');
		const outcome = await startDraft(appStore(), admin, id, new Date());
		if (!outcome.ok) return fail(400, { action: 'draft' as const, message: outcome.message });
		redirect(303, back(id, 'drafted'));
	},
	import: async ({ request, locals }) => {
		const admin = requireAdmin(locals.user);
		const form = await readForm(request, BODY_LIMITS.templateWorkbook);
		const file = form.get('workbook');
		if (!(file instanceof File) || file.size === 0) return fail(400, { action: 'import' as const, message: 'Chọn một tệp .xlsx.', errors: [] });
		const revision = text(form, 'revision');
		const outcome = await importWorkbook(appStore(), admin, file, revision === '' ? null : Number(revision), new Date());
		if (!outcome.ok) return fail(400, { action: 'import' as const, message: outcome.message, errors: outcome.errors ?? [] });
		redirect(303, back(outcome.draft.templateId, 'imported'));
	},
	publish: async ({ request, locals }) => {
		requireAdmin(locals.user);
		const form = await readForm(request);
		const id = text(form, 'templateId');
		const outcome = await publishDraft(appStore(), id, revisionOf(form), new Date());
		if (!outcome.ok) return fail(400, { action: 'publish' as const, message: outcome.message });
		redirect(303, back(id, 'published'));
	},
	discard: async ({ request, locals }) => {
		requireAdmin(locals.user);
		const form = await readForm(request);
		const id = text(form, 'templateId');
		const outcome = await discardDraft(appStore(), id, revisionOf(form));
		if (!outcome.ok) return fail(400, { action: 'discard' as const, message: outcome.message });
		redirect(303, back(id, 'discarded'));
	},
	retire: async ({ request, locals }) => {
		const admin = requireAdmin(locals.user);
		const form = await readForm(request);
		const id = text(form, 'templateId');
		const outcome = await setRetired(appStore(), admin, id, text(form, 'retired') === '1', new Date());
		if (!outcome.ok) return fail(400, { action: 'retire' as const, message: outcome.message });
		redirect(303, back(id, 'saved'));
	},
	theme: async ({ request, locals }) => {
		requireAdmin(locals.user);
		const form = await readForm(request);
		const outcome = await addTheme(appStore(), { id: text(form, 'themeId'), vi: text(form, 'nameVi'), en: text(form, 'nameEn') }, new Date());
		if (!outcome.ok) return fail(400, { action: 'theme' as const, message: outcome.message });
		return { action: 'theme' as const, added: outcome.theme.id };
	}
};
