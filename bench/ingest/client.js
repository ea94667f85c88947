// The benchmark's HTTP client for timed pushes: node:http with keep-alive and pre-encoded bodies,
// so the client's own cost (fetch's streams machinery) weighs as little as possible on (b) and (c).
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * @param {string} url @param {Buffer} body @param {Record<string, string>} headers
 * @returns {Promise<any>} the parsed JSON answer (throws unless 2xx)
 */
export function postJson(url, body, headers) {
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
		req.on('error', reject);
		req.end(body);
	});
}

export function closeClient() {
	agent.destroy();
}
