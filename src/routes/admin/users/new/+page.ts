import { AccountOptionsSchema, fetchAdmin } from '../../adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => fetchAdmin(fetch, '/api/admin/account-options', AccountOptionsSchema);
