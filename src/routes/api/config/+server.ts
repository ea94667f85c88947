import { env } from '$env/dynamic/private';
import { error, json } from '@sveltejs/kit';
import { appConfigFromEnv } from '$lib/domain/appConfig';
import type { RequestHandler } from './$types';

/**
 * Settings every device needs (map tiles, the "far from the agency" radius), from the server's
 * environment at run time, so a deployment can change tile server without a new build.
 * A wrong value answers 500 with the reason: devices keep the settings they had.
 */
export const GET: RequestHandler = () => {
	const parsed = appConfigFromEnv(env);
	if (!parsed.ok) {
		console.error(`Invalid configuration: ${parsed.error}`);
		error(500, `Invalid configuration: ${parsed.error}`);
	}
	return json(parsed.config, { headers: { 'cache-control': 'no-cache' } });
};
