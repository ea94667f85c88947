import type { LocalizedText } from '$lib/domain/localized';

/** Words of the calendar picker, Monday first. */
export const WEEKDAYS: readonly { short: LocalizedText; full: LocalizedText }[] = [
	{ short: { vi: 'T2', en: 'Mo' }, full: { vi: 'Thứ Hai', en: 'Monday' } },
	{ short: { vi: 'T3', en: 'Tu' }, full: { vi: 'Thứ Ba', en: 'Tuesday' } },
	{ short: { vi: 'T4', en: 'We' }, full: { vi: 'Thứ Tư', en: 'Wednesday' } },
	{ short: { vi: 'T5', en: 'Th' }, full: { vi: 'Thứ Năm', en: 'Thursday' } },
	{ short: { vi: 'T6', en: 'Fr' }, full: { vi: 'Thứ Sáu', en: 'Friday' } },
	{ short: { vi: 'T7', en: 'Sa' }, full: { vi: 'Thứ Bảy', en: 'Saturday' } },
	{ short: { vi: 'CN', en: 'Su' }, full: { vi: 'Chủ Nhật', en: 'Sunday' } }
];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tháng 1 năm 2027" / "January 2027" for the month holding a yyyy-mm-dd day. */
export function monthTitle(iso: string): LocalizedText {
	const year = iso.slice(0, 4);
	const month = Number(iso.slice(5, 7));
	return { vi: `Tháng ${month} năm ${year}`, en: `${MONTHS_EN[month - 1] ?? ''} ${year}` };
}

/** A day in words for screen readers: "Thứ Ba, 5 tháng 1 năm 2027" / "Tuesday 5 January 2027". */
export function dayInWords(iso: string, weekday: number): LocalizedText {
	const day = Number(iso.slice(8, 10));
	const month = Number(iso.slice(5, 7));
	const year = iso.slice(0, 4);
	const names = WEEKDAYS[weekday]?.full ?? { vi: '', en: '' };
	return { vi: `${names.vi}, ${day} tháng ${month} năm ${year}`, en: `${names.en} ${day} ${MONTHS_EN[month - 1] ?? ''} ${year}` };
}
