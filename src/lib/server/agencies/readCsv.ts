/**
 * A CSV file's rows as text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes),
 * read as UTF-8 with or without a byte order mark. The separator is the header line's: a comma, or
 * the semicolon Excel writes where the decimal mark is a comma (Vietnamese regional settings).
 */
export function readCsv(text: string): string[][] {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const firstLine = body.slice(0, body.search(/\r?\n|$/));
	const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const c = body[i] as string;
		if (quoted) {
			if (c === '"') {
				if (body[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === separator) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && body[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
