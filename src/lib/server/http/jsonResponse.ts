import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Below this a gzip header and trailer cost more than they save. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * Up to this size the body is compressed on the request's own thread: a push batch's results
 * (≈ 7 KB for 50) take about 0.1 ms, less than the round trip through the thread pool that the
 * asynchronous gzip makes. Larger bodies (the catalog, a long pull) still go to the pool.
 */
const SYNC_COMPRESS_BYTES = 64 * 1024;

/**
 * JSON, gzipped when the client accepts it and the body is worth it. adapter-node compresses only
 * the static files it serves; the catalog (≈100 KB) and push results are compressed here, since
 * inspectors sync over poor mobile connections where every byte is time.
 */
export async function jsonResponse(request: Request, data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Promise<Response> {
	const body = Buffer.from(JSON.stringify(data));
	// A length instead of chunked framing: fewer bytes on the wire for the many small answers.
	const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(body.byteLength), ...init.headers };
	// A small body is the same whatever the client accepts, so it varies on nothing; a large one does.
	if (body.byteLength < MIN_COMPRESS_BYTES) return new Response(body, { status: init.status ?? 200, headers });
	headers.vary = 'accept-encoding';
	if (!acceptsGzip(request.headers.get('accept-encoding'))) return new Response(body, { status: init.status ?? 200, headers });
	const compressed = body.byteLength <= SYNC_COMPRESS_BYTES ? gzipSync(body) : await gzipAsync(body);
	return new Response(compressed, {
		status: init.status ?? 200,
		headers: { ...headers, 'content-encoding': 'gzip', 'content-length': String(compressed.byteLength) }
	});
}

/** `gzip` listed without q=0 (a bare `*` counts too). */
export function acceptsGzip(header: string | null): boolean {
	if (!header) return false;
	return header.split(',').some((part) => {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') return false;
		return !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p));
	});
}
