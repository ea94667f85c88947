import { json } from '@sveltejs/kit';
import { RegisterDeviceRequestSchema } from '$lib/domain/device';
import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { registerDevice } from '$lib/server/devices/registerDevice';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/**
 * POST {id, publicKey, label} → 201 {device} when new, 200 when this key was registered already;
 * 409 when the id belongs to another key or account, or the account has too many devices.
 * Inspectors only: they are the ones whose records are signed.
 */
export const POST: RequestHandler = ({ request, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['inspector']);
		const body = await readJson(request, RegisterDeviceRequestSchema, BODY_LIMITS.other);
		const { created, device } = await registerDevice(appStore(), user, body, new Date());
		return json({ device }, { status: created ? 201 : 200 });
	});
