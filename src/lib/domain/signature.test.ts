import { describe, expect, it } from 'vitest';
import { fromBase64Url, generateSigningKey, importVerifyKey, signText, toBase64Url, verifyText } from './signature';

describe('device signatures', () => {
	it('verify the text signed with the key, and nothing else', async () => {
		const { privateKey, publicKey } = await generateSigningKey();
		const text = '{"format":"vhcv-inspection-manifest/2","inspector":{"name":"Nguyễn Văn An"}}';
		const signature = await signText(privateKey, text);
		expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
		const key = await importVerifyKey(publicKey);
		expect(await verifyText(key, text, signature)).toBe(true);
		// One character of the text changed: refused.
		expect(await verifyText(key, text.replace('An', 'Ân'), signature)).toBe(false);
		// Another device's key: refused.
		const other = await importVerifyKey((await generateSigningKey()).publicKey);
		expect(await verifyText(other, text, signature)).toBe(false);
		// A signature with one byte changed, or malformed: refused, never thrown.
		const bytes = fromBase64Url(signature);
		bytes[10] = (bytes[10] ?? 0) ^ 1;
		expect(await verifyText(key, text, toBase64Url(bytes))).toBe(false);
		expect(await verifyText(key, text, 'not a signature')).toBe(false);
	});

	it('keeps the private key non-extractable', async () => {
		const { privateKey } = await generateSigningKey();
		expect(privateKey.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('jwk', privateKey)).rejects.toThrow();
	});

	it('writes base64url as RFC 4648 does, both ways', () => {
		for (const length of [0, 1, 2, 3, 4, 5, 63, 64]) {
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
			const text = toBase64Url(bytes);
			expect(text).toBe(Buffer.from(bytes).toString('base64url'));
			expect([...fromBase64Url(text)]).toEqual([...bytes]);
		}
	});
});
