import { AccountDetailSchema, fetchAdmin } from '../../adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, params }) =>
	fetchAdmin(fetch, `/api/admin/users/${encodeURIComponent(params.id)}`, AccountDetailSchema);
