import { SessionUserSchema as AccountSchema, type SessionUser as Account } from '$lib/domain/session';

/** 'valid' with the fresh account, 'expired' on 401, 'unknown' when the server cannot be reached. */
export async function checkSession(
	fetcher: typeof fetch = fetch
): Promise<{ state: 'valid'; account: Account } | { state: 'expired' } | { state: 'unknown' }> {
	try {
		const response = await fetcher('/api/auth/me', { headers: { accept: 'application/json' } });
		if (response.status === 401) return { state: 'expired' };
		if (!response.ok) return { state: 'unknown' };
		const body: unknown = await response.json();
		const user = typeof body === 'object' && body !== null && 'user' in body ? body.user : body;
		const parsed = AccountSchema.safeParse(user);
		return parsed.success ? { state: 'valid', account: parsed.data } : { state: 'unknown' };
	} catch {
		return { state: 'unknown' };
	}
}
