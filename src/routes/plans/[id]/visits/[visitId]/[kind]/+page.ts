import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { VisitDocumentViewSchema } from '$lib/domain/visitDocument';
import type { PageLoad } from './$types';

/** `?issue=<id>` opens one issue (a replaced one too); without it, the standing one or the draft. */
export const load: PageLoad = async ({ params, fetch, url: pageUrl }) => {
	const url = `/api/plans/${encodeURIComponent(params.id)}/visits/${encodeURIComponent(params.visitId)}/documents/${encodeURIComponent(params.kind)}`;
	const issue = pageUrl.searchParams.get('issue');
	const read = issue ? `${url}?issue=${encodeURIComponent(issue)}` : url;
	return { url, planId: params.id, kind: params.kind, view: await fetchApi(fetch, read, (body) => VisitDocumentViewSchema.parse(body)) };
};
