import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOME_SNAPSHOT_VERSION } from './homeSnapshot';
import { HOME_SNAPSHOT_KEY } from './homeSnapshotKey';

// app.html's inline script cannot import the module: it names the key and the version itself.
// The drawing, the hand-over to the app and the forgetting are walked in a browser
// (tests/e2e/home-snapshot.spec.ts).
describe('the copy of the home page drawn at start-up', () => {
	const shell = readFileSync(new URL('../../../app.html', import.meta.url), 'utf8');

	it('is read by app.html under the key and version the home page writes', () => {
		expect(shell).toContain(`localStorage.getItem('${HOME_SNAPSHOT_KEY}')`);
		expect(shell).toContain(`snapshot.v !== ${HOME_SNAPSHOT_VERSION}`);
	});

	it('is drawn only on the home page, out of the document (a closed shadow root)', () => {
		expect(shell).toContain("if (location.pathname !== '/') return;");
		expect(shell).toContain("attachShadow({ mode: 'closed' })");
	});
});
