import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', 'build-*/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', 'data/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// The app is always served at the origin's root (the service worker's scope is "/"), so links
			// need no base path; resolve() everywhere would only add noise.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error'
		}
	},
	{
		// The domain is shared by browser and server: no framework, storage or network in it.
		files: ['src/lib/domain/**/*.ts', 'src/lib/content/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'], message: 'The domain stays framework-free.' },
						{ group: ['dexie', '$lib/client/*', '$lib/server/*', 'better-sqlite3', 'pg'], message: 'The domain has no storage.' }
					]
				}
			]
		}
	},
	{
		files: ['**/*.test.ts', 'tests/**/*.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				{ object: 'test', property: 'only', message: 'No focused tests in committed code.' },
				{ object: 'it', property: 'only', message: 'No focused tests in committed code.' },
				{ object: 'describe', property: 'only', message: 'No focused tests in committed code.' },
				{ object: 'test', property: 'skip', message: 'No skipped tests in committed code.' },
				{ object: 'it', property: 'skip', message: 'No skipped tests in committed code.' },
				{ object: 'describe', property: 'skip', message: 'No skipped tests in committed code.' }
			]
		}
	}
);
