// @ts-check
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const KIT_CLIENT = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const NAMESPACE_IMPORT = "import * as svelte from 'svelte';";

/**
 * Vite plugin: SvelteKit's client router imports Svelte as a namespace
 * (`import * as svelte from 'svelte'`) to read five functions (onMount, tick, untrack, settled,
 * fork). A namespace object holds every export, so the bundle kept all of Svelte's public API
 * whether used or not (createEventDispatcher, beforeUpdate/afterUpdate and the legacy code behind
 * them, createRawSnippet…): about 0.7 KB gzipped on every page. This turns that one import into
 * named imports of exactly the members the file reads, bound to a local `svelte` object, so the
 * rest is dropped and the router's code is otherwise untouched.
 *
 * It checks rather than guesses: the file is parsed, and only if every use of `svelte` is a plain
 * member read or a destructuring, and every member read is something Svelte exports, is the
 * import rewritten. Any other shape (a newer SvelteKit) leaves the file exactly as it is.
 * @returns {import('vite').Plugin}
 */
export function kitSvelteImports() {
	/** @type {Set<string> | null} */
	let svelteExports = null;
	return {
		name: 'vhcv:kit-svelte-imports',
		apply: 'build',
		transform(code, id) {
			if (!KIT_CLIENT.test(id) || !code.includes(NAMESPACE_IMPORT)) return null;
			svelteExports ??= clientExports();
			const names = memberNames(this.parse(code));
			if (!names || names.size === 0 || [...names].some((name) => !svelteExports?.has(name))) return null;
			const list = [...names].sort();
			const replacement =
				`import { ${list.map((n) => `${n} as __svelte_${n}`).join(', ')} } from 'svelte';\n` +
				`const svelte = { ${list.map((n) => `${n}: __svelte_${n}`).join(', ')} };`;
			return { code: code.replace(NAMESPACE_IMPORT, replacement), map: null };
		}
	};
}

/**
 * The members read from the `svelte` namespace (`svelte.tick`, `const { onMount } = svelte`), or
 * null when the namespace is used any other way (passed along, indexed, spread…).
 * @param {any} ast ESTree program
 * @returns {Set<string> | null}
 */
function memberNames(ast) {
	/** @type {Set<string>} */
	const names = new Set();
	let unknownUse = false;
	/** @param {any} node @param {any} parent */
	function visit(node, parent) {
		if (!node || typeof node.type !== 'string' || unknownUse) return;
		if (node.type === 'Identifier' && node.name === 'svelte') {
			if (parent?.type === 'ImportNamespaceSpecifier') return;
			if (parent?.type === 'MemberExpression' && parent.object === node && !parent.computed) {
				names.add(parent.property.name);
				return;
			}
			if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'ObjectPattern') {
				for (const property of parent.id.properties) {
					if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier') unknownUse = true;
					else names.add(property.key.name);
				}
				return;
			}
			// A property key or a member named `svelte` of something else is not the namespace.
			if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
			if (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return;
			unknownUse = true;
			return;
		}
		for (const key of Object.keys(node)) {
			if (key === 'parent') continue;
			const child = node[key];
			if (Array.isArray(child)) for (const item of child) visit(item, node);
			else if (child && typeof child === 'object') visit(child, node);
		}
	}
	visit(ast, null);
	return unknownUse ? null : names;
}

/** Names Svelte's browser entry exports (svelte/src/index-client.js), read from its source. */
function clientExports() {
	const root = dirname(createRequire(import.meta.url).resolve('svelte/package.json'));
	const source = readFileSync(join(root, 'src', 'index-client.js'), 'utf8');
	/** @type {Set<string>} */
	const names = new Set();
	for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let|class)\s+([A-Za-z_$][\w$]*)/g)) {
		if (match[1]) names.add(match[1]);
	}
	for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
		for (const part of (match[1] ?? '').split(',')) {
			const exported = part.split(/\s+as\s+/).pop()?.trim();
			if (exported) names.add(exported);
		}
	}
	return names;
}
