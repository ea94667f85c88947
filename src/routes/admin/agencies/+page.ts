import { AgencyAdminSchema, fetchAdmin } from '../adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
	const id = url.searchParams.get('id');
	const data = await fetchAdmin(fetch, `/api/admin/agencies${id ? `?id=${encodeURIComponent(id)}` : ''}`, AgencyAdminSchema);
	return { ...data, selectedId: id, query: url.searchParams.get('q') ?? '' };
};
