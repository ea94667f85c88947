/**
 * Where the home page keeps a copy of its list for the next start (homeSnapshot.ts): app.html's
 * inline script reads the same key, so a change here is a change there (homeSnapshot.test.ts checks).
 * A module of its own because the session, start-up code, only ever forgets the copy.
 */
export const HOME_SNAPSHOT_KEY = 'vhcv.homeSnapshot';

/** Forget the copy: whoever signs in or out next must not see the last person's list, even for a moment. */
export function forgetHomeSnapshot(): void {
	try {
		localStorage.removeItem(HOME_SNAPSHOT_KEY);
	} catch {
		// No storage (private mode): nothing was kept either.
	}
}
