// A slow mobile link between the browser and the app server, for everything the browser sends:
// the pages AND the service worker. Chromium's CDP network emulation applies to the target it is
// sent to, and Playwright can only open CDP sessions on pages, so the service worker's install
// downloads (the very thing measured) would run unthrottled. This TCP relay on loopback throttles
// at the socket instead, with the same model as DevTools' emulation: every byte waits half the
// round-trip time in each direction (a request and its answer: one RTT), and the downlink and the
// uplink each carry one byte after another at their rate, shared by all connections. As in
// DevTools, a new connection costs no handshake round trip. It also counts the bytes it carries.
import { once } from 'node:events';
import { createServer, connect } from 'node:net';

/** Pieces small enough that several connections share the link instead of taking turns per 64 KB. */
const PIECE = 1460 * 4;

/**
 * @param {{ rttMs: number, downKbps: number, upKbps: number }} profile
 * @param {number} listenPort where the browser connects (the app's ORIGIN must name it)
 * @param {number} targetPort the app server on 127.0.0.1
 */
export async function startThrottledLink(profile, listenPort, targetPort) {
	const downlink = createLink(profile.downKbps, profile.rttMs / 2);
	const uplink = createLink(profile.upKbps, profile.rttMs / 2);
	/** @type {Set<import('node:net').Socket>} */
	const sockets = new Set();

	const server = createServer((client) => {
		const target = connect(targetPort, '127.0.0.1');
		sockets.add(client);
		sockets.add(target);
		const writeTo = (/** @type {import('node:net').Socket} */ socket) => (/** @type {Buffer | null} */ piece) => {
			if (socket.destroyed) return;
			if (piece) socket.write(piece);
			else socket.end();
		};
		client.on('data', (chunk) => uplink.send(client, chunk, writeTo(target)));
		target.on('data', (chunk) => downlink.send(client, chunk, writeTo(client)));
		// A close travels like data: after what was sent before it has arrived.
		client.on('end', () => uplink.send(client, null, writeTo(target)));
		target.on('end', () => downlink.send(client, null, writeTo(client)));
		for (const socket of [client, target]) {
			socket.on('error', () => {
				client.destroy();
				target.destroy();
			});
			socket.on('close', () => sockets.delete(socket));
		}
	});
	server.listen(listenPort, '127.0.0.1');
	await once(server, 'listening');

	return {
		/** Bytes carried down (to the browser) and up since the last call. */
		take() {
			const snapshot = { down: downlink.take(), up: uplink.take() };
			return snapshot;
		},
		/**
		 * What the bytes alone take on this link, the reference: one round trip, then every
		 * byte the browser received at the downlink's rate (the few KB sent up overlap with it).
		 */
		bytesAloneMs(/** @type {{ down: number, up: number }} */ bytes) {
			return profile.rttMs + (bytes.down * 8) / profile.downKbps;
		},
		async stop() {
			for (const socket of sockets) socket.destroy();
			server.close();
		}
	};
}

/**
 * One direction of the link. Each connection queues its pieces; a piece may leave half a round
 * trip after it was sent, and the link carries one piece at a time at its rate, taking the
 * connections in turn (as TCP flows share a bottleneck, and as DevTools shares its throughput
 * among requests), so a small answer is not stuck behind a large one on another connection.
 * @param {number} kbps @param {number} delayMs
 */
function createLink(kbps, delayMs) {
	/** @type {Map<object, { readyAt: number, piece: Buffer | null, deliver: (piece: Buffer | null) => void }[]>} */
	const queues = new Map();
	let busy = false;
	let carried = 0;
	/** @type {ReturnType<typeof setTimeout> | null} */
	let wake = null;

	function pump() {
		if (busy) return;
		const now = performance.now();
		let soonest = Infinity;
		// Round robin: the connection served last goes to the back (Map keeps insertion order).
		for (const [key, queue] of queues) {
			const head = queue[0];
			if (!head) {
				queues.delete(key);
				continue;
			}
			if (head.readyAt > now) {
				soonest = Math.min(soonest, head.readyAt);
				continue;
			}
			queue.shift();
			queues.delete(key);
			if (queue.length > 0) queues.set(key, queue);
			busy = true;
			const length = head.piece?.length ?? 0;
			carried += length;
			setTimeout(() => {
				busy = false;
				head.deliver(head.piece);
				pump();
			}, (length * 8) / kbps);
			return;
		}
		if (soonest < Infinity && wake === null) {
			wake = setTimeout(() => {
				wake = null;
				pump();
			}, soonest - now);
		}
	}

	return {
		/**
		 * @param {object} connection
		 * @param {Buffer | null} chunk null: the sender closed its side
		 * @param {(piece: Buffer | null) => void} deliver
		 */
		send(connection, chunk, deliver) {
			const readyAt = performance.now() + delayMs;
			const queue = queues.get(connection) ?? [];
			if (chunk === null) queue.push({ readyAt, piece: null, deliver });
			else for (let offset = 0; offset < chunk.length; offset += PIECE) queue.push({ readyAt, piece: chunk.subarray(offset, offset + PIECE), deliver });
			queues.set(connection, queue);
			pump();
		},
		take() {
			const value = carried;
			carried = 0;
			return value;
		}
	};
}
