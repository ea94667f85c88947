import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { canonicalJson } from '$lib/domain/canonicalJson';
import type { Store } from '../store/Store';

/**
 * Signs made-up records (the demo history, the benchmarks' datasets) the way a phone signs real ones:
 * an ECDSA P-256 key registered as a device of the made-up inspector, the signature in WebCrypto's
 * r‖s form. Node's synchronous `sign` keeps generation fast; the result verifies with the same code
 * as a phone's (domain/signature.ts), and `npm run verify` checks it like any record.
 */
export interface RecordSigner {
	deviceId: string;
	sign(text: string): string;
}

export async function registerSeedSigner(store: Store, userId: string, now: Date, label = 'Dữ liệu mẫu (tạo trên máy chủ)'): Promise<RecordSigner> {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const jwk = publicKey.export({ format: 'jwk' });
	const deviceId = randomUUID();
	await store.registerDevice({ id: deviceId, userId, publicKey: canonicalJson({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }), label }, now);
	return signerOf(deviceId, privateKey);
}

function signerOf(deviceId: string, key: KeyObject): RecordSigner {
	return { deviceId, sign: (text) => sign('sha256', Buffer.from(text, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url') };
}
