import { appStore } from '$lib/server/app/runtime';
import { signOut } from '$lib/server/auth/signIn';
import { respond } from '$lib/server/http/respond';
import type { RequestHandler } from './$types';

/** POST → 204: this device's session ends (signed out or not, the answer is the same). */
export const POST: RequestHandler = ({ cookies, url }) =>
	respond(async () => {
		await signOut(appStore(), cookies, url);
		return new Response(null, { status: 204 });
	});
