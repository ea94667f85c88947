import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, excelDate, xlsxChunks } from './xlsx';
import type { CellValue, SheetData } from './exportTable';

async function* batches(rows: CellValue[][], size: number): AsyncGenerator<CellValue[][], void, undefined> {
	for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}

async function workbookOf(tables: SheetData[], rowsPerSheet?: number): Promise<ExcelJS.Workbook> {
	const parts: Uint8Array[] = [];
	for await (const part of xlsxChunks(tables, rowsPerSheet)) parts.push(part);
	const workbook = new ExcelJS.Workbook();
	// ExcelJS, a separate implementation, is the reader: what it reads back is what Excel is given.
	await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
	return workbook;
}

const COLUMNS: SheetData['columns'] = [
	{ header: 'Cơ quan', kind: 'text', width: 30 },
	{ header: 'Số vi phạm', kind: 'number', width: 10 },
	{ header: 'Tỷ lệ tuân thủ (%)', kind: 'percent', width: 12 },
	{ header: 'Bắt đầu', kind: 'datetime', width: 17 }
];

describe('xlsx export', () => {
	it('writes typed cells: text as text, numbers, percentages and dates in Vietnam wall-clock time', async () => {
		const rows: CellValue[][] = [
			['Sở Nội vụ', 3, 0.755, new Date('2026-03-02T01:30:00.000Z')],
			['=HYPERLINK("x") & <b> "quoted"', 0, null, null],
			['  leading spaces kept\nand a second line\u0007', 12, 1, new Date('2026-12-31T17:00:00.000Z')]
		];
		const workbook = await workbookOf([{ sheet: 'Phiếu kiểm tra', columns: COLUMNS, rows: batches(rows, 2) }]);
		const sheet = workbook.getWorksheet('Phiếu kiểm tra');
		expect(sheet).toBeDefined();
		if (!sheet) return;
		expect(sheet.getRow(1).values).toEqual([undefined, 'Cơ quan', 'Số vi phạm', 'Tỷ lệ tuân thủ (%)', 'Bắt đầu']);
		expect(sheet.getCell('A1').font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.getColumn(1).width).toBe(30);
		expect(sheet.getCell('A2').value).toBe('Sở Nội vụ');
		expect(sheet.getCell('B2').value).toBe(3);
		expect(sheet.getCell('C2').value).toBe(0.755);
		expect(sheet.getCell('C2').numFmt).toBe('0.0%');
		// Excel keeps no time zone: the cell holds the time a Vietnamese reader expects (08:30 on 2 March).
		expect(sheet.getCell('D2').numFmt).toBe('dd/mm/yyyy hh:mm');
		expect((sheet.getCell('D2').value as Date).toISOString()).toBe('2026-03-02T08:30:00.000Z');
		expect((sheet.getCell('D4').value as Date).toISOString()).toBe('2027-01-01T00:00:00.000Z');
		// A formula-looking text stays text (an inline string is never evaluated).
		expect(sheet.getCell('A3').value).toBe('=HYPERLINK("x") & <b> "quoted"');
		expect(sheet.getCell('A3').formula).toBeUndefined();
		expect(sheet.getCell('C3').value).toBeNull();
		// A control character XML cannot carry is dropped; spaces and line breaks stay.
		expect(sheet.getCell('A4').value).toBe('  leading spaces kept\nand a second line');
		expect(sheet.rowCount).toBe(4);
	});

	it('continues on a new sheet past the row limit, and writes several tables as several sheets', async () => {
		const many = Array.from({ length: 10 }, (_, i): CellValue[] => [`Cơ quan ${i + 1}`, i, null, null]);
		const workbook = await workbookOf(
			[
				{ sheet: 'Kết quả kiểm tra', columns: COLUMNS, rows: batches(many, 3) },
				{ sheet: 'Tổng hợp: theo chủ đề/cơ quan', columns: COLUMNS.slice(0, 2), rows: batches([['Tổng', 45]], 1) }
			],
			5
		);
		expect(workbook.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
			['Kết quả kiểm tra', 5],
			['Kết quả kiểm tra (2)', 5],
			['Kết quả kiểm tra (3)', 3],
			['Tổng hợp  theo chủ đề cơ quan', 2]
		]);
		expect(workbook.worksheets[1]?.getCell('A2').value).toBe('Cơ quan 5');
		expect(workbook.worksheets[2]?.getCell('A3').value).toBe('Cơ quan 10');
	});

	it('names columns and dates as Excel does', () => {
		expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
		// 1 January 2026 00:00 in Vietnam is Excel's day 46023.
		expect(excelDate(new Date('2025-12-31T17:00:00.000Z'))).toBe(46023);
	});
});
