import type { InspectionStatus } from '$lib/domain/inspection';
import type { LocalizedText } from '$lib/domain/localized';

export const STATUS_TEXT: Readonly<Record<InspectionStatus, LocalizedText>> = {
	draft: { vi: 'Đang làm', en: 'Draft' },
	finalized: { vi: 'Chờ gửi', en: 'Waiting to be sent' },
	sent: { vi: 'Đã gửi', en: 'Sent' },
	returned: { vi: 'Bị trả lại', en: 'Returned' },
	approved: { vi: 'Đã duyệt', en: 'Approved' }
};

/** "87 %" in Vietnamese style (comma decimals are not needed for whole percentages). */
export function formatRate(rate: number | null): string {
	return rate === null ? '—' : `${Math.round(rate * 100)} %`;
}
