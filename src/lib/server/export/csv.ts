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

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvResponse(filename: string, body: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
