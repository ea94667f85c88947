import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOME_SNAPSHOT_VERSION } from './homeSnapshot';
import { HOME_SNAPSHOT_KEY, HOME_SNAPSHOT_OWNER_KEY } from './bootSnapshot';
import { LOCALE_KEY } from '../i18n.svelte';

// app.html's inline script cannot import the modules: it names the keys and the version itself.
// The drawing, the hand-over to the app, the owner and the forgetting are walked in a browser
// (tests/e2e/home-snapshot.spec.ts).
describe('the copy of the home page drawn at start-up', () => {
	const shell = readFileSync(new URL('../../../app.html', import.meta.url), 'utf8');

	it('is read by app.html under the keys and version the home page and the session write', () => {
		expect(shell).toContain(`localStorage.getItem('${HOME_SNAPSHOT_KEY}')`);
		expect(shell).toContain(`localStorage.getItem('${HOME_SNAPSHOT_OWNER_KEY}')`);
		expect(shell).toContain(`snapshot.v !== ${HOME_SNAPSHOT_VERSION}`);
		expect(shell).toContain(`localStorage.getItem('${LOCALE_KEY}') === 'en'`);
	});

	it("is drawn only on the home page, only for the device's account, in its language and build", () => {
		expect(shell).toContain("if (location.pathname !== '/') return;");
		expect(shell).toContain(`snapshot.owner !== localStorage.getItem('${HOME_SNAPSHOT_OWNER_KEY}') || snapshot.lang !== lang || snapshot.css !== css.length`);
	});

	it('is drawn out of the document, in a closed shadow root', () => {
		expect(shell).toContain("attachShadow({ mode: 'closed' })");
	});
});
