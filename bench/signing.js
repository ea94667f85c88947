// The cost of signed records (issue 12): on the phone, sealing a finalized inspection now hashes AND
// signs its manifest; on the server, every pushed record is parsed, checked canonical and verified
// against its device key. Reference, same run, same records: SHA-256 of the same text (what sealing
// cost before signing). Records are the ingest benchmark's (the full 57-item checklist answered,
// ~5 KB of canonical JSON, ingest/records.js), built with the app's own manifest builder.
// Reported per record: median and p95 of
//   hash          crypto.subtle.digest of the text (the reference);
//   hash + sign   the phone's seal (sealInspection.ts): digest, then ECDSA P-256 sign with WebCrypto;
//   verify        the phone-side check (domain/signature.ts verifyText: crypto.subtle), for reference;
//   server verify the server's check (deviceSignatures.ts verifyWithDevice: node:crypto, key cached);
//   read+verify   readRecord (JSON.parse, the shared schema compiled, canonical check, SHA-256) + the
//                 server's verify, per record of a push (the server code path, from build/operations.js).
// Phone figures are these times ×4, the CPU slowdown the bundle and photo benchmarks use for a
// low-end phone (WebCrypto's ECDSA is native code in both Node and Chromium).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuild, percentile } from './dataset.js';
import { recordFactory } from './ingest/records.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = process.env.BUILD_OUT ?? 'build';
const RECORDS = 400;
const PHONE_SLOWDOWN = 4;

async function main() {
	ensureBuild(root, buildDir);
	const ops = await import(pathToFileURL(join(root, buildDir, 'operations.js')).href);
	const template = ops.publishedTemplates.find((/** @type {any} */ t) => t.id === 'van-hoa-cong-vu');
	const pair = /** @type {CryptoKeyPair} */ (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']));
	const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
	const verifyKey = await ops.importVerifyKey({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y });
	// The device row the server would hold for this key (its public key as canonical JWK text).
	const device = { id: crypto.randomUUID(), userId: 'bench-inspector', publicKey: JSON.stringify({ crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y }), revokedAt: null };
	const make = recordFactory(ops, template, { id: 'bench-inspector', name: 'Nguyễn Văn An' }, 'so-noi-vu', { deviceId: crypto.randomUUID(), sign: () => '' });
	const texts = Array.from({ length: RECORDS }, () => make().manifest);
	const signatures = await Promise.all(texts.map((text) => ops.signText(pair.privateKey, text)));

	/** @type {Record<string, number[]>} */
	const times = { hash: [], sign: [], verify: [], serverVerify: [], readVerify: [] };
	for (let round = 0; round < 3; round++) {
		for (const [i, text] of texts.entries()) {
			const signature = /** @type {string} */ (signatures[i]);
			let t = performance.now();
			await ops.sha256Hex(text);
			if (round > 0) times.hash?.push(performance.now() - t);
			t = performance.now();
			await ops.sha256Hex(text);
			await ops.signText(pair.privateKey, text);
			if (round > 0) times.sign?.push(performance.now() - t);
			t = performance.now();
			if (!(await ops.verifyText(verifyKey, text, signature))) throw new Error('signature did not verify');
			if (round > 0) times.verify?.push(performance.now() - t);
			t = performance.now();
			if (!ops.verifyWithDevice(device, text, signature)) throw new Error('server did not verify');
			if (round > 0) times.serverVerify?.push(performance.now() - t);
			t = performance.now();
			const read = ops.readRecord(text);
			if (!read.ok || !ops.verifyWithDevice(device, read.text, signature)) throw new Error('record refused');
			if (round > 0) times.readVerify?.push(performance.now() - t);
		}
	}
	const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length;
	const hashP50 = percentile(times.hash ?? [], 50);
	const rows = Object.entries(times).map(([name, values]) => {
		const p50 = percentile(values, 50);
		return { name, p50, p95: percentile(values, 95), ratio: p50 / hashP50, phone: p50 * PHONE_SLOWDOWN };
	});
	const label = {
		hash: 'hash (reference)',
		sign: 'hash + sign (phone seal)',
		verify: 'verify (WebCrypto, as the phone)',
		serverVerify: 'verify (server, node:crypto)',
		readVerify: 'read + verify (server, per pushed record)'
	};
	console.log(`\nSigned records: ${RECORDS} manifests of ${(bytes / 1024).toFixed(1)} KB, 2 measured rounds`);
	console.log(`${'step'.padEnd(44)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'× hash'.padStart(9)}${'phone ms'.padStart(10)}`);
	for (const r of rows) {
		console.log(
			`${(label[/** @type {keyof typeof label} */ (r.name)] ?? r.name).padEnd(44)}${r.p50.toFixed(3).padStart(9)}${r.p95.toFixed(3).padStart(9)}${r.ratio.toFixed(1).padStart(9)}${r.phone.toFixed(2).padStart(10)}`
		);
	}
	const batch = (rows.find((r) => r.name === 'readVerify')?.p50 ?? 0) * 50;
	console.log(`A push of 50 records spends ${batch.toFixed(1)} ms reading and verifying them on one core.`);
	mkdirSync(join(root, 'bench', 'results'), { recursive: true });
	writeFileSync(join(root, 'bench', 'results', 'signing.json'), JSON.stringify({ records: RECORDS, manifestBytes: Math.round(bytes), rows, batchOf50Ms: batch }, null, 2));
	console.log('Written bench/results/signing.json');
}

await main();
