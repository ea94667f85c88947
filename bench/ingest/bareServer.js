// Baseline (b): bare node:http + the raw insert. Parses the same push body the real endpoint gets
// (inflated first when it comes gzipped, as the phone sends it), stores each item as received with the store's durability settings, one transaction per request, and
// answers one result per item. No validation, session, origin check or idempotency: the floor.
//   node bench/ingest/bareServer.js <database file>   (prints the port once listening)
import { createServer } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { openRawDatabase, rawRow } from './schema.js';

const db = openRawDatabase(process.argv[2] ?? 'bare.sqlite');

const server = createServer((req, res) => {
	/** @type {Buffer[]} */
	const chunks = [];
	req.on('data', (chunk) => chunks.push(chunk));
	req.on('end', () => {
		const received = Buffer.concat(chunks);
		const { items } = JSON.parse((req.headers['content-encoding'] === 'gzip' ? gunzipSync(received) : received).toString('utf8'));
		const rows = items.map((/** @type {any} */ item) => rawRow(item, JSON.stringify(item)));
		db.insertBatch(rows);
		const body = JSON.stringify({ results: rows.map((/** @type {any} */ row) => ({ id: row.inspectionId, outcome: 'created' })) });
		res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
		res.end(body);
	});
});

server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(typeof address === 'object' && address ? address.port : 0);
});

process.on('SIGTERM', () => {
	server.close();
	db.close();
	process.exit(0);
});
