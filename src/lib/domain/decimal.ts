import type { Locale } from './localized';

/**
 * Figures as people type them on a phone in Vietnam: the decimal comma ("2,5") as well as the point
 * ("2.5"), an optional sign, surrounding spaces. `<input type="number">` dropped the comma in some
 * browsers, so "2,5" was stored as 25 and "45,5" % as 455. No thousands separators: in Vietnamese
 * "1.000" is one thousand and in English 1.0, so a figure with one is refused rather than guessed.
 * Returns null for an empty field and 'invalid' for anything that is not such a figure.
 */
export function parseDecimal(text: string): number | null | 'invalid' {
	const trimmed = text.trim();
	if (trimmed === '') return null;
	const match = /^([+-]?)(\d+)(?:[.,](\d+))?$|^([+-]?)[.,](\d+)$/.exec(trimmed);
	if (!match) return 'invalid';
	const sign = match[1] ?? match[4] ?? '';
	const value = Number(`${sign}${match[2] ?? '0'}.${match[3] ?? match[5] ?? '0'}`);
	return Number.isFinite(value) ? value : 'invalid';
}

/** A figure as the interface language writes it: "2,5" in Vietnamese, "2.5" in English; no grouping. */
export function formatDecimal(value: number, locale: Locale = 'vi'): string {
	const text = String(value);
	return locale === 'vi' ? text.replace('.', ',') : text;
}
