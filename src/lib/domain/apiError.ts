import { z } from 'zod/mini';

/**
 * The body of every error the server's /api endpoints answer, whatever the status:
 * `code` is stable for programs (e.g. 'unauthenticated', 'payload-too-large'); `message` is plain
 * Vietnamese, fit to show as it is; `fields` (400 only) names what is wrong with each part of the
 * request body, by dotted path such as `items.0.inspection.agencyId`.
 */
export const ApiErrorBodySchema = z.object({
	error: z.object({
		code: z.string(),
		message: z.string(),
		fields: z.optional(z.record(z.string(), z.array(z.string())))
	})
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
