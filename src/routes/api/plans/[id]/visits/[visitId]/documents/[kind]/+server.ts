import { json } from '@sveltejs/kit';
import { IssueVisitDocumentSchema, VisitDocumentKindSchema } from '$lib/domain/visitDocument';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { issueVisitDocumentFor, readVisitDocument } from '$lib/server/plans/visitDocuments';
import type { RequestHandler } from './$types';

function kindOf(raw: string) {
	const kind = VisitDocumentKindSchema.safeParse(raw);
	if (!kind.success) throw new ApiError(404);
	return kind.data;
}

/**
 * GET [?issue=<id>] → VisitDocumentView: the visit's decision or notice as issued (the standing one,
 * or that issue), with whether the plan changed since; a draft while none was issued.
 */
export const GET: RequestHandler = ({ params, url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const issue = url.searchParams.get('issue');
		return json(await readVisitDocument(appStore(), user, params.id, params.visitId, kindOf(params.kind), new Date(), issue), { headers: { 'cache-control': 'no-store' } });
	});

/**
 * POST { signer, replaces? } → VisitDocumentView: issues it with the register's number and keeps its
 * text (a first issue once: asking again returns it); with `replaces`, a replacement with the next
 * number (404 for another visit's document, 409 when that one was already replaced).
 */
export const POST: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const body = await readJson(request, IssueVisitDocumentSchema, BODY_LIMITS.review);
		return json(await issueVisitDocumentFor(appStore(), user, params.id, params.visitId, kindOf(params.kind), body, new Date()));
	});
