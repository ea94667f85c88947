/**
 * Delay before the next automatic attempt after `failures` failures in a row: exponential from
 * 5 s up to 10 min, with "equal jitter" so phones that lost signal together do not retry together.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
	const base = Math.min(5_000 * 2 ** Math.max(0, failures - 1), 600_000);
	return Math.round(base / 2 + random() * (base / 2));
}
