import { daysInMonth, isoFromParts } from './dayMonthYear';

/**
 * Day arithmetic for the calendar picker, on yyyy-mm-dd strings in UTC so no time zone or
 * daylight saving can shift a day. Weeks start on Monday (Thứ Hai), as Vietnamese calendars do.
 */

function toUtc(iso: string): Date {
	return new Date(`${iso}T00:00:00Z`);
}

function fromUtc(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
	const date = toUtc(iso);
	date.setUTCDate(date.getUTCDate() + days);
	return fromUtc(date);
}

/** The same day n months later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	const day = Number(iso.slice(8, 10));
	const index = year * 12 + (month - 1) + months;
	const nextYear = Math.floor(index / 12);
	const nextMonth = (index % 12) + 1;
	return isoFromParts(nextYear, nextMonth, Math.min(day, daysInMonth(nextYear, nextMonth))) ?? iso;
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: string): number {
	return (toUtc(iso).getUTCDay() + 6) % 7;
}

export const startOfWeek = (iso: string) => addDays(iso, -weekdayIndex(iso));
export const endOfWeek = (iso: string) => addDays(iso, 6 - weekdayIndex(iso));

/**
 * The weeks shown for the month holding `iso`: Monday to Sunday, each day as yyyy-mm-dd or null
 * outside the month (blank cells, as the APG date picker draws them).
 */
export function monthWeeks(iso: string): (string | null)[][] {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	const first = `${iso.slice(0, 7)}-01`;
	const cells: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
	for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoFromParts(year, month, day));
	while (cells.length % 7 !== 0) cells.push(null);
	const weeks: (string | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}
