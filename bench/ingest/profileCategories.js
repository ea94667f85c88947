// What a CPU profile frame of the built server belongs to, for bench/ingest/profile.js. The build
// keeps function names, and its chunks are named after a source module (SqliteStore.js holds the
// SQLite store's files), so a frame is told by "chunk function". The innermost frame that has a
// category decides: node's own frames (crypto, zlib, buffer) and helpers shared by several parts
// (sha256Hex) take the category of the code that called them.

/** [test on "chunk function", category]: first match wins. */
const RULES = /** @type {[RegExp, string][]} */ ([
	[/^ \(idle\)$/, 'idle'],
	[/^ \(garbage collector\)$/, 'gc'],
	[/^ \(program\)$/, 'other (program)'],
	// The bare baseline server (bench/ingest/bareServer.js and schema.js).
	[/^bareServer\.js |^schema\.js (rawRow|insertBatch)$/, 'bare: handler (utf-8, JSON.parse, content + hash)'],
	[/^hooks\.server\.js |^\S+ (currentUser|validateSession|getSession|touchSession|renewSession|applySecurityHeaders|normalizeApiError|drainBody|isSameOriginRequest|isStateChanging|bodyLimitFor|appOrigin)$/, 'hooks: session, origin, headers'],
	[/^\S+ (readBytes|readCapped|inflate|concat)$|^node:zlib /, 'body: read + gunzip'],
	[/^\S+ readJson$/, 'body: utf-8 check + JSON.parse'],
	[/^<eval> |^\S* RegExp: |^(compile|schemas|parse)\.js /, 'schema: Zod validation'],
	[/^\S+ (submissionFromItem|sealedManifest|sortedManifest|sortedLocation|jsonNumber|canSubmitAs|storedContent)$/, 'manifest rebuild + SHA-256 + owner'],
	[/^\S+ (catalogIndex|hasAgency|hasTemplate)$/, 'catalog lookups'],
	[/^\S+ (prepareSubmission|canonicalJson|sortedCopy|canonicalSlow)$/, 'store: content JSON + hash'],
	[/^\S+ (deriveRevision|tallyAnswers|vietnamDate|assessLocation|headValues|totalsValues|replace|deltas|#add|remember|locationOf)$|^(SqliteStore|scoring|deriveRevision|dates|locationFlags|geo)\.js (add|finish|get)$|^(scoring|deriveRevision|dates|locationFlags|geo)\.js /, 'store: derived rows'],
	[/^(SqliteStore\.js|transaction\.js|wrappers\.js) |^\S+ (putSubmissions|decideSubmission|rememberInsert|factsFor)$/, 'store: transaction (statements, commit)'],
	[/^\S+ (POST|pushInspections|toResult|rejected|storeAll|jsonResponse|respond|acceptsGzip)$/, 'endpoint: results + response'],
	[/^(handler|index|internal|shared|exports)\.js |^undici |^readablestream |^webstreams |^node:_http|^node:net |^node:events |^node:stream|^node:internal\/(streams|stream_base|http|async_hooks|abort|process|webstreams|url)|^node:async_hooks /, 'http: node + SvelteKit (request, response)']
]);

/** The frame's file without directories or the build's content hash ("SqliteStore.js", "node:zlib"). @param {{ url: string, lineNumber: number }} frame */
export function sourceOf(frame) {
	// Code made by new Function (Zod's compiled validators) has no url but does have lines.
	if (frame.url === '') return frame.lineNumber >= 0 ? '<eval>' : '';
	if (frame.url.startsWith('node:')) return frame.url.startsWith('node:internal/deps/undici') ? 'undici' : frame.url;
	const base = frame.url.split('/').pop() ?? '';
	return base.replace(/-[\w-]{8}\.js$/, '').replace(/\.ts\.js$|\.js\.js$/, '.js').replace(/\.js$/, '.js');
}

/** @param {{ functionName: string, url: string, lineNumber: number }} frame @returns {string | null} */
export function categoryOf(frame) {
	const key = `${sourceOf(frame)} ${frame.functionName}`;
	for (const [test, category] of RULES) if (test.test(key)) return category;
	return null;
}
