/**
 * Reads what is left of a request body and throws it away. A refused upload must still be read to
 * its end: with adapter-node, an unread or cancelled body leaves the socket paused or destroyed, and
 * the client sees a reset connection instead of the 401/403/413 it should act on (a sync engine
 * would retry a "network error" for ever). Nothing is kept, and adapter-node's BODY_SIZE_LIMIT
 * still bounds how much can arrive.
 */
export async function drainBody(request: Request): Promise<void> {
	if (!request.body || request.bodyUsed) return;
	try {
		const reader = request.body.getReader();
		for (;;) {
			const { done } = await reader.read();
			if (done) return;
		}
	} catch {
		// The client went away, or adapter-node's own limit ended the stream: nothing left to read.
	}
}
