import { describe, expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import { xlsxChunks } from '../export/xlsx';
import { agencySheet } from './agencyExport';
import { checkAgencySheet } from './agencyImport';
import { readXlsx } from './readXlsx';

const AGENCIES: Agency[] = [
	{ id: 'tinh', parentId: null, name: 'UBND tỉnh Tuyên Quang', kind: 'province', address: 'Số 1, đường 17/8', location: { lat: 21.8236, lng: 105.2142 } },
	{ id: 'xa-a', parentId: 'tinh', name: 'UBND xã Hồng Thái', kind: 'commune', address: '', location: null }
];

async function exportedXlsx(agencies: readonly Agency[]): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const chunk of xlsxChunks([agencySheet(agencies)])) parts.push(chunk);
	return new Uint8Array(Buffer.concat(parts));
}

describe('agency spreadsheet as .xlsx', () => {
	it("reads the app's own export back cell for cell (ExcelJS reading what the streaming writer wrote)", async () => {
		const rows = await readXlsx(await exportedXlsx(AGENCIES));
		expect(rows).toEqual([
			['Mã', 'Tên cơ quan', 'Mã cơ quan cấp trên', 'Loại', 'Địa chỉ', 'Vĩ độ', 'Kinh độ'],
			['tinh', 'UBND tỉnh Tuyên Quang', '', 'Tỉnh', 'Số 1, đường 17/8', '21.8236', '105.2142'],
			['xa-a', 'UBND xã Hồng Thái', 'tinh', 'Xã, phường', '', '', '']
		]);
		expect(checkAgencySheet(rows, AGENCIES, new Date())).toMatchObject({ ok: true, preview: { unchanged: 2, edits: [] } });
	});
});
