// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '$lib/server/store/records';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The signed-in user, from the session cookie (hooks.server.ts); null when signed out. */
			user: User | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
