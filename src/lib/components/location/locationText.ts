import type { LocationFlag } from '$lib/domain/locationFlags';
import type { LocalizedText } from '$lib/domain/localized';

/** What each location flag says to the inspector and, later, to the reviewer. */
export function flagText(flag: LocationFlag, farFromAgencyMetres: number): LocalizedText {
	switch (flag) {
		case 'no-location':
			return { vi: 'Chưa có vị trí kiểm tra', en: 'No inspection location' };
		case 'manual-location':
			return { vi: 'Vị trí đặt thủ công, không phải GPS', en: 'Location placed by hand, not GPS' };
		case 'suspect-accuracy':
			return { vi: 'Độ chính xác bằng 0: nghi là vị trí giả', en: 'Accuracy of exactly 0: possibly a faked location' };
		case 'poor-accuracy':
			return { vi: 'Độ chính xác kém (trên 100 m)', en: 'Poor accuracy (over 100 m)' };
		case 'far-from-agency':
			return {
				vi: `Xa trụ sở cơ quan (hơn ${farFromAgencyMetres} m)`,
				en: `Far from the agency (more than ${farFromAgencyMetres} m)`
			};
	}
}

export function accuracyText(accuracy: number | null): LocalizedText {
	if (accuracy === null) return { vi: 'Không có (đặt thủ công)', en: 'None (placed by hand)' };
	const m = `± ${Math.round(accuracy)} m`;
	return { vi: m, en: m };
}

/** The GPS button before a capture runs (LocationSection) and after one ended (GpsCapture). */
export function gpsStartText(hasLocation: boolean): LocalizedText {
	return hasLocation
		? { vi: 'Lấy lại vị trí GPS', en: 'Capture the GPS location again' }
		: { vi: 'Lấy vị trí GPS', en: 'Get the GPS location' };
}
