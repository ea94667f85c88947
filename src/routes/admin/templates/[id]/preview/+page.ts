import { fetchAdmin, TemplateDraftAdminSchema } from '../../../adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => fetchAdmin(fetch, `/api/admin/templates/draft?id=${encodeURIComponent(params.id)}`, TemplateDraftAdminSchema);
