/**
 * A date range (inclusive calendar dates, as the review filters give them) split into what the
 * running totals answer and what only the head rows can: a run of whole months (head_totals and
 * finding_totals are per month) plus a few day ranges at the edges, each added or taken away.
 *
 * A cut month is answered either by its covered days (added) or by the whole month less its
 * uncovered days (taken away), whichever reads fewer days, so an edge costs at most about half a
 * month of heads: from 10 March is March less 1–9 March, from 25 March is 25–31 March.
 */
export interface DateSpans {
	/** Inclusive YYYY-MM bounds of the whole months to read from the totals; undefined: open. Null: no month. */
	months: { from?: string | undefined; to?: string | undefined } | null;
	/** Day ranges (inclusive YYYY-MM-DD) whose heads are added (+1) or taken away (-1). */
	days: { from: string; to: string; sign: 1 | -1 }[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

const utc = (date: string) => Date.parse(`${date}T00:00:00.000Z`);
const text = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
function monthEnd(date: string): string {
	const [y, m] = date.split('-').map(Number);
	return text(Date.UTC(y ?? 0, m ?? 1, 0));
}
const addDays = (date: string, n: number) => text(utc(date) + n * DAY_MS);
const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS) + 1;
const nextMonth = (date: string) => addDays(monthEnd(date), 1).slice(0, 7);
const previousMonth = (date: string) => addDays(monthStart(date), -1).slice(0, 7);

/**
 * The date as the string comparison `started_date >= from` (or `<= to`) reads it: a day past the end
 * of its month (2026-02-30) means the first day after it for a start, the month's last day for an end.
 * Null for text that is not a date at all.
 */
function normalise(date: string, side: 'from' | 'to'): string | null {
	const match = DATE.exec(date);
	if (!match) return null;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	if (m < 1 || m > 12) return null;
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	if (d >= 1 && d <= last) return date;
	if (d < 1) return side === 'from' ? `${date.slice(0, 7)}-01` : addDays(`${date.slice(0, 7)}-01`, -1);
	return side === 'from' ? addDays(monthEnd(`${date.slice(0, 7)}-01`), 1) : monthEnd(`${date.slice(0, 7)}-01`);
}

/** Null when a bound is not a date (the caller then reads the heads only). */
export function dateSpans(fromDate: string | undefined, toDate: string | undefined): DateSpans | null {
	const from = fromDate === undefined ? undefined : normalise(fromDate, 'from');
	const to = toDate === undefined ? undefined : normalise(toDate, 'to');
	if (from === null || to === null) return null;
	if (from !== undefined && to !== undefined && from > to) return { months: null, days: [] };
	const days: DateSpans['days'] = [];
	// One month, cut at both ends.
	if (from !== undefined && to !== undefined && from.slice(0, 7) === to.slice(0, 7)) {
		const start = monthStart(from);
		const end = monthEnd(from);
		if (from === start && to === end) return { months: { from: from.slice(0, 7), to: to.slice(0, 7) }, days };
		const uncovered = daysBetween(start, from) - 1 + daysBetween(to, end) - 1;
		if (daysBetween(from, to) <= uncovered) return { months: null, days: [{ from, to, sign: 1 }] };
		if (from > start) days.push({ from: start, to: addDays(from, -1), sign: -1 });
		if (to < end) days.push({ from: addDays(to, 1), to: end, sign: -1 });
		return { months: { from: from.slice(0, 7), to: from.slice(0, 7) }, days };
	}
	let firstMonth = from?.slice(0, 7);
	let lastMonth = to?.slice(0, 7);
	if (from !== undefined && from !== monthStart(from)) {
		const covered = daysBetween(from, monthEnd(from));
		if (covered <= daysBetween(monthStart(from), from) - 1) {
			days.push({ from, to: monthEnd(from), sign: 1 });
			firstMonth = nextMonth(from);
		} else days.push({ from: monthStart(from), to: addDays(from, -1), sign: -1 });
	}
	if (to !== undefined && to !== monthEnd(to)) {
		const covered = daysBetween(monthStart(to), to);
		if (covered <= daysBetween(to, monthEnd(to)) - 1) {
			days.push({ from: monthStart(to), to, sign: 1 });
			lastMonth = previousMonth(to);
		} else days.push({ from: addDays(to, 1), to: monthEnd(to), sign: -1 });
	}
	const noMonth = firstMonth !== undefined && lastMonth !== undefined && firstMonth > lastMonth;
	return { months: noMonth ? null : { from: firstMonth, to: lastMonth }, days };
}
