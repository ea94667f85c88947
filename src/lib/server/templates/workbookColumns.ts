import type { Outcome, ResponseKind, Severity } from '$lib/domain/checklist';
import { foldVietnamese } from '$lib/domain/search';

/**
 * The checklist workbook (export and import): one sheet per kind of row, headers in Vietnamese.
 * Import finds sheets and columns by their Vietnamese header (accents and case optional), so columns
 * may be moved; export writes them in this order. Code values (kinds, severities, yes/no) are
 * written as Vietnamese words and read as those words or the English code.
 */
export interface WorkbookColumn<K extends string> {
	key: K;
	header: string;
	width: number;
	number?: true;
}

const col = <K extends string>(key: K, header: string, width: number, number?: true): WorkbookColumn<K> => ({ key, header, width, ...(number ? { number } : {}) });

export const SHEETS = { template: 'Mẫu phiếu', items: 'Mục', choices: 'Lựa chọn', citations: 'Căn cứ', themes: 'Chủ đề' } as const;
export type SheetKey = keyof typeof SHEETS;

export const TEMPLATE_COLUMNS = [col('field', 'Thông tin', 22), col('value', 'Giá trị', 80)];
/** Rows of the "Mẫu phiếu" sheet, by their label in the first column. */
export const TEMPLATE_FIELDS = {
	id: 'Mã mẫu phiếu',
	version: 'Phiên bản',
	titleVi: 'Tên (tiếng Việt)',
	titleEn: 'Tên (tiếng Anh)',
	descriptionVi: 'Mô tả (tiếng Việt)',
	descriptionEn: 'Mô tả (tiếng Anh)'
} as const;

export const ITEM_COLUMNS = [
	col('sectionId', 'Mã phần', 18),
	col('theme', 'Chủ đề', 18),
	col('sectionVi', 'Tên phần (tiếng Việt)', 30),
	col('sectionEn', 'Tên phần (tiếng Anh)', 30),
	col('id', 'Mã mục', 30),
	col('textVi', 'Nội dung (tiếng Việt)', 60),
	col('textEn', 'Nội dung (tiếng Anh)', 60),
	col('guidanceVi', 'Hướng dẫn (tiếng Việt)', 60),
	col('guidanceEn', 'Hướng dẫn (tiếng Anh)', 60),
	col('kind', 'Kiểu trả lời', 14),
	col('unitVi', 'Đơn vị (tiếng Việt)', 12),
	col('unitEn', 'Đơn vị (tiếng Anh)', 12),
	col('min', 'Nhỏ nhất', 10, true),
	col('max', 'Lớn nhất', 10, true),
	col('compliantMin', 'Đạt khi từ', 10, true),
	col('compliantMax', 'Đạt khi đến', 10, true),
	col('severity', 'Mức độ', 14),
	col('required', 'Bắt buộc trả lời', 10),
	col('noteOnViolation', 'Ghi chú khi vi phạm', 10),
	col('photoOnViolation', 'Ảnh khi vi phạm', 10)
];
export const CHOICE_COLUMNS = [col('itemId', 'Mã mục', 30), col('id', 'Mã lựa chọn', 18), col('labelVi', 'Nhãn (tiếng Việt)', 40), col('labelEn', 'Nhãn (tiếng Anh)', 40), col('outcome', 'Kết quả', 16)];
export const CITATION_COLUMNS = [
	col('itemId', 'Mã mục', 30),
	col('document', 'Số văn bản', 26),
	col('title', 'Tên văn bản', 40),
	col('article', 'Điều', 10),
	col('clause', 'Khoản', 10),
	col('point', 'Điểm', 10),
	col('effectiveFrom', 'Hiệu lực từ', 12),
	col('effectiveTo', 'Hiệu lực đến', 12),
	col('confidence', 'Độ tin cậy', 10),
	col('note', 'Ghi chú', 60)
];
export const THEME_COLUMNS = [col('id', 'Mã chủ đề', 20), col('nameVi', 'Tên (tiếng Việt)', 50), col('nameEn', 'Tên (tiếng Anh)', 50)];

export const KIND_WORDS: Readonly<Record<ResponseKind, string>> = { compliance: 'Đạt/Vi phạm', number: 'Số', text: 'Văn bản', choice: 'Lựa chọn' };
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { minor: 'Nhẹ', major: 'Nặng', critical: 'Nghiêm trọng' };
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = { compliant: 'Đạt', violation: 'Vi phạm', na: 'Không áp dụng' };
export const YES = 'Có';
export const NO = 'Không';

/** A word as typed, for matching: accents, case and spacing optional. */
export const wordKey = (text: string): string => foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();

/** Reads a code by its Vietnamese word or its English code. */
export function codeOf<C extends string>(words: Readonly<Record<C, string>>, text: string): C | undefined {
	const key = wordKey(text);
	return (Object.keys(words) as C[]).find((code) => wordKey(words[code]) === key || wordKey(code) === key);
}
