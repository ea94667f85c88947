import { appStore } from '$lib/server/app/runtime';
import { storedCatalog } from '$lib/server/catalog';
import { jsonResponse } from '$lib/server/http/jsonResponse';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/** Templates and agencies as the server holds them (seeded from the shipped content at start). */
export const GET: RequestHandler = ({ request }) =>
	respond(async () => jsonResponse(request, await storedCatalog(appStore()), { headers: { 'cache-control': 'no-cache' } }));
