/**
 * The copy of the home page app.html draws at start-up (made by homeSnapshot.ts): where it is kept
 * and whose it is, which is all start-up code (the session) needs of it.
 * app.html's inline script reads the same keys, so a change here is a change there
 * (homeSnapshot.test.ts checks).
 */
export const HOME_SNAPSHOT_KEY = 'vhcv.homeSnapshot';
export const HOME_SNAPSHOT_OWNER_KEY = 'vhcv.homeSnapshotOwner';

/**
 * The device's account is `accountId` ('': nobody). When that changes, the copy is forgotten: whoever
 * signs in or out next never sees the last person's list, even for a moment, and a page still open
 * for the last person (another window) can no longer write one (`saveHomeSnapshot` checks the owner).
 */
export function ownHomeSnapshot(accountId: string): void {
	try {
		if (localStorage.getItem(HOME_SNAPSHOT_OWNER_KEY) === accountId) return;
		localStorage.removeItem(HOME_SNAPSHOT_KEY);
		localStorage.setItem(HOME_SNAPSHOT_OWNER_KEY, accountId);
	} catch {
		// No storage (private mode): nothing was kept either.
	}
}
