import { json } from '@sveltejs/kit';
import { DocumentSignerSchema } from '$lib/domain/administrativeDocument';
import { VisitDocumentKindSchema } from '$lib/domain/visitDocument';
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

/** GET → { document, issued }: the visit's decision or notice, numbered once issued, else a draft. */
export const GET: RequestHandler = ({ params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		return json(await readVisitDocument(appStore(), user, params.id, params.visitId, kindOf(params.kind), new Date()), { headers: { 'cache-control': 'no-store' } });
	});

/** POST { signer } → { document, issued: true }: takes the register's number (once; again returns it). */
export const POST: RequestHandler = ({ request, params, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor']);
		const signer = await readJson(request, DocumentSignerSchema, BODY_LIMITS.review);
		return json(await issueVisitDocumentFor(appStore(), user, params.id, params.visitId, kindOf(params.kind), signer, new Date()));
	});
