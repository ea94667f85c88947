import type { LocalizedText } from '$lib/domain/localized';

/** Short labels for the flags a queue row carries (the long ones are in location/locationText.ts). */
export function queueFlagText(flag: string): LocalizedText {
	switch (flag) {
		case 'far-from-agency':
			return { vi: 'Xa trụ sở', en: 'Far from agency' };
		case 'manual-location':
			return { vi: 'Vị trí thủ công', en: 'Manual location' };
		case 'suspect-accuracy':
			return { vi: 'Nghi vị trí giả', en: 'Suspect accuracy' };
		case 'no-location':
			return { vi: 'Không có vị trí', en: 'No location' };
		case 'photo-flagged':
			return { vi: 'Ảnh cần lưu ý', en: 'Photos to check' };
		case 'poor-accuracy':
			return { vi: 'Độ chính xác kém', en: 'Poor accuracy' };
		default:
			return { vi: flag, en: flag };
	}
}
