/** Formats a number with a fixed number of decimals, as `Intl.NumberFormat` does for its locale. */
export interface FixedDigitsFormat {
	format(value: number): string;
}

/**
 * The separators of the app's two number locales, written out. The first `Intl.NumberFormat` of a
 * page loads the locale's number data: 80–110 ms of a warm start at 4× CPU slowdown for the home
 * page's storage line alone, more than the rest of that line. Both locales group thousands by
 * threes from 1,000 on; the unit tests hold these to Intl's output.
 */
const SEPARATORS: Record<string, { group: string; decimal: string }> = {
	'vi-VN': { group: '.', decimal: ',' },
	'en-GB': { group: ',', decimal: '.' }
};

/**
 * Other locales use Intl, one formatter per locale and number of decimals made once (building one
 * costs milliseconds, tens on a slow phone).
 */
const intlFormatters = new Map<string, Intl.NumberFormat>();

export function fixedDigits(locale: string, digits: number): FixedDigitsFormat {
	const separators = SEPARATORS[locale];
	if (separators) return { format: (value) => writeFixed(value, digits, separators) };
	const key = `${locale}|${digits}`;
	let format = intlFormatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
		intlFormatters.set(key, format);
	}
	return format;
}

/**
 * Rounded as Intl rounds: the number's shortest decimal form (what `String` writes) to `digits`
 * decimals, ties away from zero (`toFixed` rounds the exact binary value instead: 0.95 → "0.9",
 * where Intl writes "1.0"). Numbers `String` writes with an exponent are left to Intl.
 */
function writeFixed(value: number, digits: number, separators: { group: string; decimal: string }): string {
	const decimal = String(Math.abs(value));
	if (!Number.isFinite(value) || decimal.includes('e')) {
		return new Intl.NumberFormat(separators.decimal === ',' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
	}
	const [whole, fraction] = roundDecimal(decimal, digits);
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
	// Intl writes a minus for negatives, -0 included, even when the rounded digits are all zeros.
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return sign + grouped + (digits > 0 ? separators.decimal + fraction : '');
}

/** "12.345" to 2 decimals: ["12", "35"] (half away from zero, on the decimal digits). */
function roundDecimal(decimal: string, digits: number): [string, string] {
	const [whole = '0', fraction = ''] = decimal.split('.');
	if (fraction.length <= digits) return [whole, fraction.padEnd(digits, '0')];
	let kept = whole + fraction.slice(0, digits);
	if ((fraction[digits] ?? '0') >= '5') kept = plusOne(kept);
	const wholeLength = kept.length - digits;
	return [kept.slice(0, wholeLength), kept.slice(wholeLength)];
}

/** "0999" → "1000", "99" → "100": one added to a string of decimal digits. */
function plusOne(digitsText: string): string {
	const digits = digitsText.split('');
	let i = digits.length - 1;
	while (i >= 0 && digits[i] === '9') digits[i--] = '0';
	if (i < 0) return '1' + digits.join('');
	digits[i] = String(Number(digits[i]) + 1);
	return digits.join('');
}
