import { vietnamDate } from '$lib/domain/dates';
import { DEFAULT_RECOMMENDATION_DAYS } from '$lib/domain/recommendation';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A deadline is a calendar day in Vietnam; it ends at 23:59:59.999 there (UTC+7, no daylight saving),
 * so a recommendation becomes overdue only once that whole day has passed on site.
 */
export function endOfVietnamDay(date: string): string {
	return new Date(`${date}T23:59:59.999+07:00`).toISOString();
}

/** The default: the approval's day in Vietnam plus 30 days. */
export function defaultDeadline(approvedAt: Date): string {
	return endOfVietnamDay(vietnamDate(new Date(approvedAt.getTime() + DEFAULT_RECOMMENDATION_DAYS * DAY_MS)));
}

/**
 * A deadline chosen by a supervisor (on approval or as a new one) may not be a day already past in
 * Vietnam: it would make the recommendation overdue at once, which is always a slip of the date.
 */
export function isPastDay(date: string, now: Date): boolean {
	return date < vietnamDate(now);
}
