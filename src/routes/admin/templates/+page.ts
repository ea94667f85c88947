import { fetchAdmin, TemplateAdminSchema } from '../adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => ({
	...(await fetchAdmin(fetch, '/api/admin/templates', TemplateAdminSchema)),
	selectedId: url.searchParams.get('id'),
	from: url.searchParams.get('from'),
	to: url.searchParams.get('to')
});
