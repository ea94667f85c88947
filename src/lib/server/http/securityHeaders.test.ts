import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, pageDirectives } from './securityHeaders';

const directives = pageDirectives(undefined);
const json = () => new Response('{}', { headers: { 'content-type': 'application/json' } });
const html = () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'self' 'nonce-abc'" } });

describe('applySecurityHeaders', () => {
	it('gives pages the full policy, framing refused both ways, no sniffing and the referrer policy', () => {
		const headers = applySecurityHeaders(html(), false, directives).headers;
		expect(headers.get('content-security-policy')).toContain("script-src 'self' 'nonce-abc'");
		expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('gives API answers the short policy (nothing loads, nobody frames) and leaves out X-Frame-Options', () => {
		const headers = applySecurityHeaders(json(), true, directives).headers;
		expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
		expect(headers.get('x-frame-options')).toBeNull();
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('treats an HTML answer under /api/ as a page', () => {
		expect(applySecurityHeaders(html(), true, directives).headers.get('x-frame-options')).toBe('DENY');
	});
});
