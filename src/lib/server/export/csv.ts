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

/** The same text as toCsv, one batch of rows at a time: the header (with the BOM) first. */
export async function* csvChunks(header: readonly string[], batches: AsyncIterable<readonly (readonly CsvCell[])[]>): AsyncGenerator<string, void, undefined> {
	yield BOM + csvLine(header);
	for await (const rows of batches) yield rows.map(csvLine).join('');
}

export function csvResponse(filename: string, body: ReadableStream<Uint8Array>): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
