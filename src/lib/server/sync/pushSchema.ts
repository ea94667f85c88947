import { z } from 'zod/mini';
import { PushRequestSchema } from '$lib/domain/push';

/**
 * The shared push schema, compiled by Zod (z.compile) into one generated validator on the server:
 * several times faster on a 50-inspection push than the interpreted zod/mini parse. Same schema, same
 * answers: an input the fast path refuses is handed to the runtime parser, which writes the usual
 * issues. The browser keeps the interpreted parser (its CSP forbids eval; hooks.client.ts).
 */
export const ServerPushRequestSchema = z.compile(PushRequestSchema);
