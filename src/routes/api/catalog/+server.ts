import { json } from '@sveltejs/kit';
import { currentCatalog } from '$lib/server/catalog';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => json(currentCatalog(), { headers: { 'cache-control': 'no-cache' } });
