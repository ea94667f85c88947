import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AdministrativeDocument } from '$lib/domain/administrativeDocument';
import { docxBytes, docxFileName } from './administrativeDocx';

const DOC: AdministrativeDocument = {
	parentBody: 'Ủy ban nhân dân tỉnh Tuyên Quang',
	issuingBody: 'Sở Nội vụ',
	number: '07/KL-SNV',
	place: 'Tuyên Quang',
	date: '2026-03-02T03:00:00.000Z',
	title: 'Kết luận kiểm tra',
	subject: 'Về việc thực hiện văn hóa công vụ tại UBND xã A',
	body: [
		{ kind: 'heading', text: 'I. KẾT QUẢ KIỂM TRA' },
		{ kind: 'paragraph', text: 'Đoàn kiểm tra đã kiểm tra.' },
		{ kind: 'table', caption: 'Kết quả theo nội dung', header: ['Nội dung', 'Đạt'], rows: [['Kỷ luật', '3']] },
		{ kind: 'list', ordered: true, items: ['Đúng giờ làm việc. Thời hạn khắc phục: chậm nhất ngày 01/04/2026.'] },
		{ kind: 'note', text: `Mã niêm phong SHA-256: ${'a'.repeat(64)}` }
	],
	recipients: ['UBND xã A (để thực hiện);', 'Lưu: VT.'],
	signer: { authority: 'KT. Giám đốc', position: 'Phó Giám đốc', name: 'Trần Thị Bình' }
};

/** The visible text of word/document.xml, runs joined. */
function documentText(bytes: Uint8Array): string {
	const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
}

describe('the administrative layout as .docx', () => {
	it('carries the heading, number, date, title, body, recipients and signer in the decree order', async () => {
		const bytes = await docxBytes(DOC);
		const text = documentText(bytes);
		const order = [
			'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
			'SỞ NỘI VỤ',
			'Số: 07/KL-SNV',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Tuyên Quang, ngày 02 tháng 3 năm 2026',
			'KẾT LUẬN KIỂM TRA',
			'Về việc thực hiện văn hóa công vụ tại UBND xã A',
			'I. KẾT QUẢ KIỂM TRA',
			'Kỷ luật',
			'1. Đúng giờ làm việc',
			`Mã niêm phong SHA-256: ${'a'.repeat(64)}`,
			'Nơi nhận:',
			'- UBND xã A (để thực hiện);',
			'KT. GIÁM ĐỐC',
			'PHÓ GIÁM ĐỐC',
			'Trần Thị Bình'
		];
		let from = 0;
		for (const part of order) {
			const at = text.indexOf(part, from);
			expect(at, part).toBeGreaterThanOrEqual(0);
			from = at + part.length;
		}
	});

	it('is an A4 page with the decree margins, numbered from the second page', async () => {
		const files = unzipSync(await docxBytes(DOC));
		const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
		expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"|<w:pgSz w:w="1190\d" w:h="168\d\d"/);
		expect(xml).toMatch(/w:left="1701"/);
		expect(xml).toContain('<w:titlePg');
	});

	it('keeps the closing with the end of the body: the last block keeps with the next, the closing row never splits', async () => {
		const xml = strFromU8(unzipSync(await docxBytes(DOC))['word/document.xml'] ?? new Uint8Array());
		const paragraph = (text: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(text)) ?? '';
		const row = (text: string) => [...xml.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((m) => m[0]).find((r) => r.includes(text)) ?? '';
		expect(paragraph('Mã niêm phong SHA-256')).toContain('<w:keepNext/>');
		expect(paragraph('Đoàn kiểm tra đã kiểm tra.')).not.toContain('<w:keepNext/>');
		expect(row('Nơi nhận:')).toContain('<w:cantSplit/>');
	});

	it('names the file after its number', () => {
		expect(docxFileName(DOC, 'ket-luan')).toBe('07-KL-SNV.docx');
		expect(docxFileName({ ...DOC, number: null }, 'ket-luan')).toBe('ket-luan.docx');
	});
});
