import { ApiErrorBodySchema } from '$lib/domain/apiError';
import { defaultError, errorResponse } from './apiError';

/**
 * Gives every /api error the API's shape, including those no endpoint of ours wrote: an unknown
 * path (SvelteKit's 404 page), a method a route does not have (405), or an unexpected exception
 * (SvelteKit's JSON from handleError). Our own error bodies pass through untouched.
 */
export async function normalizeApiError(response: Response): Promise<Response> {
	if (response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	if (type.startsWith('application/json')) {
		const body: unknown = await response
			.clone()
			.json()
			.catch(() => null);
		if (ApiErrorBodySchema.safeParse(body).success) return response;
	} else {
		await response.body?.cancel().catch(() => undefined);
	}
	const fallback = defaultError(response.status);
	const allow = response.headers.get('allow');
	return errorResponse(response.status, fallback.code, fallback.message, undefined, allow ? { allow } : undefined);
}
