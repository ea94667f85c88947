import type { LocalizedText } from '$lib/domain/localized';
import { describeSaveError, InspectionLockedError, isQuotaError } from '../inspections/errors';
import type { PhotoFailureReason } from './photoMessages';
import { PhotoSealedError } from './photoRows';

/** What the inspector reads when a file cannot become a photo; the rest of the form is untouched. */
export const PHOTO_FAILURE_TEXT: Readonly<Record<PhotoFailureReason, LocalizedText>> = {
	empty: {
		vi: 'Tệp trống, không có ảnh. Hãy chụp hoặc chọn lại.',
		en: 'The file is empty. Take or choose the photo again.'
	},
	'not-image': {
		vi: 'Tệp này không phải là ảnh nên không thêm được. Hãy chọn một tệp ảnh (JPEG hoặc PNG).',
		en: 'This file is not a picture, so it was not added. Choose a photo (JPEG or PNG).'
	},
	heic: {
		vi: 'Ảnh định dạng HEIC (của iPhone) không mở được trên trình duyệt này. Trên iPhone, vào Cài đặt › Camera › Định dạng, chọn "Tương thích nhất" rồi chụp lại, hoặc gửi ảnh dạng JPEG.',
		en: 'HEIC photos (from an iPhone) cannot be opened in this browser. On the iPhone choose Settings › Camera › Formats › Most Compatible and take it again, or send it as JPEG.'
	},
	unsupported: {
		vi: 'Trình duyệt này không mở được định dạng ảnh này. Hãy dùng ảnh JPEG hoặc PNG.',
		en: 'This browser cannot open this picture format. Use a JPEG or PNG photo.'
	},
	broken: {
		vi: 'Ảnh bị hỏng hoặc chưa tải xong nên không mở được. Hãy chụp hoặc chọn lại.',
		en: 'The photo is damaged or incomplete and cannot be opened. Take or choose it again.'
	},
	'too-many-pixels': {
		vi: 'Ảnh quá lớn (trên 50 triệu điểm ảnh) để xử lý trên điện thoại. Hãy chụp bằng camera của máy với độ phân giải thông thường.',
		en: 'The picture is too large (over 50 megapixels) to process on a phone. Take it with the camera at a normal resolution.'
	},
	failed: {
		vi: 'Không xử lý được ảnh này (máy có thể đang thiếu bộ nhớ). Hãy thử lại với từng ảnh một.',
		en: 'This photo could not be processed (the phone may be short of memory). Try again with one photo at a time.'
	}
};

/** A failed photo write, in plain words; storage-full is told as such (the form keeps everything else). */
export function describePhotoSaveError(error: unknown): LocalizedText {
	if (error instanceof PhotoSealedError) {
		return {
			vi: 'Ảnh này thuộc lần hoàn tất trước và máy chủ chưa xác nhận đã nhận, nên chưa xóa hoặc thay được.',
			en: 'This photo belongs to an earlier finalized revision the server has not confirmed, so it cannot be removed or replaced yet.'
		};
	}
	if (isQuotaError(error)) {
		return {
			vi: 'Bộ nhớ của máy đã đầy nên chưa lưu được ảnh. Các câu trả lời khác vẫn còn nguyên; hãy giải phóng dung lượng rồi thêm lại ảnh.',
			en: 'The device storage is full, so the photo was not saved. Your other answers are intact; free some space and add the photo again.'
		};
	}
	if (error instanceof InspectionLockedError) return describeSaveError(error);
	return {
		vi: 'Chưa lưu được ảnh vào máy. Hãy thử lại.',
		en: 'The photo could not be saved on the device. Please try again.'
	};
}
