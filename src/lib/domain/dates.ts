import { z } from 'zod/mini';

/** Calendar date of a legal text (no time zone): YYYY-MM-DD. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD'));

/** An instant, stored as an ISO 8601 string with offset (as produced by Date.toISOString). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar date (YYYY-MM-DD) of an instant in Vietnam, which is what a legal text's validity is judged on. */
export function vietnamDate(instant: Date | string): string {
	const date = typeof instant === 'string' ? new Date(instant) : instant;
	// en-CA formats as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: VIETNAM_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(date);
}

/** dd/mm/yyyy in Vietnam time, the format people read on official papers. */
export function formatDate(instant: Date | string): string {
	const [y, m, d] = vietnamDate(instant).split('-');
	return `${d}/${m}/${y}`;
}

/** dd/mm/yyyy HH:mm in Vietnam time. */
export function formatDateTime(instant: Date | string): string {
	const date = typeof instant === 'string' ? new Date(instant) : instant;
	const time = new Intl.DateTimeFormat('en-GB', {
		timeZone: VIETNAM_TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(date);
	return `${formatDate(date)} ${time}`;
}

/** A legal-text date (YYYY-MM-DD) shown as dd/mm/yyyy. */
export function formatIsoDate(isoDate: string): string {
	const [y, m, d] = isoDate.split('-');
	return `${d}/${m}/${y}`;
}
