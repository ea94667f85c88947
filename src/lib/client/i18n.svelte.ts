import type { Locale, LocalizedText } from '$lib/domain/localized';

// Read by app.html's inline script too (the copy of the home page is drawn only in this language).
export const LOCALE_KEY = 'vhcv.locale';

function initialLocale(): Locale {
	try {
		return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'vi';
	} catch {
		// Storage can be unavailable (private mode, tests in node): Vietnamese is the default.
		return 'vi';
	}
}

/** The interface language: Vietnamese first, English on request, remembered on the device. */
class LocaleState {
	#current = $state<Locale>(initialLocale());

	get current(): Locale {
		return this.#current;
	}

	set(next: Locale): void {
		this.#current = next;
		try {
			localStorage.setItem(LOCALE_KEY, next);
		} catch {
			// Not remembered, but the switch still applies to this session.
		}
		if (typeof document !== 'undefined') document.documentElement.lang = next;
	}
}

export const locale = new LocaleState();

/**
 * Text in the current language. Strings live beside the component that shows them, as {vi, en}
 * pairs, so a screen and its words change together and no key can go missing.
 */
export function t(text: LocalizedText): string {
	return text[locale.current] || text.vi;
}
