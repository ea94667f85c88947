import type { ChecklistItem } from '$lib/domain/checklist';
import { formatDecimal } from '$lib/domain/decimal';
import type { AnswerValue } from '$lib/domain/inspection';
import type { LocalizedText } from '$lib/domain/localized';

const COMPLIANCE: Readonly<Record<string, LocalizedText>> = {
	compliant: { vi: 'Đạt', en: 'Compliant' },
	violation: { vi: 'Vi phạm', en: 'Violation' },
	na: { vi: 'Không áp dụng', en: 'Not applicable' }
};

/** An answer as words, whatever the item's kind (shared by the review page and the printed record). */
export function answerText(item: ChecklistItem, value: AnswerValue | undefined): LocalizedText {
	if (value === null || value === undefined || value === '') return { vi: 'Chưa trả lời', en: 'Not answered' };
	const r = item.response;
	if (r.kind === 'compliance') return COMPLIANCE[String(value)] ?? { vi: String(value), en: String(value) };
	if (r.kind === 'choice') return r.options.find((o) => o.id === value)?.label ?? { vi: String(value), en: String(value) };
	if (r.kind === 'number') {
		// A figure in each language's own writing: "2,5 ngày làm việc", "2.5 working days".
		const figure = (locale: 'vi' | 'en') => (typeof value === 'number' ? formatDecimal(value, locale) : String(value));
		return { vi: `${figure('vi')}${r.unit ? ` ${r.unit.vi}` : ''}`, en: `${figure('en')}${r.unit ? ` ${r.unit.en}` : ''}` };
	}
	return { vi: String(value), en: String(value) };
}
