import { describe, expect, it } from 'vitest';
import { completeCsp, parseCsp, serializeCsp, tileSource } from './csp';
import { pageDirectives } from './securityHeaders';

describe('Content-Security-Policy', () => {
	it('turns a tile template into a CSP source, {s} subdomains as a wildcard', () => {
		expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
		expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png')).toBe('https://*.tile.example.org');
		expect(tileSource('http://127.0.0.1:4123/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:4123');
		expect(tileSource('javascript:alert(1)')).toBeNull();
	});

	it("completes SvelteKit's page policy without touching its script-src nonce", () => {
		const kit = "script-src 'self' 'nonce-abc'; style-src 'self' 'unsafe-inline'";
		const policy = serializeCsp(completeCsp(parseCsp(kit), pageDirectives('https://tiles.example.vn/{z}/{x}/{y}.png')));
		expect(policy).toContain("script-src 'self' 'nonce-abc';");
		expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.vn;");
		expect(policy).toContain("connect-src 'self' https://tiles.example.vn;");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy.match(/script-src/g)).toHaveLength(1);
	});

	it('falls back to the OpenStreetMap default when TILE_URL is unset', () => {
		expect(pageDirectives(undefined).get('img-src')).toContain('https://tile.openstreetmap.org');
	});
});
