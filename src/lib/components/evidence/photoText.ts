import type { PhotoProgressStage } from '$lib/client/evidence/addPhotos';
import type { LocalizedText } from '$lib/domain/localized';

/** Each photo's progress as words and as a step of a bar (queued 0 … saved 5). */
export const STAGE_TEXT: Readonly<Record<PhotoProgressStage, LocalizedText>> = {
	queued: { vi: 'Đang chờ xử lý', en: 'Waiting' },
	decoding: { vi: 'Đang mở ảnh', en: 'Opening the photo' },
	encoding: { vi: 'Đang thu nhỏ ảnh', en: 'Resizing' },
	hashing: { vi: 'Đang tính mã kiểm tra', en: 'Computing the checksum' },
	saving: { vi: 'Đang lưu vào máy', en: 'Saving on the device' },
	saved: { vi: 'Đã lưu', en: 'Saved' },
	failed: { vi: 'Không thêm được', en: 'Not added' }
};

export const STAGE_STEP: Readonly<Record<PhotoProgressStage, number>> = {
	queued: 0,
	decoding: 1,
	encoding: 2,
	hashing: 3,
	saving: 4,
	saved: 5,
	failed: 5
};
