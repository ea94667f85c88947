import { describe, expect, it } from 'vitest';
import { publishedTemplates } from '$lib/content/templates';
import { THEME_TEXT } from '$lib/components/themeText';
import { THEMES, type ChecklistTemplate } from '$lib/domain/checklist';
import type { ThemeRecord } from '$lib/domain/theme';
import { readXlsxSheets } from '../agencies/readXlsx';
import type { CellValue } from '../export/exportTable';
import { xlsxChunks } from '../export/xlsx';
import { parseTemplateWorkbook, type WorkbookError } from './parseTemplateWorkbook';
import { templateRows, templateSheets } from './templateWorkbook';
import { CHOICE_COLUMNS, CITATION_COLUMNS, ITEM_COLUMNS, SHEETS, TEMPLATE_COLUMNS, THEME_COLUMNS } from './workbookColumns';

const THEME_RECORDS: ThemeRecord[] = THEMES.map((id) => ({ id, name: THEME_TEXT[id] }));
const full = publishedTemplates[0] as ChecklistTemplate;
const contentOf = (t: ChecklistTemplate) => ({ title: t.title, description: t.description, sections: t.sections });
const fullContent = contentOf(full);

async function xlsxBytes(template: ChecklistTemplate): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const chunk of xlsxChunks(templateSheets(template, THEME_RECORDS))) parts.push(chunk);
	return new Uint8Array(Buffer.concat(parts));
}

/** The workbook as the parser reads it (text cells, header first), from the export's cells. */
function sheetsOf(template: ChecklistTemplate, edit?: (rows: Record<string, string[][]>) => void): Map<string, string[][]> {
	const rows = templateRows(template, THEME_RECORDS);
	const text = (cells: CellValue[][]) => cells.map((row) => row.map((c) => (c === null ? '' : String(c))));
	const sheets: Record<string, string[][]> = {
		[SHEETS.template]: [TEMPLATE_COLUMNS.map((c) => c.header), ...text(rows.template)],
		[SHEETS.items]: [ITEM_COLUMNS.map((c) => c.header), ...text(rows.items)],
		[SHEETS.choices]: [CHOICE_COLUMNS.map((c) => c.header), ...text(rows.choices)],
		[SHEETS.citations]: [CITATION_COLUMNS.map((c) => c.header), ...text(rows.citations)],
		[SHEETS.themes]: [THEME_COLUMNS.map((c) => c.header), ...text(rows.themes)]
	};
	edit?.(sheets);
	return new Map(Object.entries(sheets));
}

const col = (columns: readonly { header: string }[], header: string) => columns.findIndex((c) => c.header === header);

function errorsOf(sheets: Map<string, string[][]>): WorkbookError[] {
	const parsed = parseTemplateWorkbook(sheets, THEME_RECORDS);
	if (parsed.ok) throw new Error('expected errors');
	return parsed.errors;
}

