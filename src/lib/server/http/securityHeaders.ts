import { DEFAULT_TILE_URL } from '$lib/domain/appConfig';
import { completeCsp, parseCsp, serializeCsp, tileSource, type CspDirectives } from './csp';

/**
 * Headers on every response the SvelteKit server makes (pages, data, API). Files under build/client
 * and the prerendered shell are served by adapter-node before hooks run; the shell carries its
 * policy in a <meta> tag that SvelteKit writes from kit.csp at build time.
 *
 * Pages: SvelteKit's header from kit.csp (script-src with the nonce or hash of its start-up script,
 * style-src, worker-src …) completed with the directives that depend on this server: img-src and
 * connect-src name the map tile host of TILE_URL (tiles are <img>s; "download this area" fetches
 * them), and frame-ancestors, which a <meta> policy cannot carry.
 */
export function pageDirectives(tileUrl: string | undefined): CspDirectives {
	const tiles = tileSource(tileUrl?.trim() || DEFAULT_TILE_URL);
	const extra = tiles ? [tiles] : [];
	return new Map([
		['default-src', ["'self'"]],
		['script-src', ["'self'"]],
		['style-src', ["'self'", "'unsafe-inline'"]],
		['img-src', ["'self'", 'data:', 'blob:', ...extra]],
		['connect-src', ["'self'", ...extra]],
		['worker-src', ["'self'", 'blob:']],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
		['frame-ancestors', ["'none'"]]
	]);
}

/** JSON and photos are never documents to render: nothing may load from them, nobody may frame them. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * API answers (JSON, photos) get the short policy and no X-Frame-Options: frame-ancestors already
 * forbids framing in every browser the app runs in (X-Frame-Options only speaks to browsers older
 * than CSP 2, which cannot run the app), and these headers travel with every sync request.
 */
export function applySecurityHeaders(response: Response, api: boolean, directives: CspDirectives): Response {
	const headers = writableHeaders(response);
	const kitPolicy = headers.target.get('content-security-policy');
	const document = !api || isHtml(headers.target);
	headers.target.set('content-security-policy', document ? serializeCsp(completeCsp(parseCsp(kitPolicy ?? ''), directives)) : API_POLICY);
	headers.target.set('x-content-type-options', 'nosniff');
	if (document) headers.target.set('x-frame-options', 'DENY');
	else headers.target.delete('x-frame-options');
	// Other sites learn at most our origin, never a path (no inspection id leaks). Not no-referrer:
	// tile.openstreetmap.org requires browsers to send a Referer and blocks pages that mask it.
	headers.target.set('referrer-policy', 'strict-origin-when-cross-origin');
	return headers.response;
}

function isHtml(headers: Headers): boolean {
	return (headers.get('content-type') ?? '').startsWith('text/html');
}

/** Some responses (e.g. one passed through from fetch) have immutable headers: copy those once. */
function writableHeaders(response: Response): { response: Response; target: Headers } {
	try {
		response.headers.set('x-content-type-options', 'nosniff');
		return { response, target: response.headers };
	} catch {
		const copy = new Response(response.body, response);
		return { response: copy, target: copy.headers };
	}
}
