import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A 256×256 single-colour PNG (RGB, 8 bit), made here so the tests need no image files. */
export function solidPng(r: number, g: number, b: number, size = 256): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // colour type: RGB
	const row = Buffer.alloc(1 + size * 3); // filter byte 0, then pixels
	for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
	const raw = Buffer.concat(Array.from({ length: size }, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const TILE = /^\/(\d+)\/(\d+)\/(\d+)\.png$/;

/**
 * A local tile server for the browser tests: any /{z}/{x}/{y}.png gets the same small PNG, with
 * CORS (as tile.openstreetmap.org sends) so the app's worker may cache it. It counts what it served
 * and can be stopped and started again on the same port (the tile URL stays the same).
 */
export class TileServer {
	readonly requests: string[] = [];
	#server: Server | null = null;
	#port = 0;
	readonly #png = solidPng(0xcf, 0xe3, 0xc4);

	static async start(): Promise<TileServer> {
		const tiles = new TileServer();
		await tiles.start();
		return tiles;
	}

	get port(): number {
		return this.#port;
	}

	/** The Leaflet URL template, for TILE_URL. */
	get urlTemplate(): string {
		return `http://127.0.0.1:${this.#port}/{z}/{x}/{y}.png`;
	}

	get tilesServed(): number {
		return this.requests.length;
	}

	async start(): Promise<void> {
		if (this.#server) return;
		const server = createServer((request, response) => {
			const path = new URL(request.url ?? '/', 'http://tiles').pathname;
			if (!TILE.test(path)) {
				response.writeHead(404, { 'access-control-allow-origin': '*' }).end();
				return;
			}
			this.requests.push(path);
			response
				.writeHead(200, {
					'content-type': 'image/png',
					'content-length': String(this.#png.length),
					'access-control-allow-origin': '*',
					// Never from the browser's HTTP cache: a tile shown offline must come from the app's worker.
					'cache-control': 'no-store'
				})
				.end(this.#png);
		});
		server.listen(this.#port, '127.0.0.1');
		await once(server, 'listening');
		const address = server.address();
		if (address === null || typeof address === 'string') throw new Error('No TCP port for the tile server');
		this.#port = address.port;
		this.#server = server;
	}

	async stop(): Promise<void> {
		const server = this.#server;
		if (!server) return;
		this.#server = null;
		server.closeAllConnections();
		server.close();
		await once(server, 'close');
	}
}
