import { openInspection } from '$lib/client/inspections/openInspection';
import { loadGeneralStep, loadSectionItems } from './steps';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url, untrack }) => {
	// The code of the step being opened starts downloading now, alongside the reads from the
	// device, instead of once the page renders. Untracked: changing steps must not re-run this load.
	const section = untrack(() => url.searchParams.get('section'));
	// A failure shows where the step renders (LoadFailed); nothing to report here.
	(section && section !== 'general' ? loadSectionItems() : loadGeneralStep()).catch(() => {});
	return { opened: await openInspection(params.id) };
};
