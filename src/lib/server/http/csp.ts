/**
 * Content-Security-Policy as directive → sources, so the policy SvelteKit writes for a page (with the
 * hash or nonce of its inline start-up script, from kit.csp in svelte.config.js) can be completed here
 * with what depends on the running server: the map tile host comes from TILE_URL at run time.
 */
export type CspDirectives = Map<string, string[]>;

export function parseCsp(header: string): CspDirectives {
	const directives: CspDirectives = new Map();
	for (const part of header.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		// The first occurrence of a directive is the one browsers apply.
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

export function serializeCsp(directives: CspDirectives): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Adds each directive of `extra` that `base` lacks; directives `base` already has are kept as they are. */
export function completeCsp(base: CspDirectives, extra: CspDirectives): CspDirectives {
	const merged: CspDirectives = new Map(base);
	for (const [name, sources] of extra) if (!merged.has(name)) merged.set(name, sources);
	return merged;
}

/**
 * The CSP source for a Leaflet tile template: its origin, with a `{s}` subdomain as a wildcard
 * (https://{s}.tile.example.org/… → https://*.tile.example.org). Null when it is not an http(s) URL.
 */
export function tileSource(template: string): string | null {
	const wildcard = template.includes('{s}');
	let url: URL;
	try {
		url = new URL(template.replaceAll('{s}', 'a').replace(/\{[a-z]\}/g, '0'));
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	// Subdomains ({s}) vary the first label: allow any first label of the same parent domain.
	const labels = url.hostname.split('.');
	const host = wildcard && labels.length > 2 ? ['*', ...labels.slice(1)].join('.') : url.hostname;
	return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`;
}
