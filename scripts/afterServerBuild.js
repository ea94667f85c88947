// @ts-check

/**
 * A Vite plugin that runs `handler` once build/ is complete: after SvelteKit's closeBundle, where
 * the adapter empties and writes build/ ('post' + sequential), and only for the server build
 * (SvelteKit's client and service-worker builds pass through closeBundle too).
 * @param {string} name
 * @param {(root: string) => void | Promise<void>} handler gets the project root
 * @returns {import('vite').Plugin}
 */
export function afterServerBuild(name, handler) {
	let ssr = false;
	let root = process.cwd();
	return {
		name,
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			root = config.root;
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				if (ssr) await handler(root);
			}
		}
	};
}
