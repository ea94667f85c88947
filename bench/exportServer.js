// The server side of bench/export.js, in a process of its own so its memory is the export's alone:
// the store and the very exportFile() the /api/export endpoint calls, behind node:http with the same
// backpressure as SvelteKit's adapter (a web ReadableStream piped to the socket). Answers
//   GET /export/<file>?<filters>  the export, streamed
//   GET /probe                    one page of the review queue (a supervisor's ordinary request)
//   GET /stats                    RSS now and at its peak, the event loop's longest stall, and resets them
// Usage: node bench/exportServer.js <build dir> <sqlite file | postgres URL> <port>
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildDir, database, port] = process.argv.slice(2);
const ops = await import(pathToFileURL(resolve(buildDir, 'operations.js')).href);
const store = database.startsWith('postgres')
	? await ops.openPostgresStore({ connectionString: database })
	: ops.openSqliteStore({ file: database, photoDir: join(database, '..', 'photos') });
const now = new Date().toISOString();
const admin = { id: 'bench-admin', username: 'admin', displayName: 'Admin', role: 'admin', jurisdictionId: null, disabled: false, createdAt: now, updatedAt: now };

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
let peakRss = process.memoryUsage().rss;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10).unref();

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	try {
		if (url.pathname === '/probe') {
			const page = await ops.reviewQueue(store, admin, {});
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ total: page.total }));
		} else if (url.pathname === '/stats') {
			const rss = process.memoryUsage().rss;
			peakRss = Math.max(peakRss, rss);
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rss, peakRss, maxStallMs: loop.max / 1e6 }));
			loop.reset();
			peakRss = rss;
		} else if (url.pathname.startsWith('/export/')) {
			const query = Object.fromEntries(url.searchParams);
			const response = await ops.exportFile(store, admin, url.pathname.slice('/export/'.length), query);
			res.writeHead(response.status, Object.fromEntries(response.headers));
			const body = Readable.fromWeb(response.body);
			res.on('close', () => body.destroy());
			body.pipe(res);
		} else res.writeHead(404).end();
	} catch (error) {
		res.writeHead(500).end(String(error));
	}
});
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => store.close().then(() => process.exit(0))));
