import { AccountListSchema, fetchAdmin, LedgerSummarySchema } from './adminData';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => ({
	created: url.searchParams.get('created'),
	...(await fetchAdmin(fetch, '/api/admin/users', AccountListSchema)),
	ledger: await fetchAdmin(fetch, '/api/admin/ledger', LedgerSummarySchema)
});
