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
	csv: { type: 'text/csv; charset=utf-8', chunks: (table: SheetData) => csvChunks(table) },
	xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', chunks: (table: SheetData) => xlsxChunks([table]) }
} as const;

/**
 * Exports streaming at once on this server: each holds a database connection and snapshot for its
 * length, so beyond a few the next is asked to come back (503) instead of starving everyone else.
 */
export const MAX_CONCURRENT_EXPORTS = 4;
/** A download that takes nothing for a minute is let go (see bodyStream). */
const EXPORT_IDLE_MS = 60_000;
let running = 0;

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
	if (running >= MAX_CONCURRENT_EXPORTS) {
		throw new ApiError(503, 'busy', 'Đang có nhiều tệp được xuất cùng lúc. Hãy thử lại sau ít phút.', undefined, { 'retry-after': '30' });
	}
	const table = await TABLES[name](store, user, query);
	running += 1;
	const body = bodyStream(FORMATS[format].chunks(table), { idleMs: EXPORT_IDLE_MS, onEnd: () => (running -= 1) });
	return new Response(body, {
		headers: {
			'content-type': FORMATS[format].type,
			'content-disposition': `attachment; filename="${name}-${vietnamDate(now)}.${format}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
