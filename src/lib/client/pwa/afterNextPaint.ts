/**
 * Runs `work` once the browser has drawn the next frame (the task after its animation frame), and
 * returns a function that cancels it. For a page's long lists below the first screen: the frame a
 * tap waits for shows the page without them, and they follow one frame later.
 * A module of its own: whenIdle.ts is start-up code, loaded by every page.
 */
export function afterNextPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
