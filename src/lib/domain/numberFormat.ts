/**
 * A number formatter per locale and number of decimals, made once. Building an Intl formatter costs
 * milliseconds (tens on a slow phone), and the home page formats several sizes as it starts: made
 * anew on each call, the storage line alone took ~140 ms of a warm start at 4× CPU slowdown.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function fixedDigits(locale: string, digits: number): Intl.NumberFormat {
	const key = `${locale}|${digits}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
		formatters.set(key, format);
	}
	return format;
}
