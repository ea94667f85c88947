import type { LocalizedText } from '$lib/domain/localized';
import { formatFixed } from '$lib/domain/fixedDecimal';

/** "12,3 MB" in Vietnamese (comma decimals), "12.3 MB" in English. */
export function bytesText(bytes: number): LocalizedText {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	const number = (locale: string) => formatFixed(locale, digits, value);
	// Getters: only the language shown is formatted, and its formatter built (the other may never be).
	return {
		get vi() {
			return `${number('vi-VN')} ${units[unit]}`;
		},
		get en() {
			return `${number('en-GB')} ${units[unit]}`;
		}
	};
}

/** How long something has waited, in the largest whole unit: "3 ngày", "5 giờ", "12 phút", "dưới 1 phút". */
export function ageText(since: string, now: Date = new Date()): LocalizedText {
	const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
	// "lâu nhất 0 phút" reads as nonsense: a first minute is "dưới 1 phút".
	if (minutes < 1) return { vi: 'dưới 1 phút', en: 'under 1 min' };
	if (minutes < 60) return { vi: `${minutes} phút`, en: `${minutes} min` };
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return { vi: `${hours} giờ`, en: `${hours} h` };
	const days = Math.floor(hours / 24);
	return { vi: `${days} ngày`, en: `${days} ${days === 1 ? 'day' : 'days'}` };
}
