import { describe, expect, it } from 'vitest';
import { isOwnPageElsewhere, isSameOriginRequest } from './origin';

const APP = 'https://vhcv.example.gov.vn';
const headers = (init: Record<string, string>) => new Headers(init);

describe('isSameOriginRequest', () => {
	it('decides by Origin when the browser sent one', () => {
		expect(isSameOriginRequest(headers({ origin: APP }), APP)).toBe(true);
		expect(isSameOriginRequest(headers({ origin: 'https://evil.example' }), APP)).toBe(false);
		// A forged Sec-Fetch-Site does not override a foreign Origin.
		expect(isSameOriginRequest(headers({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }), APP)).toBe(false);
		expect(isSameOriginRequest(headers({ origin: 'null' }), APP)).toBe(false);
	});

	it('falls back to Sec-Fetch-Site, and refuses a request with neither', () => {
		expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'same-origin' }), APP)).toBe(true);
		expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'cross-site' }), APP)).toBe(false);
		expect(isSameOriginRequest(headers({}), APP)).toBe(false);
	});
});

describe('isOwnPageElsewhere', () => {
	it('tells the app opened at another name of this server from a page of another site', () => {
		expect(isOwnPageElsewhere(new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }))).toBe(true);
		expect(isOwnPageElsewhere(new Headers({ origin: 'https://evil.example', host: 'localhost:3000' }))).toBe(false);
		expect(isOwnPageElsewhere(new Headers({ host: 'localhost:3000' }))).toBe(false);
		expect(isOwnPageElsewhere(new Headers({ origin: 'null', host: 'localhost:3000' }))).toBe(false);
	});
});
