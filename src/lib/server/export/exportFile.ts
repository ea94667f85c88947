import { vietnamDate } from '$lib/domain/dates';
import type { QueueQuery } from '$lib/domain/reviewQueue';
import { ApiError } from '../http/apiError';
import { bodyStream } from '../http/bodyStream';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { csvChunks } from './csv';
import { sheetData, type SheetData } from './exportTable';
import { findingsTable, inspectionsTable } from './exportTables';
import { xlsxChunks } from './xlsx';

const TABLES = {
	inspections: async (store: Store, user: User, query: QueueQuery) => sheetData(await inspectionsTable(store, user, query)),
	findings: async (store: Store, user: User, query: QueueQuery) => sheetData(await findingsTable(store, user, query))
} satisfies Record<string, (store: Store, user: User, query: QueueQuery) => Promise<SheetData>>;

const FORMATS = {
	csv: { type: 'text/csv; charset=utf-8', body: (table: SheetData) => bodyStream(csvChunks(table)) },
	xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: (table: SheetData) => bodyStream(xlsxChunks([table])) }
} as const;

const FILE = /^(inspections|findings)\.(csv|xlsx)$/;

/**
 * One export named like its file (inspections.csv, findings.xlsx …), within the caller's
 * jurisdiction and filters, streamed as the client takes it. CSV: UTF-8 with BOM, RFC 4180; .xlsx:
 * typed cells (numbers, dates, percentages) that Excel opens with any regional settings.
 */
export async function exportFile(store: Store, user: User, file: string, query: QueueQuery, now = new Date()): Promise<Response> {
	const match = FILE.exec(file);
	if (!match) throw new ApiError(404, 'not-found', 'Không có tệp xuất này.');
	const [, name, format] = match as unknown as [string, keyof typeof TABLES, keyof typeof FORMATS];
	const table = await TABLES[name](store, user, query);
	return new Response(FORMATS[format].body(table), {
		headers: {
			'content-type': FORMATS[format].type,
			'content-disposition': `attachment; filename="${name}-${vietnamDate(now)}.${format}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
