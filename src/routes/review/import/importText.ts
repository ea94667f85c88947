import type { LocalizedText } from '$lib/domain/localized';
import type { PushResult } from '$lib/domain/push';

/** What the server answered for one imported inspection, in the supervisor's words. */
export function importOutcomeText(result: PushResult): LocalizedText {
	switch (result.outcome) {
		case 'created':
			return { vi: 'Đã nhập lên máy chủ', en: 'Imported' };
		case 'duplicate':
			return { vi: 'Đã có trên máy chủ (không nhập trùng)', en: 'Already on the server (not stored twice)' };
		case 'missing-photos':
			return {
				vi: `Chưa nhập: tệp thiếu ${result.missingPhotos.length} ảnh mà máy chủ chưa có`,
				en: `Not imported: the file lacks ${result.missingPhotos.length} photo(s) the server does not have`
			};
		case 'conflict':
		case 'rejected':
			return { vi: `Không nhập: ${result.message ?? ''}`, en: `Not imported: ${result.message ?? ''}` };
	}
}
