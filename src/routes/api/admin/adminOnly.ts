import { isHttpError } from '@sveltejs/kit';
import { requireAdmin } from '$lib/server/admin/requireAdmin';
import { ApiError } from '$lib/server/http/apiError';
import type { User } from '$lib/server/store/records';

/** requireAdmin for the admin endpoints: its refusal (401, 403) keeps its message, in the API's error shape. */
export function adminOnly(user: User | null): User {
	try {
		return requireAdmin(user);
	} catch (failure) {
		if (isHttpError(failure)) throw new ApiError(failure.status, undefined, failure.body.message);
		throw failure;
	}
}
