// When a warm start's screens are drawn, timed inside the page. Playwright's `waitFor` polls the
// page at 0, 20, 50, 100, 100 ms and then every 500 ms: a screen drawn at 600 ms was reported at up
// to ~1.1 s, and a 150 ms target could not be told from 170 ms. Its polls (accessible names of the
// whole page at 4× CPU) also took main-thread time from the app. Here a MutationObserver notes the
// first moment each screen's sign is in the document, and the frame that draws it, and says so in a
// console message the bench waits for; then the bench checks the screen with Playwright's role
// locators, so what is timed is also what a person (and a test) finds.
//
// The page is not touched while it starts: any evaluation (even `waitForFunction`'s property read)
// first makes Playwright evaluate its own ~300 KB helper script in the page, which a trace showed
// as a 106 ms task at 4× CPU before the app's first module ran. A phone has no such script, so the
// bench waits for the console message (received over the DevTools protocol, nothing run in the page).

/**
 * What each screen shows once usable, as the bench's locators find it: all parts must be present.
 * `text` is matched against the element's text with spaces collapsed (`startsWith` for a prefix).
 * @typedef {{ selector: string, text?: string, startsWith?: string }} Sign
 * @type {Record<string, Sign[]>}
 */
export const READY_SIGNS = {
	// The home page as last seen, which app.html draws before the app starts (a closed shadow root the
	// probe cannot look into: the bench's setup made sure that copy lists the draft of "Sở Nội vụ").
	homeCopy: [{ selector: '.boot.snapshot' }],
	// The app's own home page with its list, a link to the draft of "Sở Nội vụ" (the copy gone).
	home: [{ selector: 'body:not(:has(.boot.snapshot)) #main a', text: 'Sở Nội vụ' }],
	// The draft form with the general step's fields.
	form: [
		{ selector: 'button', startsWith: 'Phần tiếp theo' },
		{ selector: 'h1, h2, h3, h4', startsWith: 'Ảnh chung' }
	],
	// The first checklist section with its item cards.
	section: [
		{ selector: '#section-heading', startsWith: '1.' },
		{ selector: 'main article' }
	],
	summary: [{ selector: 'h1, h2', startsWith: 'Tóm tắt kết quả kiểm tra' }],
	// The same-run reference (bench/ready/referencePhone.js): a minimal SvelteKit app's page, and the
	// page its link opens.
	referencePage: [{ selector: 'h1', text: 'Reference' }, { selector: 'a', text: 'Next page' }],
	referenceNext: [{ selector: 'h1', text: 'Next' }]
};

/**
 * Runs in the page before its own scripts (`context.addInitScript(installReadyProbe, READY_SIGNS)`).
 * When a screen's sign is drawn it logs `ready-probe <name> <at> <tapAt>`: `at` in ms on the page's
 * clock (from its navigation) of the frame that drew it, `tapAt` the last pointerdown, from which a
 * screen opened by a tap is timed. A tap forgets what was found, so each screen is timed from the
 * tap that opened it.
 * @param {Record<string, Sign[]>} signs
 */
export function installReadyProbe(signs) {
	/** @type {{ tapAt: number, seen: Record<string, number>, found: Record<string, number> }} */
	const state = { tapAt: 0, seen: {}, found: {} };
	addEventListener(
		'pointerdown',
		() => {
			state.tapAt = performance.now();
			state.seen = {};
			state.found = {};
		},
		true
	);
	/** @param {{ selector: string, text?: string, startsWith?: string }} sign */
	const present = (sign) => {
		for (const element of document.querySelectorAll(sign.selector)) {
			const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (sign.text !== undefined && !text.includes(sign.text)) continue;
			if (sign.startsWith !== undefined && !text.startsWith(sign.startsWith)) continue;
			return true;
		}
		return false;
	};
	const look = () => {
		for (const [name, parts] of Object.entries(signs)) {
			if (name in state.found || !parts.every(present)) continue;
			const found = performance.now();
			state.found[name] = found;
			const seen = state.seen;
			// The frame that paints it (rAF runs right before that frame's paint).
			requestAnimationFrame(() => {
				if (state.found[name] !== found) return;
				seen[name] = performance.now();
				console.debug(`ready-probe ${name} ${seen[name]} ${state.tapAt}`);
			});
		}
	};
	new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * The page's time to `name` since its navigation (`fromTap` false) or since the last tap, in ms.
 * Call it before the navigation or tap that opens the screen, and await it after.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @param {boolean} fromTap
 * @returns {Promise<number>}
 */
export async function readyTime(page, name, fromTap) {
	const message = await page.waitForEvent('console', { predicate: (m) => m.text().startsWith(`ready-probe ${name} `), timeout: 0 });
	const [at, tapAt] = message.text().split(' ').slice(2).map(Number);
	return at - (fromTap ? tapAt : 0);
}
