import { getTemplate } from '$lib/client/catalog/catalogStore';
import { refreshCatalog } from '$lib/client/catalog/refreshCatalog';
import { loadThemeNames } from '$lib/client/catalog/themeNames';
import { setAsideOf } from '$lib/client/inspections/setAsideOf';
import { database } from '$lib/client/db/database';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { InspectionViewSchema, readManifest } from '$lib/client/supervisor/inspectionView';
import { agencyOnDate } from '$lib/domain/agencyHistory';
import { vietnamDate } from '$lib/domain/dates';
import { previousManifest } from '$lib/client/supervisor/previousManifest';
import type { PageLoad } from './$types';

// The record comes from the server; the template and the agency from the device's catalog
// (the same one inspectors use), so citations show exactly as the inspector saw them.
export const load: PageLoad = async ({ params, fetch }) => {
	const view = await fetchApi(fetch, `/api/inspections/${encodeURIComponent(params.id)}`, (body) => InspectionViewSchema.parse(body));
	if (!view.ok) return { view, template: null, agency: null, manifest: null, previous: null, setAside: [] };
	const s = view.data.submission;
	// A supervisor who just signed in may not have the catalog yet: fetch it once, then look again.
	if (!(await getTemplate(s.templateId, s.templateVersion))) await refreshCatalog();
	const [template, agency, previous] = await Promise.all([
		getTemplate(s.templateId, s.templateVersion),
		database().agencies.get(s.agencyId),
		s.revision > 1 ? previousManifest(fetch, params.id, s.revision - 1) : Promise.resolve(null),
		loadThemeNames()
	]);
	const manifest = readManifest(view.data.content.manifest);
	// Answers a move of the draft to a newer version set aside: shown, with the items as the old version had them.
	const setAside = await setAsideOf(s.templateId, manifest.templateMoves);
	// The agency as named on the inspection's day (a later reorganisation does not rename the record).
	return { view, template: template ?? null, agency: agency ? { ...agency, ...agencyOnDate(agency, vietnamDate(manifest.startedAt)) } : null, manifest, previous, setAside };
};
