import { fail, redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { applySheet, previewSheet, readSheet, saveAgency } from '$lib/server/agencies/agencyActions';
import { reorganise } from '$lib/server/agencies/reorganise';
import { readForm, text } from '$lib/server/admin/readForm';
import { requireAdmin } from '$lib/server/admin/requireAdmin';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import type { Actions } from './$types';

// The page's data comes from GET /api/admin/agencies (+page.ts); every action checks the admin itself.
export const actions: Actions = {
	add: async ({ request, locals }) => {
		const admin = requireAdmin(locals.user);
		const result = await saveAgency(appStore(), admin, await readForm(request), null, new Date());
		if ('problem' in result) return fail(400, { action: 'add' as const, problem: result.problem });
		redirect(303, `/admin/agencies?id=${encodeURIComponent(result.agency.id)}&saved=1`);
	},
	save: async ({ request, locals, url }) => {
		const admin = requireAdmin(locals.user);
		const form = await readForm(request);
		const id = text(form, 'agencyId') || url.searchParams.get('id') || '';
		const result = await saveAgency(appStore(), admin, form, id, new Date());
		if ('problem' in result) return fail(400, { action: 'save' as const, problem: result.problem });
		redirect(303, `/admin/agencies?id=${encodeURIComponent(id)}&saved=1`);
	},
	reorganise: async ({ request, locals }) => {
		const admin = requireAdmin(locals.user);
		const outcome = await reorganise(appStore(), admin, await readForm(request), new Date());
		if (!outcome.ok) return fail(400, { action: 'reorganise' as const, message: outcome.message });
		return { action: 'reorganised' as const, message: outcome.message, successorId: outcome.successorId };
	},
	preview: async ({ request, locals }) => {
		requireAdmin(locals.user);
		const file = (await readForm(request, BODY_LIMITS.agencySheet)).get('sheet');
		if (!(file instanceof File) || file.size === 0) return fail(400, { action: 'import' as const, message: 'Chọn một tệp .xlsx hoặc .csv.' });
		let rows: string[][];
		try {
			rows = await readSheet(file);
		} catch {
			return fail(400, { action: 'import' as const, message: 'Không đọc được tệp: cần một tệp .xlsx hoặc .csv (UTF-8).' });
		}
		const outcome = await previewSheet(appStore(), rows, new Date());
		if (!outcome.ok) return fail(400, { action: 'import' as const, message: 'Tệp có lỗi; chưa có gì được nhập.', errors: outcome.errors });
		return { action: 'import' as const, ...outcome };
	},
	apply: async ({ request, locals }) => {
		const admin = requireAdmin(locals.user);
		const form = await readForm(request, BODY_LIMITS.agencySheet);
		const outcome = await applySheet(appStore(), admin, text(form, 'rows'), text(form, 'fingerprint'), new Date());
		if (!outcome.ok) return fail(400, { action: 'import' as const, message: outcome.message, errors: outcome.errors ?? [] });
		return { action: 'applied' as const, changed: outcome.changed };
	}
};
