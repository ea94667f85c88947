import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	preview: { port: 3000 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		// fake-indexeddb needs structuredClone; Dexie tests run under node.
		environment: 'node',
		env: { TZ: 'Asia/Ho_Chi_Minh' }
	}
});
