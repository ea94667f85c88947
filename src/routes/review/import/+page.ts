import { allAgencies } from '$lib/client/catalog/catalogStore';
import type { PageLoad } from './$types';

// Agency names for the file's preview come from the device's catalog, as on the other review pages.
export const load: PageLoad = async () => ({ agencies: await allAgencies() });
