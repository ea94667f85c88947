// The benchmark's HTTP client for timed pushes: node:http with keep-alive and pre-encoded bodies,
// so the client's own cost (fetch's streams machinery) weighs as little as possible on (b) and (c).
// Also the "device" of the bytes-on-the-wire measurement: it sends only the headers the app's own
// requests carry (content type, accept, content encoding, and the cookie and origin a browser adds),
// not the dozen a particular HTTP library or browser adds of its own accord, which we cannot change.
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * @param {string} url @param {Buffer} body @param {Record<string, string>} headers
 * @returns {Promise<any>} the parsed JSON answer (throws unless 2xx)
 */
export async function postJson(url, body, headers) {
	try {
		return await send(url, body, headers);
	} catch (error) {
		// A kept-alive socket the server closed for idleness (5 s) just as it was reused: the request
		// never reached the server, so it is sent again on a new socket (Node's documented remedy).
		if (/** @type {any} */ (error).reusedSocket && /** @type {any} */ (error).code === 'ECONNRESET') return send(url, body, headers);
		throw error;
	}
}

/** @param {string} url @param {Buffer} body @param {Record<string, string>} headers @returns {Promise<any>} */
function send(url, body, headers) {
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{ method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.byteLength, ...headers } },
			(res) => {
				/** @type {Buffer[]} */
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					if ((res.statusCode ?? 500) >= 300) reject(new Error(`${url}: ${res.statusCode} ${text.slice(0, 300)}`));
					else resolve(JSON.parse(text));
				});
				res.on('error', reject);
			}
		);
		req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
		req.end(body);
	});
}

/**
 * One request as the device makes it; resolves with the status and the body.
 * @param {string} url @param {{ method: string, body?: Uint8Array, headers: Record<string, string> }} init
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
export function exchange(url, init) {
	return new Promise((resolve, reject) => {
		const headers = init.body ? { ...init.headers, 'content-length': String(init.body.byteLength) } : init.headers;
		const req = request(url, { method: init.method, agent, headers }, (res) => {
			/** @type {Buffer[]} */
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(init.body);
	});
}

export function closeClient() {
	agent.destroy();
}
