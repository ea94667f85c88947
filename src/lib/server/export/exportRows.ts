import { THEME_TEXT } from '$lib/components/themeText';
import type { Theme } from '$lib/domain/checklist';
import type { QueueQuery } from '$lib/domain/reviewQueue';
import { formatDateTime } from '$lib/domain/dates';
import { reviewFilter } from '../review/reviewScope';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { csvChunks } from './csv';

const STATUS_VI: Readonly<Record<string, string>> = { sent: 'Chờ duyệt', returned: 'Đã trả lại', approved: 'Đã duyệt' };
const OUTCOME_VI: Readonly<Record<string, string>> = { compliant: 'Đạt', violation: 'Vi phạm', na: 'Không áp dụng' };
const SEVERITY_VI: Readonly<Record<string, string>> = { minor: 'Nhẹ', major: 'Nặng', critical: 'Nghiêm trọng' };
const FLAG_VI: Readonly<Record<string, string>> = {
	'far-from-agency': 'Xa trụ sở',
	'manual-location': 'Vị trí nhập tay',
	'suspect-accuracy': 'Độ chính xác đáng ngờ',
	'no-location': 'Không có vị trí'
};
async function* mapBatches<T, U>(batches: AsyncIterable<readonly T[]>, row: (value: T) => U): AsyncGenerator<U[], void, undefined> {
	for await (const batch of batches) yield batch.map(row);
}

const percent = (rate: number | null) => (rate === null ? '' : (Math.round(rate * 1000) / 10).toFixed(1));

/**
 * The queue's inspections matching the caller's filters, within their jurisdiction, as CSV text in
 * pieces: the whole province streams in constant memory. Authorization and the filter are settled
 * before the first piece, so a refusal is still an ordinary error response.
 */
export async function inspectionsCsv(store: Store, user: User, query: QueueQuery, batchSize?: number): Promise<AsyncGenerator<string, void, undefined>> {
	const filter = await reviewFilter(store, user, query);
	const batches = store.exportInspections({ ...filter, sort: query.sort ?? 'started-desc' }, batchSize);
	return csvChunks(
		['Mã biên bản', 'Lần gửi', 'Trạng thái', 'Mã cơ quan', 'Cơ quan', 'Người kiểm tra', 'Mẫu phiếu', 'Phiên bản mẫu', 'Bắt đầu', 'Kết thúc', 'Máy chủ nhận', 'Tỷ lệ tuân thủ (%)', 'Điểm có trọng số (%)', 'Số vi phạm', 'Mức vi phạm cao nhất', 'Cảnh báo vị trí'],
		mapBatches(batches, (r) => [
			r.id,
			r.revision,
			STATUS_VI[r.status] ?? r.status,
			r.agencyId,
			r.agencyName,
			r.inspectorName,
			r.templateId,
			r.templateVersion,
			formatDateTime(r.startedAt),
			r.finishedAt ? formatDateTime(r.finishedAt) : '',
			formatDateTime(r.receivedAt),
			percent(r.complianceRate),
			percent(r.weightedScore),
			r.violations,
			r.maxSeverity ? (SEVERITY_VI[r.maxSeverity] ?? r.maxSeverity) : '',
			r.flags.map((f) => FLAG_VI[f] ?? f).join('; ')
		])
	);
}

/** Every finding of the matching inspections, as inspectionsCsv. */
export async function findingsCsv(store: Store, user: User, query: QueueQuery, batchSize?: number): Promise<AsyncGenerator<string, void, undefined>> {
	const batches = store.exportFindings(await reviewFilter(store, user, query), batchSize);
	return csvChunks(
		['Mã biên bản', 'Lần gửi', 'Trạng thái', 'Mã cơ quan', 'Cơ quan', 'Người kiểm tra', 'Bắt đầu', 'Mã mục', 'Chủ đề', 'Nội dung kiểm tra', 'Kết quả', 'Mức độ', 'Ghi chú'],
		mapBatches(batches, (r) => [
			r.inspectionId,
			r.revision,
			STATUS_VI[r.status] ?? r.status,
			r.agencyId,
			r.agencyName,
			r.inspectorName,
			formatDateTime(r.startedAt),
			r.itemId,
			THEME_TEXT[r.theme as Theme]?.vi ?? r.theme,
			r.itemText,
			OUTCOME_VI[r.outcome] ?? r.outcome,
			SEVERITY_VI[r.severity] ?? r.severity,
			r.note
		])
	);
}
