import type { LocalizedText } from '$lib/domain/localized';
import type { QueueSort } from '$lib/domain/reviewQueue';
import type { SubmissionStatusWire } from '$lib/domain/submissionStatus';

/** A submission's status as the supervisor sees it (the inspector's STATUS_TEXT speaks of the device). */
export const SUBMISSION_STATUS_TEXT: Readonly<Record<SubmissionStatusWire, LocalizedText>> = {
	sent: { vi: 'Chờ duyệt', en: 'Awaiting review' },
	returned: { vi: 'Đã trả lại', en: 'Returned' },
	approved: { vi: 'Đã duyệt', en: 'Approved' }
};

export const SORT_TEXT: Readonly<Record<QueueSort, LocalizedText>> = {
	'started-desc': { vi: 'Mới nhất trước', en: 'Newest first' },
	'started-asc': { vi: 'Cũ nhất trước', en: 'Oldest first' },
	'rate-asc': { vi: 'Tỉ lệ đạt thấp trước', en: 'Lowest compliance first' },
	'rate-desc': { vi: 'Tỉ lệ đạt cao trước', en: 'Highest compliance first' },
	agency: { vi: 'Theo tên cơ quan', en: 'By agency name' }
};
