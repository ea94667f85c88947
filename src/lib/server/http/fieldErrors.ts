import type { z } from 'zod/mini';
import type { FieldErrors } from './apiError';

/** Issues about the body as a whole (not one field) are listed under this key. */
export const ROOT_FIELD = '_';
const MAX_ISSUES = 100;

/**
 * Zod issues as `{ "dotted.path": [messages] }`. Like z.flattenError for a flat body, but a nested
 * body (a push batch) keeps the whole path, e.g. `items.3.inspection.startedAt`, so the device can
 * tell which inspection is wrong. Messages are Vietnamese (the server sets zod's Vietnamese locale).
 */
export function fieldErrors(error: z.core.$ZodError): FieldErrors {
	const fields: FieldErrors = {};
	// A batch of 50 wrong inspections could list thousands; the first ones say enough.
	for (const issue of error.issues.slice(0, MAX_ISSUES)) {
		const key = issue.path.length === 0 ? ROOT_FIELD : issue.path.map(String).join('.');
		(fields[key] ??= []).push(issue.message);
	}
	return fields;
}
