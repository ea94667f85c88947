import { openInspection } from '$lib/client/inspections/openInspection';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => ({ opened: await openInspection(params.id) });