describe('checklist workbook', () => {
	it('re-imports every shipped template from its exported .xlsx to the same content', async () => {
		for (const template of publishedTemplates) {
			const parsed = parseTemplateWorkbook(await readXlsxSheets(await xlsxBytes(template)), THEME_RECORDS);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
			expect(parsed.templateId).toBe(template.id);
			expect(parsed.input).toEqual(contentOf(template));
		}
	});

	it('reads a choice item, a number item with bounds, and a new row without id, whose citation names it by row', () => {
		const withNew = sheetsOf(full, (s) => {
			const items = s[SHEETS.items]!;
			const copy = [...items[1]!];
			copy[col(ITEM_COLUMNS, 'Mã mục')] = '';
			copy[col(ITEM_COLUMNS, 'Nội dung (tiếng Việt)')] = 'Mục mới của tỉnh';
			items.splice(2, 0, copy);
			s[SHEETS.citations]!.push(['dòng 3', 'QĐ 1/2026/QĐ-UBND', 'Quy chế của tỉnh', 'Điều 2', '', '', '2026-01-01', '', 'V', '']);
		});
		const parsed = parseTemplateWorkbook(withNew, THEME_RECORDS);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		const added = parsed.input.sections[0]!.items[1]!;
		expect(added.id).toBeUndefined();
		expect(added.text.vi).toBe('Mục mới của tỉnh');
		expect(added.citations).toEqual([{ document: 'QĐ 1/2026/QĐ-UBND', title: 'Quy chế của tỉnh', article: 'Điều 2', effectiveFrom: '2026-01-01', confidence: 'V' }]);
		expect(parsed.input.sections[0]!.items).toHaveLength(fullContent.sections[0]!.items.length + 1);
		const kinds = new Set(parsed.input.sections.flatMap((s) => s.items.map((i) => i.response.kind)));
		expect(kinds).toEqual(new Set(fullContent.sections.flatMap((s) => s.items.map((i) => i.response.kind))));
	});

	it('adds a theme listed in the workbook that the store does not have', () => {
		const parsed = parseTemplateWorkbook(
			sheetsOf(full, (s) => {
				s[SHEETS.themes]!.push(['van-hoa-doc', 'Văn hóa đọc', 'Reading culture']);
				// The first row becomes a section of its own, under the new theme.
				s[SHEETS.items]![1]![col(ITEM_COLUMNS, 'Chủ đề')] = 'van-hoa-doc';
				s[SHEETS.items]![1]![col(ITEM_COLUMNS, 'Mã phần')] = 'van-hoa-doc';
			}),
			THEME_RECORDS
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		expect(parsed.themes.map((t) => t.id)).toContain('van-hoa-doc');
		expect(parsed.input.sections[0]).toMatchObject({ id: 'van-hoa-doc', theme: 'van-hoa-doc' });
	});

	it('lists every bad row by sheet, row and column, and returns no content', () => {
		const errors = errorsOf(
			sheetsOf(full, (s) => {
				const items = s[SHEETS.items]!;
				const set = (row: number, header: string, value: string) => (items[row - 1]![col(ITEM_COLUMNS, header)] = value);
				set(2, 'Kiểu trả lời', 'Ngày tháng');
				set(3, 'Mức độ', 'Rất nặng');
				set(4, 'Chủ đề', 'khong-co');
				set(5, 'Mã mục', 'Có Dấu');
				set(6, 'Mã mục', items[6]![col(ITEM_COLUMNS, 'Mã mục')]!);
				set(8, 'Bắt buộc trả lời', 'có lẽ');
				set(9, 'Nội dung (tiếng Việt)', '');
				set(10, 'Nhỏ nhất', '5');
				const citations = s[SHEETS.citations]!;
				citations[1]![col(CITATION_COLUMNS, 'Hiệu lực từ')] = '1/7/2025';
				citations[2]![col(CITATION_COLUMNS, 'Độ tin cậy')] = 'X';
				citations[3]![col(CITATION_COLUMNS, 'Mã mục')] = 'khong.co-muc';
				s[SHEETS.template]![1]![1] = 'Mã Sai';
			})
		);
		const where = errors.map((e) => `${e.sheet}|${e.row}|${e.column}`);
		expect(where).toEqual(
			expect.arrayContaining([
				`${SHEETS.template}|0|Mã mẫu phiếu`,
				`${SHEETS.items}|2|Kiểu trả lời`,
				`${SHEETS.items}|3|Mức độ`,
				`${SHEETS.items}|4|Chủ đề`,
				`${SHEETS.items}|5|Mã mục`,
				`${SHEETS.items}|7|Mã mục`,
				`${SHEETS.items}|8|Bắt buộc trả lời`,
				`${SHEETS.items}|9|Nội dung (tiếng Việt)`,
				`${SHEETS.items}|10|Nhỏ nhất`,
				`${SHEETS.citations}|2|Hiệu lực từ`,
				`${SHEETS.citations}|3|Độ tin cậy`,
				`${SHEETS.citations}|4|Mã mục`
			])
		);
		// In the workbook's order, then by row.
		expect(errors.map((e) => e.sheet)).toEqual([...errors.map((e) => e.sheet)].sort((a, b) => Object.values(SHEETS).indexOf(a as never) - Object.values(SHEETS).indexOf(b as never)));
	});

	it('refuses a missing sheet or column, an item with no citation, a choice item with one option, a choice on a non-choice item', () => {
		const noSheet = sheetsOf(full);
		noSheet.delete(SHEETS.citations);
		expect(errorsOf(noSheet)).toContainEqual({ sheet: SHEETS.citations, row: 0, column: '', reason: 'Thiếu trang tính này.' });

		const noColumn = errorsOf(sheetsOf(full, (s) => (s[SHEETS.items]![0]![col(ITEM_COLUMNS, 'Mức độ')] = 'Muc')));
		expect(noColumn).toContainEqual({ sheet: SHEETS.items, row: 1, column: 'Mức độ', reason: 'Thiếu cột này.' });

		const firstItem = fullContent.sections[0]!.items[0]!.id;
		const uncited = errorsOf(sheetsOf(full, (s) => (s[SHEETS.citations] = s[SHEETS.citations]!.filter((row) => row[0] !== firstItem))));
		expect(uncited.map((e) => e.reason)).toContain(`Mục "${firstItem}" cần ít nhất một căn cứ.`);

		const choices = sheetsOf(full).get(SHEETS.choices)!;
		const choiceItem = choices[1]![0]!;
		const oneOption = errorsOf(sheetsOf(full, (s) => (s[SHEETS.choices] = s[SHEETS.choices]!.filter((row, i) => i < 2 || row[0] !== choiceItem))));
		expect(oneOption.map((e) => e.reason)).toContain(`Mục "${choiceItem}" cần ít nhất hai lựa chọn.`);

		const wrongKind = errorsOf(sheetsOf(full, (s) => s[SHEETS.choices]!.push([firstItem, 'co', 'Có', 'Yes', 'Đạt'])));
		expect(wrongKind).toContainEqual({ sheet: SHEETS.choices, row: choices.length + 1, column: 'Mã mục', reason: 'Mục này không có kiểu trả lời "Lựa chọn".' });
	});

	it('refuses a section whose rows are split, or whose rows disagree on its theme', () => {
		const split = errorsOf(
			sheetsOf(full, (s) => {
				const items = s[SHEETS.items]!;
				const row = items.splice(2, 1)[0]!;
				items.push(row);
			})
		);
		expect(split.some((e) => e.sheet === SHEETS.items && e.column === 'Mã phần' && e.reason.includes('liền nhau'))).toBe(true);
		const disagree = errorsOf(sheetsOf(full, (s) => (s[SHEETS.items]![2]![col(ITEM_COLUMNS, 'Chủ đề')] = 'dress')));
		expect(disagree).toContainEqual(expect.objectContaining({ sheet: SHEETS.items, row: 3, column: 'Mã phần' }));
	});
});
