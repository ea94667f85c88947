import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { respond } from '$lib/server/http/respond';
import { adminOnly } from '../adminOnly';
import type { RequestHandler } from './$types';

/**
 * GET → { templates, drafts, themes, retired }: every published version, every draft, the themes and
 * the retired templates, for /admin/templates. Admins only.
 */
export const GET: RequestHandler = ({ locals }) =>
	respond(async () => {
		adminOnly(locals.user);
		const store = appStore();
		const [templates, drafts, themes, retired] = await Promise.all([store.listTemplates(), store.listTemplateDrafts(), store.listThemes(), store.listRetiredTemplates()]);
		return json({ templates, drafts, themes, retired }, { headers: { 'cache-control': 'no-store' } });
	});
