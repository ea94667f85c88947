import { fetchAdmin, TemplateAdminSchema } from '../adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => ({
	...(await fetchAdmin(fetch, '/api/admin/templates', TemplateAdminSchema)),
	selectedId: url.searchParams.get('id'),
	/** 'edit' (the item editor) or 'preview' (the fillable form) of the selected template's draft. */
	view: url.searchParams.get('view'),
	from: url.searchParams.get('from'),
	to: url.searchParams.get('to')
});
