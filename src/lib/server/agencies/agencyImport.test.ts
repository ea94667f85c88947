import { describe, expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import { csvChunks } from '../export/csv';
import { agencySheet } from './agencyExport';
import { checkAgencySheet } from './agencyImport';
import { readCsv } from './readCsv';

const NOW = new Date('2026-03-02T01:30:00.000Z');
const HEADER = ['Mã', 'Tên cơ quan', 'Mã cơ quan cấp trên', 'Loại', 'Địa chỉ', 'Vĩ độ', 'Kinh độ'];

const STORED: Agency[] = [
	{ id: 'tinh', parentId: null, name: 'UBND tỉnh', kind: 'province', address: 'Tuyên Quang', location: { lat: 21.82, lng: 105.21 } },
	{ id: 'so-nv', parentId: 'tinh', name: 'Sở Nội vụ', kind: 'department', address: '', location: null },
	{ id: 'xa-a', parentId: 'tinh', name: 'UBND xã A', kind: 'commune', address: 'Thôn 1', location: null },
	{ id: 'xa-b', parentId: 'tinh', name: 'UBND xã B', kind: 'commune', address: '', location: null }
];

async function exported(agencies: readonly Agency[]): Promise<string> {
	let text = '';
	for await (const chunk of csvChunks(agencySheet(agencies))) text += chunk;
	return text;
}

const check = (rows: string[][], stored = STORED) => checkAgencySheet([HEADER, ...rows], stored, NOW);
const errorsOf = (rows: string[][]) => {
	const result = check(rows);
	if (result.ok) throw new Error('the file was accepted');
	return result.errors.map((e) => [e.row, e.code, e.reason]);
};

describe('agency spreadsheet import', () => {
	it('re-imports its own export as no change at all', async () => {
		const result = checkAgencySheet(readCsv(await exported(STORED)), STORED, NOW);
		expect(result).toMatchObject({ ok: true, preview: { added: [], changed: [], moved: [], closed: [], unchanged: 4, edits: [] } });
	});

	it('previews what a good file adds, changes, moves and closes, with the edit that does it', () => {
		const result = check([
			['tinh', 'UBND tỉnh', '', 'province', 'Tuyên Quang', '21.82', '105.21'],
			['SO-NV', 'Sở Nội vụ tỉnh', 'tinh', 'Sở, ban, ngành', '', '', ''],
			['xa-a', 'UBND xã A', 'so-nv', 'xa, phuong', 'Thôn 1', '', ''],
			['xa-c', 'UBND xã C', 'tinh', 'XÃ PHƯỜNG', 'Thôn 3', '22,1', '105,3']
		]);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const { preview } = result;
		expect(preview.added).toEqual([{ id: 'xa-c', parentId: 'tinh', name: 'UBND xã C', kind: 'commune', address: 'Thôn 3', location: { lat: 22.1, lng: 105.3 } }]);
		expect(preview.changed.map((c) => [c.before.name, c.after.name])).toEqual([['Sở Nội vụ', 'Sở Nội vụ tỉnh']]);
		expect(preview.moved.map((m) => [m.after.id, m.before.parentId, m.after.parentId])).toEqual([['xa-a', 'tinh', 'so-nv']]);
		expect(preview.closed.map((a) => a.id)).toEqual(['xa-b']);
		expect(preview.unchanged).toBe(1);
		expect(preview.edits.find((e) => e.after.id === 'xa-b')?.after.closedAt).toBe(NOW.toISOString());
		expect(preview.edits).toHaveLength(4);
	});

	it('reopens a closed agency the file lists again', () => {
		const stored = STORED.map((a) => (a.id === 'xa-b' ? { ...a, closedAt: '2026-01-01T00:00:00.000Z' } : a));
		const result = checkAgencySheet(readCsv(`${HEADER.join(',')}\ntinh,UBND tỉnh,,province,Tuyên Quang,21.82,105.21\nso-nv,Sở Nội vụ,tinh,department,,,\nxa-a,UBND xã A,tinh,commune,Thôn 1,,\nxa-b,UBND xã B,tinh,commune,,,\n`), stored, NOW);
		expect(result.ok && result.preview.changed.map((c) => [c.after.id, c.after.closedAt])).toEqual([['xa-b', undefined]]);
	});

	it('refuses the whole file, listing every bad row with its reason', () => {
		expect(
			errorsOf([
				['tinh', 'UBND tỉnh', '', 'province', '', '', ''],
				['', 'Không có mã', 'tinh', 'commune', '', '', ''],
				['xa a', 'Mã có dấu cách', 'tinh', 'commune', '', '', ''],
				['xa-1', '', 'tinh', 'commune', '', '', ''],
				['xa-2', 'Trùng mã', 'tinh', 'commune', '', '', ''],
				['xa-2', 'Trùng mã lần hai', 'tinh', 'commune', '', '', ''],
				['xa-3', 'Cấp trên không có', 'khong-co', 'commune', '', '', ''],
				['xa-4', 'Loại lạ', 'tinh', 'thôn', '', '', ''],
				['xa-5', 'Ngoài Việt Nam', 'tinh', 'commune', '', '48.85', '2.35'],
				['xa-6', 'Đảo vĩ độ kinh độ', 'tinh', 'commune', '', '105.2', '21.8'],
				['xa-7', 'Thiếu kinh độ', 'tinh', 'commune', '', '21.8', ''],
				['xa-8', 'Không phải số', 'tinh', 'commune', '', '21°49′', '105.2'],
				['xa-9', 'Tự làm cấp trên', 'xa-9', 'commune', '', '', ''],
				['vong-1', 'Vòng 1', 'vong-2', 'unit', '', '', ''],
				['vong-2', 'Vòng 2', 'vong-1', 'unit', '', '', ''],
				['xa-10', 'Cấp trên bị bỏ khỏi tệp', 'so-nv', 'commune', '', '', '']
			])
		).toEqual([
			[3, '', 'Thiếu mã.'],
			[4, 'xa a', 'Mã chỉ gồm chữ không dấu, số, dấu chấm và gạch nối.'],
			[5, 'xa-1', 'Thiếu tên.'],
			[7, 'xa-2', 'Mã trùng với dòng 6.'],
			[8, 'xa-3', 'Không có cơ quan cấp trên mã "khong-co".'],
			[9, 'xa-4', 'Loại "thôn" không có; dùng một trong: Tỉnh; Sở, ban, ngành; Xã, phường; Trung tâm phục vụ hành chính công; Đơn vị trực thuộc.'],
			[10, 'xa-5', 'Toạ độ 48.85, 2.35 nằm ngoài Việt Nam (vĩ độ, kinh độ có bị đảo?).'],
			[11, 'xa-6', 'Toạ độ 105.2, 21.8 nằm ngoài Việt Nam (vĩ độ, kinh độ có bị đảo?).'],
			[12, 'xa-7', 'Cần cả vĩ độ và kinh độ, hoặc để trống cả hai.'],
			[13, 'xa-8', 'Vĩ độ, kinh độ phải là số (ví dụ 21.82).'],
			[14, 'xa-9', 'Cơ quan không thể là cấp trên của chính nó.'],
			[15, 'vong-1', 'Vòng lặp cấp trên: vong-1 → vong-2 → vong-1.'],
			[17, 'xa-10', 'Cơ quan cấp trên "so-nv" không có trong tệp (nếu để ngoài tệp, nó sẽ bị đóng).']
		]);
	});

	it('refuses a file without the required columns, and an empty file', () => {
		expect(checkAgencySheet([['Mã', 'Tên cơ quan']], STORED, NOW)).toEqual({ ok: false, errors: [{ row: 1, code: '', reason: 'Thiếu cột: parentCode, kind.' }] });
		expect(checkAgencySheet([HEADER], STORED, NOW)).toEqual({ ok: false, errors: [{ row: 0, code: '', reason: 'Tệp không có cơ quan nào.' }] });
	});

	it('reads CSV as Excel writes it: a BOM, semicolons, quoted fields with commas, quotes and line breaks', () => {
		expect(readCsv('\uFEFFMã;Tên\r\nxa-a;"UBND xã A; ""mới""\r\nthôn 1"\r\n')).toEqual([
			['Mã', 'Tên'],
			['xa-a', 'UBND xã A; "mới"\r\nthôn 1']
		]);
		expect(readCsv('a,"b,c"\n1,2')).toEqual([
			['a', 'b,c'],
			['1', '2']
		]);
	});

	it('checks a province of 5,000 agencies: a good file, then the same file with a cycle four levels deep (cq-1 under its descendant cq-4681)', async () => {
		const big: Agency[] = Array.from({ length: 5000 }, (_, i) => ({
			id: `cq-${i}`,
			parentId: i === 0 ? null : `cq-${Math.floor((i - 1) / 8)}`,
			name: `Cơ quan số ${i}`,
			kind: i === 0 ? 'province' : 'unit',
			address: `Địa chỉ ${i}`,
			location: { lat: 21 + (i % 100) / 100, lng: 105 + (i % 50) / 100 }
		}));
		const rows = readCsv(await exported(big));
		expect(rows).toHaveLength(5001);
		const added = checkAgencySheet(rows, [], NOW);
		expect(added.ok && added.preview.added).toHaveLength(5000);
		const same = checkAgencySheet(rows, big, NOW);
		expect(same.ok && same.preview.unchanged).toBe(5000);

		const looped = rows.map((row) => (row[0] === 'cq-1' ? [row[0], row[1] as string, 'cq-4681', ...row.slice(3)] : row));
		const result = checkAgencySheet(looped, big, NOW);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors.map((e) => e.reason)).toEqual([expect.stringContaining('Vòng lặp cấp trên')]);
	});
});
