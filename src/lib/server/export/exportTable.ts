/**
 * One exported table, written once and read by both writers: the CSV (text as the screens show it)
 * and the .xlsx (typed cells: numbers as numbers, dates as dates, rates as percentages).
 */
export type CellValue = string | number | Date | null;

/**
 * text and number as they are; percent: a fraction 0–1 (CSV: "75.0", xlsx: 75.0 %); datetime: an
 * instant (CSV: dd/mm/yyyy HH:mm in Vietnam time, xlsx: that wall-clock time as an Excel date).
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'datetime';

export interface ExportColumn<T> {
	header: string;
	kind: ColumnKind;
	/** Width in characters for the spreadsheet; the CSV has none. */
	width: number;
	value: (row: T) => CellValue;
}

export interface ExportTable<T> {
	/** The sheet's name in the workbook (at most 31 characters, as Excel allows). */
	sheet: string;
	columns: readonly ExportColumn<T>[];
	/** Rows in batches, read only as the writer needs them. */
	rows: AsyncIterable<readonly T[]>;
}

export type ColumnFormat = Pick<ExportColumn<unknown>, 'header' | 'kind' | 'width'>;

/** A table with its rows already turned into cells: what the writers read, whatever the row type was. */
export interface SheetData {
	sheet: string;
	columns: readonly ColumnFormat[];
	rows: AsyncIterable<CellValue[][]>;
}

export function sheetData<T>(table: ExportTable<T>): SheetData {
	return {
		sheet: table.sheet,
		columns: table.columns.map(({ header, kind, width }) => ({ header, kind, width })),
		rows: cells(table)
	};
}

async function* cells<T>(table: ExportTable<T>): AsyncGenerator<CellValue[][], void, undefined> {
	for await (const batch of table.rows) yield batch.map((row) => table.columns.map((c) => c.value(row)));
}
