import type { RequestEvent } from '@sveltejs/kit';
import type { SignInRequest } from '../auth/signInSteps';
import { appConfig, appStore } from './runtime';

/** A sign-in step's inputs from this server's store and configuration and the request. */
export function signInRequest(event: Pick<RequestEvent, 'cookies' | 'url' | 'getClientAddress'>): SignInRequest {
	const { totpRequiredRoles, sessionDays } = appConfig();
	return { store: appStore(), cookies: event.cookies, url: event.url, address: event.getClientAddress(), now: new Date(), totpRequiredRoles, sessionDays };
}
