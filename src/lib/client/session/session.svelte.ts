import type { SessionUser as Account } from '$lib/domain/session';
import type { SignInResult } from './authApi';
import { checkSession } from './checkSession';
import { clearSignedIn, loadSignedIn, markExpired, saveSignedIn } from './accountStore';
import { ownHomeSnapshot } from '../pwa/bootSnapshot';

/**
 * Who uses the app on this device. Loaded from IndexedDB first (works offline), then checked with
 * the server when it answers. An expired session keeps the account for offline work; only sending
 * waits for a new sign-in.
 */
class SessionState {
	account = $state<Account | null>(null);
	expired = $state(false);
	loaded = $state(false);
	#loading: Promise<void> | null = null;

	load(): Promise<void> {
		this.#loading ??= (async () => {
			const stored = await loadSignedIn();
			ownHomeSnapshot(stored?.account.id ?? '');
			this.account = stored?.account ?? null;
			this.expired = stored?.expired ?? false;
			this.loaded = true;
		})();
		return this.#loading;
	}

	/** Ask the server whether the session still holds; silent when offline. */
	async verify(): Promise<void> {
		await this.load();
		const id = this.account?.id;
		if (!id) return;
		const result = await checkSession();
		// Someone signed out or in while the server answered: the answer is about who was there before.
		if (this.account?.id !== id) return;
		if (result.state === 'valid' && result.account.id === id) {
			this.account = result.account;
			this.expired = false;
			await saveSignedIn(result.account);
		} else if (result.state === 'expired') {
			this.expired = true;
			await markExpired();
		}
	}

	async signIn(username: string, password: string): Promise<SignInResult> {
		// Loaded when used: the start-up of every page only checks the session (checkSession.ts).
		const { signIn } = await import('./authApi');
		const result = await signIn(username, password);
		if (result.ok) await this.signedIn(result.account);
		return result;
	}

	/** Signed in (after the password, or the second factor): kept on the device for offline work. */
	async signedIn(account: Account): Promise<void> {
		// The start-up read of the stored account (made now if no page has asked for it yet) lands
		// first: landing after a sign-in or sign-out (a quick tap while a slow phone starts), it put
		// back who was there before (on a new device: nobody, so no copy of the home page was kept for
		// the one who signed in). Inlined here and in signOut: the start-up chunk is at its budget.
		await this.load().catch(() => {});
		ownHomeSnapshot(account.id);
		await saveSignedIn(account);
		this.account = account;
		this.expired = false;
		this.loaded = true;
	}

	async signOut(): Promise<void> {
		// As in signedIn.
		await this.load().catch(() => {});
		// First: closed mid-way (a slow link), the phone must not keep this person's list on show.
		ownHomeSnapshot('');
		try {
			const { signOut } = await import('./authApi');
			await signOut();
		} catch {
			// Whatever happened on the way to the server, the device forgets the account below.
		}
		await clearSignedIn();
		this.account = null;
		this.expired = false;
	}
}

export const session = new SessionState();
