import ExcelJS from 'exceljs';

/**
 * The first worksheet's rows as text, as Excel shows them: numbers as typed (a coordinate stays
 * 21.8), formulas by their result, empty cells as ''. Loaded only by the import action (a dynamic
 * import), so ExcelJS is never part of a page's code nor read at the server's start.
 */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
	const sheets = await readXlsxSheets(bytes);
	return sheets.values().next().value ?? [];
}

/** Every worksheet's rows as text (as readXlsx reads the first), by sheet name, in the workbook's order. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<Map<string, string[][]>> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	return new Map(workbook.worksheets.map((sheet) => [sheet.name, sheetRows(sheet)]));
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
	const rows: string[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row, number) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, column) => {
			cells[column - 1] = cellText(cell.value);
		});
		rows[number - 1] = Array.from(cells, (c) => c ?? '');
	});
	// Excel leaves trailing empty cells out; every row as wide as the widest, as a CSV would be.
	const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
	return Array.from(rows, (r) => Array.from({ length: width }, (_, i) => r?.[i] ?? ''));
}

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString();
	if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('text' in value) return String(value.text);
	return '';
}
