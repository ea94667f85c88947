import type { LocalizedText } from '$lib/domain/localized';
import type { VisitProgress } from '$lib/domain/visitProgress';

/** The words of a visit's progress, and its colour on the map and in the table. */
export const PROGRESS_TEXT: Readonly<Record<VisitProgress, LocalizedText>> = {
	planned: { vi: 'Đã lên kế hoạch', en: 'Planned' },
	'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
	submitted: { vi: 'Đã gửi biên bản', en: 'Submitted' },
	approved: { vi: 'Đã duyệt', en: 'Approved' },
	overdue: { vi: 'Quá hạn', en: 'Overdue' }
};

export const PROGRESS_COLOUR: Readonly<Record<VisitProgress, string>> = {
	planned: '#5b6b7a',
	'in-progress': '#b26a00',
	submitted: '#1f5fa8',
	approved: '#1e7b34',
	overdue: '#b3261e'
};
