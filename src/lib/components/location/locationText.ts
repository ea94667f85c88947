import type { LocationFlag } from '$lib/domain/locationFlags';
import type { LocalizedText } from '$lib/domain/localized';
import type { WatchErrorKind } from '$lib/client/location/watchPosition';

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

export const WATCH_ERROR_TEXT: Readonly<Record<WatchErrorKind, LocalizedText>> = {
	unsupported: {
		vi: 'Máy hoặc trình duyệt này không lấy được vị trí. Hãy đặt vị trí trên bản đồ hoặc nhập tọa độ.',
		en: 'This device or browser cannot give a location. Place it on the map or type the coordinates.'
	},
	denied: {
		vi: 'Ứng dụng chưa được phép dùng vị trí. Hãy cho phép truy cập vị trí trong cài đặt trình duyệt rồi thử lại, hoặc đặt vị trí trên bản đồ.',
		en: 'The app may not use the location. Allow location access in the browser settings and try again, or place it on the map.'
	},
	unavailable: {
		vi: 'Chưa xác định được vị trí (không có tín hiệu GPS). Hãy ra chỗ thoáng rồi thử lại.',
		en: 'No position yet (no GPS signal). Move to an open spot and try again.'
	},
	timeout: {
		vi: 'Quá 30 giây chưa nhận được vị trí. Hãy ra chỗ thoáng rồi thử lại.',
		en: 'No position within 30 seconds. Move to an open spot and try again.'
	}
};

export function accuracyText(accuracy: number | null): LocalizedText {
	if (accuracy === null) return { vi: 'Không có (đặt thủ công)', en: 'None (placed by hand)' };
	const m = `± ${Math.round(accuracy)} m`;
	return { vi: m, en: m };
}
