/**
 * How many push transactions may hold a pool connection at once: all but a few, kept for everything
 * else. Without a cap, a hundred phones pushing at once take every connection and a supervisor's
 * queue read waits behind their whole backlog for one (7–12 s measured); with it, a read waits at
 * most for a connection another read is using. Pushes beyond the cap wait here, in order.
 */
export function writerSlots(poolSize: number, keptForReads = 2): <T>(work: () => Promise<T>) => Promise<T> {
	const slots = Math.max(1, poolSize - keptForReads);
	let busy = 0;
	const waiting: (() => void)[] = [];
	return async (work) => {
		if (busy >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
		else busy += 1;
		try {
			return await work();
		} finally {
			// The slot passes straight to the next waiter (busy stays the same), or is freed.
			const next = waiting.shift();
			if (next) next();
			else busy -= 1;
		}
	};
}
