/**
 * Where to go after signing in: only paths inside the app. A crafted ?next= (another site, a
 * protocol-relative `//host`, a backslash some browsers read as a slash) must not send the
 * inspector elsewhere. Used by the page and by its form actions.
 */
export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
	return next;
}
