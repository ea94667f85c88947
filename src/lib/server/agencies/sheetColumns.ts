import { foldVietnamese } from '$lib/domain/search';

/**
 * The agency spreadsheet's columns, in the order export writes them. Import finds each by its header
 * (Vietnamese as exported, or the English name; accents and case optional), so columns may be moved.
 */
export const AGENCY_SHEET_COLUMNS = [
	{ key: 'code', header: 'Mã', english: 'code', width: 28 },
	{ key: 'name', header: 'Tên cơ quan', english: 'name', width: 48 },
	{ key: 'parentCode', header: 'Mã cơ quan cấp trên', english: 'parent code', width: 28 },
	{ key: 'kind', header: 'Loại', english: 'kind', width: 22 },
	{ key: 'address', header: 'Địa chỉ', english: 'address', width: 48 },
	{ key: 'lat', header: 'Vĩ độ', english: 'lat', width: 12 },
	{ key: 'lng', header: 'Kinh độ', english: 'lng', width: 12 }
] as const;

export type SheetColumnKey = (typeof AGENCY_SHEET_COLUMNS)[number]['key'];

/** Column index of each key by the header row; the keys that are missing. */
export function columnsOf(header: readonly string[]): { index: Partial<Record<SheetColumnKey, number>>; missing: SheetColumnKey[] } {
	const folded = header.map((h) => foldVietnamese(h));
	const index: Partial<Record<SheetColumnKey, number>> = {};
	for (const column of AGENCY_SHEET_COLUMNS) {
		const at = folded.findIndex((h) => h === foldVietnamese(column.header) || h === column.english);
		if (at >= 0) index[column.key] = at;
	}
	// Address and coordinates may be left out; code, name, parent and kind may not.
	const missing = (['code', 'name', 'parentCode', 'kind'] as const).filter((key) => index[key] === undefined);
	return { index, missing };
}
