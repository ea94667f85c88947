// @ts-check
import { resolve } from 'node:path';
import { build } from 'vite';
import { afterServerBuild } from './afterServerBuild.js';

/**
 * Vite plugin: after SvelteKit's adapter has written build/, compiles src/lib/server/seed/operations.ts
 * into build/operations.js. Node scripts outside the server (`npm run user`, the seeding step of
 * `npm start`) import that file, so they run the same TypeScript as the server on an install that has
 * only build/ and the production dependencies: no sources, no TypeScript loader, no dev tooling.
 * Dependencies stay external (better-sqlite3, pg, zod are production dependencies).
 * @returns {import('vite').Plugin}
 */
export function operationsBundle() {
	return afterServerBuild('vhcv:operations-bundle', async (root) => {
		await build({
			configFile: false,
			root,
			logLevel: 'warn',
			resolve: { alias: { $lib: resolve(root, 'src/lib') } },
			build: {
				ssr: resolve(root, 'src/lib/server/seed/operations.ts'),
				outDir: resolve(root, process.env.BUILD_OUT ?? 'build'),
				emptyOutDir: false,
				target: 'node20',
				minify: false,
				sourcemap: true,
				rolldownOptions: {
					output: { format: 'es', entryFileNames: 'operations.js', chunkFileNames: 'operations/[name]-[hash].js' }
				}
			}
		});
	});
}
