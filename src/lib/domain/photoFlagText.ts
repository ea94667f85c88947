import { formatDistance } from './geo';
import type { LocalizedText } from './localized';
import type { PhotoFlag } from './photoFlags';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/** A time gap in words, at the precision a reader can act on: "3 ngày" / "3 days", "17 năm" / "17 years". */
export function gapText(ms: number): LocalizedText {
	const unit = (n: number, vi: string, en: string): LocalizedText => ({ vi: `${n} ${vi}`, en: `${n} ${en}${n === 1 ? '' : 's'}` });
	if (ms >= 2 * YEAR) return unit(Math.floor(ms / YEAR), 'năm', 'year');
	if (ms >= 2 * DAY) return unit(Math.floor(ms / DAY), 'ngày', 'day');
	if (ms >= 2 * HOUR) return unit(Math.floor(ms / HOUR), 'giờ', 'hour');
	return unit(Math.max(1, Math.round(ms / MINUTE)), 'phút', 'minute');
}

/** One flag as a short warning, Vietnamese first (the same words for inspector and supervisor). */
export function photoFlagText(flag: PhotoFlag): LocalizedText {
	switch (flag.kind) {
		case 'outside-visit': {
			const gap = gapText(flag.gapMs);
			return flag.when === 'before'
				? { vi: `Chụp trước buổi kiểm tra ${gap.vi}`, en: `Taken ${gap.en} before the visit` }
				: { vi: `Chụp sau khi kết thúc kiểm tra ${gap.vi}`, en: `Taken ${gap.en} after the visit ended` };
		}
		case 'no-capture-time':
			return { vi: 'Ảnh không có thời điểm chụp', en: 'No capture time in the photo' };
		case 'far-from-agency':
			return {
				vi: `Vị trí GPS trong ảnh cách trụ sở ${formatDistance(flag.distanceMetres, 'vi')}`,
				en: `The photo's GPS position is ${formatDistance(flag.distanceMetres, 'en')} from the agency`
			};
		case 'repeated-in-record':
			return { vi: `Cùng một ảnh dùng ${flag.count} lần trong biên bản`, en: `The same photo is used ${flag.count} times in this record` };
		case 'in-other-inspection':
			return { vi: 'Ảnh này cũng có trong một buổi kiểm tra khác', en: 'This photo is also in another inspection' };
	}
}
