import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { VisitDocumentViewSchema } from '$lib/domain/visitDocument';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	const url = `/api/plans/${encodeURIComponent(params.id)}/visits/${encodeURIComponent(params.visitId)}/documents/${encodeURIComponent(params.kind)}`;
	return { url, planId: params.id, kind: params.kind, view: await fetchApi(fetch, url, (body) => VisitDocumentViewSchema.parse(body)) };
};
