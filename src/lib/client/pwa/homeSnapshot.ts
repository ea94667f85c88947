import { HOME_SNAPSHOT_KEY, HOME_SNAPSHOT_OWNER_KEY } from './bootSnapshot';

/**
 * The home page as the inspector last saw it, drawn by app.html's inline script at the next start,
 * before the application's JavaScript has arrived and run: on a slow phone that is about a second in
 * which the list of inspections is already there and its links work (plain links, which the service
 * worker serves offline). While the copy shows, the app renders hidden; the home page drops the copy
 * once its own list is drawn (`dropBootSnapshot`), so the two never show at once. Whose copy it is
 * lives in bootSnapshot.ts, which start-up code needs.
 *
 * Kept: the layout's header and `main` (their scoped classes, so the copy looks like the page), and
 * in it only the page's elements marked `data-snapshot`: the heading, the "new inspection" link and
 * the lists. The live states (offline-ready, sync, storage), which only the app knows, are marked
 * `data-snapshot="space"`: the copy keeps their place, empty, so the list does not jump
 * when the app's page replaces the copy (a tap aimed at it would land on what moved there). Buttons
 * are kept disabled, since nothing would answer them before the app starts.
 *
 * app.html draws only the elements and attributes a copy is made of (its allowlist: headings, text,
 * lists, links within the app, disabled buttons, a place's height): a part marked for the copy that
 * uses others (an image, an SVG icon) shows without them there.
 */

/** Version of what is stored: app.html draws no other, so an older copy is never drawn wrong. */
export const HOME_SNAPSHOT_VERSION = 1;

/** A list longer than this is not copied: the app draws it as before, nothing is lost. */
const HOME_SNAPSHOT_MAX_CHARS = 200_000;

interface HomeSnapshot {
	v: typeof HOME_SNAPSHOT_VERSION;
	/** The account whose list it is: app.html draws it only while that account is the device's. */
	owner: string;
	lang: string;
	/**
	 * Length of the shell's inlined stylesheet when it was kept: the copy's scoped class names are
	 * this build's, so after an update (another stylesheet) app.html does not draw it unstyled.
	 */
	css: number;
	html: string;
}

/** The shell's inlined start-up stylesheet (SvelteKit's inlineStyleThreshold), which styles the copy. */
function shellStylesheet(document: Document): string {
	return document.querySelector('head style')?.textContent ?? '';
}

function inert(element: Element): Element {
	const copy = element.cloneNode(true) as Element;
	for (const button of copy.querySelectorAll('button')) button.setAttribute('disabled', '');
	for (const field of copy.querySelectorAll('input, select, textarea, form, script')) field.remove();
	copy.removeAttribute('id');
	return copy;
}

/**
 * A live part's place: an empty block as tall as it is drawn now. Its own styles are in its page's
 * stylesheet, which the copy does not have, so a copy of it would not be as tall.
 */
function space(element: Element): Element {
	const block = element.ownerDocument.createElement('div');
	block.setAttribute('aria-hidden', 'true');
	block.setAttribute('style', `height: ${Math.round(element.getBoundingClientRect().height)}px`);
	return block;
}

/**
 * The copy of `document`'s page: the layout's header and `main#main`, the main holding only its
 * `[data-snapshot]` elements. Empty when the page has no such element.
 */
function snapshotHtml(document: Document): string {
	const main = document.getElementById('main');
	const parts = main ? [...main.querySelectorAll('[data-snapshot]')] : [];
	if (!main || !parts.some((part) => part.getAttribute('data-snapshot') !== 'space')) return '';
	const header = [...document.querySelectorAll('header')].find((h) => !main.contains(h));
	const copy = main.cloneNode(false) as Element;
	copy.removeAttribute('id');
	for (const part of parts) copy.append(part.getAttribute('data-snapshot') === 'space' ? space(part) : inert(part));
	return (header ? inert(header).outerHTML : '') + copy.outerHTML;
}

/**
 * Keep the page of `owner`'s list for the next start; too long a page (or no storage) forgets the old
 * copy instead. Does nothing once the page is gone (the inspector went on before this ran), or when
 * `owner` is no longer the device's account (a window left open for the last person): the last copy
 * stays, or none.
 */
export function saveHomeSnapshot(document: Document, owner: string, lang: string): void {
	try {
		if (localStorage.getItem(HOME_SNAPSHOT_OWNER_KEY) !== owner) return;
		const html = snapshotHtml(document);
		const css = shellStylesheet(document);
		// No page any more, or no inlined stylesheet to draw it with.
		if (html === '' || css === '') return;
		if (html.length > HOME_SNAPSHOT_MAX_CHARS) {
			localStorage.removeItem(HOME_SNAPSHOT_KEY);
			return;
		}
		const snapshot: HomeSnapshot = { v: HOME_SNAPSHOT_VERSION, owner, lang, css: css.length, html };
		localStorage.setItem(HOME_SNAPSHOT_KEY, JSON.stringify(snapshot));
	} catch {
		// Storage full or unavailable: the next start draws the usual "opening" line.
		try {
			localStorage.removeItem(HOME_SNAPSHOT_KEY);
		} catch {
			// Nothing kept, nothing to forget.
		}
	}
}

/**
 * The app's own page is drawn: remove the copy app.html drew, which shows the app again. Focus in
 * the copy (a keyboard or switch user who moved to one of its links while the app started) goes to
 * the same link in the app's page, not back to the top of the page.
 */
export function dropBootSnapshot(): void {
	const copy = document.querySelector('.boot.snapshot');
	if (!copy) return;
	// Still in the copy, or on the body where SvelteKit's start put it (its focus reset for a new
	// page, which runs before this page's list is drawn): nothing else has had the focus since.
	const active = document.activeElement;
	const focused = active === copy || active === document.body || active === null ? copy.getAttribute('data-focus') : null;
	copy.remove();
	if (!focused) return;
	const href = CSS.escape(focused);
	document.querySelector<HTMLElement>(`#main a[href="${href}"], header a[href="${href}"]`)?.focus();
}
