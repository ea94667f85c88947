import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../tests/fixtures/csv';
import { seedCatalog } from '../seed/seedCatalog';
import { seedHistory } from '../seed/seedHistory';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { csvChunks } from './csv';
import { sheetData } from './exportTable';
import { xlsxChunks } from './xlsx';
import { findingsTable, inspectionsTable } from './exportTables';

// The exports' bytes are a contract with whoever opens them in Excel or feeds them to another
// system: the golden files were written by the buffered exports before streaming replaced them,
// and the streamed output must match them byte for byte (BOM once, CRLF, quoting, row order).
describe('CSV exports, byte for byte', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let admin: User;
	const now = new Date('2026-06-15T03:00:00.000Z');

	beforeAll(async () => {
		({ store, dispose } = await temporaryStore());
		await seedCatalog(store, now);
		await seedHistory(store, now);
		admin = await store.createUser({ username: 'quantri', displayName: 'Quản trị', role: 'admin', jurisdictionId: null, passwordHash: '!' }, now);
	}, 60_000);
	afterAll(() => dispose());

	const text = async (chunks: AsyncIterable<string>) => {
		let all = '';
		for await (const chunk of chunks) all += chunk;
		return all;
	};
	type Query = Parameters<typeof inspectionsTable>[2];
	const inspectionsCsv = async (query: Query, batchSize?: number) => csvChunks(sheetData(await inspectionsTable(store, admin, query, batchSize)));
	const findingsCsv = async (query: Query, batchSize?: number) => csvChunks(sheetData(await findingsTable(store, admin, query, batchSize)));
	// One row per batch, a batch that does not divide the rows, and the server's own size.
	const batchSizes = [1, 7, undefined];

	it.each(batchSizes)('inspections, newest first (batches of %s)', async (batchSize) => {
		await expect(await text(await inspectionsCsv({}, batchSize))).toMatchFileSnapshot('__snapshots__/inspections.csv');
	});

	it.each(batchSizes)('inspections of one status sorted by worst compliance (batches of %s)', async (batchSize) => {
		const csv = await text(await inspectionsCsv({ status: 'approved', sort: 'rate-asc' }, batchSize));
		await expect(csv).toMatchFileSnapshot('__snapshots__/inspections-approved-rate.csv');
	});

	it.each(batchSizes)('findings of a fortnight: notes with commas and quotes, several inspections a day (batches of %s)', async (batchSize) => {
		const csv = await text(await findingsCsv({ from: '2026-05-01', to: '2026-05-14' }, batchSize));
		await expect(csv).toMatchFileSnapshot('__snapshots__/findings-fortnight.csv');
	});

	it('the .xlsx holds what the CSV says, typed: numbers, percentages and Vietnam times', async () => {
		const csv = parseCsv((await text(await inspectionsCsv({}))).slice(1));
		const parts: Uint8Array[] = [];
		for await (const part of xlsxChunks([sheetData(await inspectionsTable(store, admin, {}, 50))])) parts.push(part);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
		const sheet = workbook.getWorksheet('Phiếu kiểm tra');
		const two = (n: number) => String(n).padStart(2, '0');
		// ExcelJS reads a date cell as that wall-clock time in UTC.
		const shown = (value: ExcelJS.CellValue, format: string): string => {
			if (value === null || value === undefined) return '';
			if (value instanceof Date) return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()} ${two(value.getUTCHours())}:${two(value.getUTCMinutes())}`;
			if (typeof value === 'number' && format === '0.0%') return (Math.round(value * 1000) / 10).toFixed(1);
			return String(value);
		};
		const fromXlsx: string[][] = [];
		sheet?.eachRow((row) => {
			fromXlsx.push(csv[0]!.map((_, i) => shown(row.getCell(i + 1).value, row.getCell(i + 1).numFmt)));
		});
		expect(fromXlsx).toHaveLength(csv.length);
		expect(fromXlsx).toEqual(csv);
		expect(typeof sheet?.getCell('L2').value).toBe('number');
	});

	it('an export left early releases its connection, and the store goes on answering', async () => {
		const chunks = await findingsCsv({}, 5);
		for await (const chunk of chunks) {
			expect(chunk.length).toBeGreaterThan(0);
			break;
		}
		expect((await store.reviewQueue({ agencyIds: null, sort: 'started-desc', offset: 0, limit: 1 })).total).toBeGreaterThan(300);
	});
});
