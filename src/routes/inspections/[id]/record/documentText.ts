import { vietnamDate } from '$lib/domain/dates';

/**
 * "ngày 26 tháng 11 năm 2026", as Nghị định 30/2020 writes a document's date: a leading zero for
 * days below 10 and for months 1 and 2 only (so "tháng 01", but "tháng 3").
 */
export function administrativeDate(instant: string): string {
	const [y, m, d] = vietnamDate(instant).split('-');
	const month = Number(m);
	return `ngày ${d} tháng ${month <= 2 ? m : String(month)} năm ${y}`;
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → "Tuyên Quang": the place name on the date line. */
export function placeName(provinceName: string | undefined): string {
	if (!provinceName) return 'Tuyên Quang';
	const match = /(?:tỉnh|thành phố)\s+(.+)$/i.exec(provinceName);
	return match?.[1] ?? provinceName;
}
