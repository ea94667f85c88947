import { themeText } from '$lib/components/themeText';
import { catalogSnapshot } from '../sync/catalogSnapshot';
import { answerText } from '$lib/components/answerText';
import type { ChecklistItem } from '$lib/domain/checklist';
import type { QueueQuery } from '$lib/domain/reviewQueue';
import { batchesNamedOnDay } from '../review/namesOnDay';
import { reviewFilter } from '../review/reviewScope';
import type { FindingExportRow } from '../store/review/exportReads';
import type { QueueRow } from '../store/review/queue';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import type { ExportColumn, ExportTable } from './exportTable';

const STATUS_VI: Readonly<Record<string, string>> = { sent: 'Chờ duyệt', returned: 'Đã trả lại', approved: 'Đã duyệt' };
const OUTCOME_VI: Readonly<Record<string, string>> = { compliant: 'Đạt', violation: 'Vi phạm', na: 'Không áp dụng' };
const SEVERITY_VI: Readonly<Record<string, string>> = { minor: 'Nhẹ', major: 'Nặng', critical: 'Nghiêm trọng' };
const FLAG_VI: Readonly<Record<string, string>> = {
	'far-from-agency': 'Xa trụ sở',
	'manual-location': 'Vị trí nhập tay',
	'suspect-accuracy': 'Độ chính xác đáng ngờ',
	'no-location': 'Không có vị trí',
	// Under the column still headed "Cảnh báo vị trí" (the exports' layout is held byte for byte).
	'photo-flagged': 'Ảnh cần lưu ý'
};

const text = <T>(header: string, width: number, value: (row: T) => string): ExportColumn<T> => ({ header, kind: 'text', width, value });
const number = <T>(header: string, width: number, value: (row: T) => number): ExportColumn<T> => ({ header, kind: 'number', width, value });
const instant = <T>(header: string, value: (row: T) => string | null): ExportColumn<T> => ({
	header,
	kind: 'datetime',
	width: 17,
	value: (row) => {
		const at = value(row);
		return at === null ? null : new Date(at);
	}
});
const rate = <T>(header: string, value: (row: T) => number | null): ExportColumn<T> => ({ header, kind: 'percent', width: 12, value });

const INSPECTION_COLUMNS: readonly ExportColumn<QueueRow>[] = [
	text('Mã biên bản', 38, (r) => r.id),
	number('Lần gửi', 8, (r) => r.revision),
	text('Trạng thái', 12, (r) => STATUS_VI[r.status] ?? r.status),
	text('Mã cơ quan', 24, (r) => r.agencyId),
	text('Cơ quan', 40, (r) => r.agencyName),
	text('Người kiểm tra', 24, (r) => r.inspectorName),
	text('Mẫu phiếu', 24, (r) => r.templateId),
	number('Phiên bản mẫu', 8, (r) => r.templateVersion),
	instant('Bắt đầu', (r) => r.startedAt),
	instant('Kết thúc', (r) => r.finishedAt),
	instant('Máy chủ nhận', (r) => r.receivedAt),
	rate('Tỷ lệ tuân thủ (%)', (r) => r.complianceRate),
	rate('Điểm có trọng số (%)', (r) => r.weightedScore),
	number('Số vi phạm', 10, (r) => r.violations),
	text('Mức vi phạm cao nhất', 14, (r) => (r.maxSeverity ? (SEVERITY_VI[r.maxSeverity] ?? r.maxSeverity) : '')),
	text('Cảnh báo vị trí', 24, (r) => r.flags.map((f) => FLAG_VI[f] ?? f).join('; '))
];

/** A finding with its answer in words, for an answer that carries no score ("Ghi nhận: …"), and its theme's name. */
type FindingRow = FindingExportRow & { recorded: string; themeName: string };

const FINDING_COLUMNS: readonly ExportColumn<FindingRow>[] = [
	text('Mã biên bản', 38, (r) => r.inspectionId),
	number('Lần gửi', 8, (r) => r.revision),
	text('Trạng thái', 12, (r) => STATUS_VI[r.status] ?? r.status),
	text('Mã cơ quan', 24, (r) => r.agencyId),
	text('Cơ quan', 40, (r) => r.agencyName),
	text('Người kiểm tra', 24, (r) => r.inspectorName),
	instant('Bắt đầu', (r) => r.startedAt),
	text('Mã mục', 30, (r) => r.itemId),
	text('Chủ đề', 30, (r) => r.themeName),
	text('Nội dung kiểm tra', 60, (r) => r.itemText),
	text('Kết quả', 14, (r) => (r.outcome === 'recorded' ? r.recorded : (OUTCOME_VI[r.outcome] ?? r.outcome))),
	text('Mức độ', 12, (r) => SEVERITY_VI[r.severity] ?? r.severity),
	text('Ghi chú', 50, (r) => r.note)
];

/**
 * The queue's inspections matching the caller's filters, within their jurisdiction, read in batches
 * as the writer asks: a whole province exports in constant memory. Authorization and the filter are
 * settled before anything is read, so a refusal is still an ordinary error response.
 */
export async function inspectionsTable(store: Store, user: User, query: QueueQuery, batchSize?: number): Promise<ExportTable<QueueRow>> {
	const filter = await reviewFilter(store, user, query);
	return { sheet: 'Phiếu kiểm tra', columns: INSPECTION_COLUMNS, rows: batchesNamedOnDay(store, store.exportInspections({ ...filter, sort: query.sort ?? 'started-desc' }, batchSize)) };
}

/**
 * Every finding of the matching inspections, newest inspection first, as inspectionsTable: the
 * scored ones and what was recorded without a score (free-text observations, figures, choices),
 * the latter as "Ghi nhận: <the answer as the record prints it>".
 */
export async function findingsTable(store: Store, user: User, query: QueueQuery, batchSize?: number): Promise<ExportTable<FindingRow>> {
	const rows = store.exportFindings(await reviewFilter(store, user, query), batchSize);
	return { sheet: 'Kết quả kiểm tra', columns: FINDING_COLUMNS, rows: withRecordedText(store, batchesNamedOnDay(store, rows)) };
}

async function* withRecordedText(store: Store, batches: AsyncIterable<readonly FindingExportRow[]>): AsyncGenerator<FindingRow[], void, undefined> {
	// A published template version never changes: each is read once per export.
	const templates = new Map<string, Map<string, ChecklistItem> | null>();
	// Themes are data: an administrator's own is named as they named it.
	const names = new Map((await catalogSnapshot(store)).themes.map((theme) => [theme.id, theme.name]));
	for await (const batch of batches) {
		const rows: FindingRow[] = [];
		for (const found of batch) {
			const finding = { ...found, themeName: themeText(found.theme, names).vi };
			if (finding.outcome !== 'recorded') {
				rows.push({ ...finding, recorded: '' });
				continue;
			}
			const key = `${finding.templateId}@${finding.templateVersion}`;
			if (!templates.has(key)) {
				const template = await store.getTemplate(finding.templateId, finding.templateVersion);
				templates.set(key, template ? new Map(template.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const))) : null);
			}
			const item = templates.get(key)?.get(finding.itemId);
			const answer = item ? answerText(item, finding.value).vi : String(finding.value ?? '');
			rows.push({ ...finding, recorded: `Ghi nhận: ${answer}` });
		}
		yield rows;
	}
}
