import { JSON_HEADERS } from './syncApi';

/**
 * Below this a gzip header and trailer, and setting up the stream, cost more than they save.
 * A finalized inspection is 5–8 KB of JSON, so every push is above it.
 */
const GZIP_FROM_BYTES = 1024;

export interface EncodedBody {
	body: BodyInit;
	headers: Record<string, string>;
	/** What goes on the wire, for the progress bar. */
	bytes: number;
}

/**
 * A JSON request body as the weak connection should carry it: gzipped (a checklist's JSON shrinks
 * to about a quarter; the server accepts `Content-Encoding: gzip` on the push, with its size cap
 * applied to the inflated body). Browsers without CompressionStream (Safari before 16.4) send it
 * as it is, which the server takes the same.
 */
export async function encodeJsonBody(value: unknown): Promise<EncodedBody> {
	const plain = new TextEncoder().encode(JSON.stringify(value));
	if (plain.byteLength >= GZIP_FROM_BYTES && typeof CompressionStream === 'function') {
		try {
			const stream = new Blob([plain]).stream().pipeThrough(new CompressionStream('gzip'));
			const gzipped = await new Response(stream).arrayBuffer();
			return { body: gzipped, headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' }, bytes: gzipped.byteLength };
		} catch {
			// A browser whose stream fails here still sends: plainly, as below.
		}
	}
	return { body: plain, headers: JSON_HEADERS, bytes: plain.byteLength };
}
