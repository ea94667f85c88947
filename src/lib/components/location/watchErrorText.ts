import type { WatchErrorKind } from '$lib/client/location/watchPosition';
import type { LocalizedText } from '$lib/domain/localized';

/** Why the GPS gave no position, and what to do: shown by GpsCapture, loaded with it. */
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
