/**
 * Dates as people in Vietnam type and read them: day first, "5/1/2027" is 5 January 2027,
 * whatever the browser's language. `<input type="date">` shows the browser's own order
 * (mm/dd/yyyy in an English browser), so the supervisor pages use a text field parsed here.
 * The value handed to forms and URLs stays ISO (yyyy-mm-dd).
 */

/** Why a typed date was refused: not in the day/month/year shape, or a day that does not exist (31/02). */
export type DateProblem = 'format' | 'impossible';

export type ParsedDate = { ok: true; iso: string | null } | { ok: false; problem: DateProblem };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** yyyy-mm-dd from its parts, or null when the day does not exist. Years 1000–9999 only. */
export function isoFromParts(year: number, month: number, day: number): string | null {
	if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
	if (!Number.isInteger(month) || month < 1 || month > 12) return null;
	if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * "5/1/2027", "05/01/2027", "5-1-2027", "5.1.2027" → 2027-01-05. A pasted ISO date ("2027-01-05")
 * is taken too, since its four-digit year first cannot be mistaken. Two-digit years are refused
 * rather than guessed. An empty field is `iso: null`.
 */
export function parseDayMonthYear(text: string): ParsedDate {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, iso: null };
	const dayFirst = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
	const isoOrder = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
	if (!dayFirst && !isoOrder) return { ok: false, problem: 'format' };
	const [year, month, day] = dayFirst
		? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
		: [Number(isoOrder?.[1]), Number(isoOrder?.[2]), Number(isoOrder?.[3])];
	const iso = isoFromParts(year, month, day);
	return iso === null ? { ok: false, problem: 'impossible' } : { ok: true, iso };
}

/** Whether a string is a real yyyy-mm-dd date. */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	return match !== null && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/** yyyy-mm-dd → dd/mm/yyyy; anything else comes back as it was (never throws on a bad URL value). */
export function formatDayMonthYear(iso: string): string {
	if (!isIsoDate(iso)) return iso;
	return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
