import type { z } from 'zod/mini';
import { ApiError } from '../http/apiError';

/** A 400 naming each bad query parameter, in the API's error shape. */
export function queryError(error: z.core.$ZodError): ApiError {
	const fields: Record<string, string[]> = {};
	for (const issue of error.issues) {
		const key = String(issue.path[0] ?? 'query');
		(fields[key] ??= []).push(issue.message);
	}
	return new ApiError(400, 'invalid-query', 'Tham số lọc không hợp lệ.', fields);
}
