import { formatDateTime } from '$lib/domain/dates';
import type { CellValue, ColumnKind, SheetData } from './exportTable';

/**
 * CSV as RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), prefixed with a UTF-8 byte order mark: without it Excel reads the file as the local code
 * page and Vietnamese letters come out garbled.
 */
export const BOM = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	// A field starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
	if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvCell = string | number | null | undefined;

const csvLine = (row: readonly CsvCell[]) => row.map(csvField).join(',') + '\r\n';

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	return BOM + [header, ...rows].map(csvLine).join('');
}

const percent = (rate: number) => (Math.round(rate * 1000) / 10).toFixed(1);

function csvCell(kind: ColumnKind, value: CellValue): CsvCell {
	if (value === null) return '';
	if (kind === 'datetime' && value instanceof Date) return formatDateTime(value);
	if (kind === 'percent' && typeof value === 'number') return percent(value);
	return value instanceof Date ? value.toISOString() : value;
}

/** The same text as toCsv, one batch of rows at a time: the header (with the BOM) first. */
export async function* csvChunks(table: SheetData): AsyncGenerator<string, void, undefined> {
	const kinds = table.columns.map((c) => c.kind);
	yield BOM + csvLine(table.columns.map((c) => c.header));
	for await (const rows of table.rows) yield rows.map((row) => csvLine(row.map((value, i) => csvCell(kinds[i] ?? 'text', value)))).join('');
}
