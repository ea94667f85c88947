// A counting proxy (node:http on loopback) between the benchmark's "device" and the app server.
// It counts the requests it forwards and, exactly, the bytes on the device's side of the wire
// (every byte its sockets read and wrote: request and status lines, headers, bodies, framing).
import { once } from 'node:events';
import { Agent, createServer, request } from 'node:http';

/** @param {string} target origin of the app server */
export async function startCountingProxy(target) {
	const upstream = new URL(target);
	const agent = new Agent({ keepAlive: true });
	/** @type {Map<import('node:net').Socket, number>} bytes of each socket already counted */
	const sockets = new Map();
	let requests = 0;
	let closedBytes = 0;

	const server = createServer((req, res) => {
		requests++;
		const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent }, (up) => {
			res.writeHead(up.statusCode ?? 502, up.rawHeaders);
			up.pipe(res);
		});
		req.pipe(out);
	});
	server.on('connection', (socket) => {
		sockets.set(socket, 0);
		socket.on('close', () => {
			closedBytes += socket.bytesRead + socket.bytesWritten - (sockets.get(socket) ?? 0);
			sockets.delete(socket);
		});
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;

	return {
		origin: `http://127.0.0.1:${port}`,
		/** Requests and wire bytes since the last call. */
		take() {
			let bytes = closedBytes;
			for (const [socket, counted] of sockets) {
				const now = socket.bytesRead + socket.bytesWritten;
				bytes += now - counted;
				sockets.set(socket, now);
			}
			const snapshot = { requests, bytes };
			requests = 0;
			closedBytes = 0;
			return snapshot;
		},
		async stop() {
			server.closeAllConnections();
			server.close();
			agent.destroy();
		}
	};
}
