import { fixedDigits } from './numberFormat';

/**
 * The separators (thousands, decimals) of the app's two number locales, written out. The first
 * `Intl.NumberFormat` of a page loads the locale's number data: 80–110 ms of a warm start at 4× CPU
 * slowdown for the home page's storage line alone, more than the rest of that line. Both locales
 * group thousands by threes from 1,000 on; the unit tests hold this to Intl's output. A module of
 * its own, kept small: the distance line keeps `fixedDigits`, in the chunk every inspector page
 * loads, and the form and summary pages are at the edge of the 100 KB budget.
 */
const SEPARATORS: Record<string, [group: string, point: string]> = { 'vi-VN': ['.', ','], 'en-GB': [',', '.'] };

/**
 * `value` with `digits` decimals as `fixedDigits(locale, digits)` writes it, without Intl for vi-VN
 * and en-GB. Rounded as Intl rounds: the number's shortest decimal form (what `String` writes), ties
 * away from zero, which scaling that text by its exponent does exactly ("1.005e2" is 100.5, where
 * 1.005 * 100 is 100.49999…; `toFixed` too rounds the binary value: 0.95 → "0.9", Intl "1.0").
 * Numbers too large or too small for that (1e21 and up, or written with an exponent) are left to
 * Intl. (-0, which no size or distance is, is written "0" where Intl writes "-0".)
 */
export function formatFixed(locale: string, digits: number, value: number): string {
	const separators = SEPARATORS[locale];
	const scaled = Math.round(Number(`${Math.abs(value)}e${digits}`));
	if (!separators || !(scaled < 1e21)) return fixedDigits(locale, digits).format(value);
	const text = String(scaled).padStart(digits + 1, '0');
	const cut = text.length - digits;
	const [group, point] = separators;
	// Intl writes the minus of a negative even when the rounded digits are all zeros ("-0").
	return (value < 0 ? '-' : '') + text.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, group) + (digits > 0 ? point + text.slice(cut) : '');
}
