import { ConfidenceSchema, type Citation } from '$lib/domain/citation';
import { StableIdSchema, type ChoiceOption, type Response } from '$lib/domain/checklist';
import { IsoDateSchema } from '$lib/domain/dates';
import { DraftInputSchema, type DraftInput, type DraftItemInput, type DraftSectionInput } from '$lib/domain/templateDraft';
import type { ThemeRecord } from '$lib/domain/theme';
import { foldVietnamese } from '$lib/domain/search';
import {
	CHOICE_COLUMNS,
	CITATION_COLUMNS,
	codeOf,
	ITEM_COLUMNS,
	KIND_WORDS,
	NO,
	OUTCOME_WORDS,
	SEVERITY_WORDS,
	SHEETS,
	TEMPLATE_FIELDS,
	THEME_COLUMNS,
	wordKey,
	YES,
	type WorkbookColumn
} from './workbookColumns';

/** One problem of an imported workbook, where the administrator finds it in Excel. */
export interface WorkbookError {
	sheet: string;
	/** As Excel numbers it (the header is row 1); 0 for the sheet as a whole. */
	row: number;
	/** The column's header; '' for the whole row or sheet. */
	column: string;
	reason: string;
}

export type WorkbookParse =
	| { ok: true; templateId: string; input: DraftInput; themes: ThemeRecord[] }
	| { ok: false; errors: WorkbookError[] };

/** The sheets of a workbook as text rows (readXlsx.ts), by sheet name. */
export type WorkbookSheets = ReadonlyMap<string, readonly (readonly string[])[]>;

/** An item without an id is referred to from the choice and citation sheets as "dòng N" (its row in "Mục"). */
const ROW_REFERENCE = /^dong\s*(\d+)$/;

/**
 * Reads a checklist workbook (templateWorkbook.ts writes it) into a draft's content, checking every
 * cell: every problem is listed by sheet, row and column, and nothing is returned unless there is
 * none. Items without an id are new (the store gives them one). Themes the workbook lists are
 * returned for the caller to add those the store lacks; a section's theme must be listed there or
 * be one of `knownThemes`.
 */
export function parseTemplateWorkbook(sheets: WorkbookSheets, knownThemes: readonly ThemeRecord[]): WorkbookParse {
	const errors: WorkbookError[] = [];
	const sheetRows = (name: string) => {
		const key = foldVietnamese(name);
		for (const [sheetName, rows] of sheets) if (foldVietnamese(sheetName) === key) return rows;
		errors.push({ sheet: name, row: 0, column: '', reason: 'Thiếu trang tính này.' });
		return null;
	};

	// Template: label/value rows.
	const info = new Map<string, string>();
	for (const row of (sheetRows(SHEETS.template) ?? []).slice(1)) info.set(foldVietnamese(row[0] ?? ''), (row[1] ?? '').trim());
	const field = (label: string, required: boolean): string => {
		const value = info.get(foldVietnamese(label)) ?? '';
		if (required && value === '') errors.push({ sheet: SHEETS.template, row: 0, column: label, reason: 'Cần có giá trị.' });
		return value;
	};
	const templateId = field(TEMPLATE_FIELDS.id, true);
	if (templateId !== '' && !StableIdSchema.safeParse(templateId).success) {
		errors.push({ sheet: SHEETS.template, row: 0, column: TEMPLATE_FIELDS.id, reason: 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối.' });
	}
	const title = { vi: field(TEMPLATE_FIELDS.titleVi, true), en: field(TEMPLATE_FIELDS.titleEn, true) };
	const description = { vi: field(TEMPLATE_FIELDS.descriptionVi, true), en: field(TEMPLATE_FIELDS.descriptionEn, true) };

	// Themes.
	const themes: ThemeRecord[] = [];
	const themeTable = table(sheetRows(SHEETS.themes), SHEETS.themes, THEME_COLUMNS, errors);
	for (const { row, cell } of themeTable) {
		const id = cell('id', true);
		const name = { vi: cell('nameVi', true), en: cell('nameEn', true) };
		if (id === '') continue;
		if (!StableIdSchema.safeParse(id).success) errors.push({ sheet: SHEETS.themes, row, column: header(THEME_COLUMNS, 'id'), reason: 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối.' });
		else if (themes.some((t) => t.id === id)) errors.push({ sheet: SHEETS.themes, row, column: header(THEME_COLUMNS, 'id'), reason: `Chủ đề "${id}" lặp lại.` });
		else if (name.vi !== '' && name.en !== '') themes.push({ id, name });
	}
	const themeIds = new Set([...knownThemes.map((t) => t.id), ...themes.map((t) => t.id)]);

	// Items, grouped into sections in row order.
	const sections: DraftSectionInput[] = [];
	const sectionRows = new Map<DraftSectionInput, number>();
	const itemsByKey = new Map<string, DraftItemInput>();
	const itemRows = new Map<DraftItemInput, number>();
	const itemTable = table(sheetRows(SHEETS.items), SHEETS.items, ITEM_COLUMNS, errors);
	const at = (column: (typeof ITEM_COLUMNS)[number]['key']) => header(ITEM_COLUMNS, column);
	for (const { row, cell } of itemTable) {
		const bad = (column: (typeof ITEM_COLUMNS)[number]['key'], reason: string) => errors.push({ sheet: SHEETS.items, row, column: at(column), reason });
		const sectionId = cell('sectionId', false);
		const theme = cell('theme', true);
		if (theme !== '' && !themeIds.has(theme)) bad('theme', `Chủ đề "${theme}" không có (thêm vào trang "${SHEETS.themes}").`);
		if (sectionId !== '' && !StableIdSchema.safeParse(sectionId).success) bad('sectionId', 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối.');
		const sectionTitle = { vi: cell('sectionVi', true), en: cell('sectionEn', true) };
		const id = cell('id', false);
		if (id !== '' && !StableIdSchema.safeParse(id).success) bad('id', 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối.');
		if (id !== '' && itemsByKey.has(id)) bad('id', `Mã mục "${id}" lặp lại.`);
		const kind = codeOf(KIND_WORDS, cell('kind', true));
		if (kind === undefined && cell('kind', false) !== '') bad('kind', `Kiểu trả lời là một trong: ${Object.values(KIND_WORDS).join(', ')}.`);
		const severity = codeOf(SEVERITY_WORDS, cell('severity', true));
		if (severity === undefined && cell('severity', false) !== '') bad('severity', `Mức độ là một trong: ${Object.values(SEVERITY_WORDS).join(', ')}.`);
		const flag = (column: 'required' | 'noteOnViolation' | 'photoOnViolation'): boolean => {
			const text = wordKey(cell(column, true));
			if (text === wordKey(YES) || text === 'yes' || text === 'true') return true;
			if (text === wordKey(NO) || text === 'no' || text === 'false') return false;
			if (text !== '') bad(column, `Ghi "${YES}" hoặc "${NO}".`);
			return false;
		};
		const number = (column: 'min' | 'max' | 'compliantMin' | 'compliantMax'): number | undefined => {
			const text = cell(column, false).replace(',', '.');
			if (text === '') return undefined;
			const value = Number(text);
			if (!Number.isFinite(value)) bad(column, 'Cần một số.');
			return Number.isFinite(value) ? value : undefined;
		};
		const unit = { vi: cell('unitVi', false), en: cell('unitEn', false) };
		let response: Response = { kind: 'compliance' };
		if (kind === 'number') {
			const bounds: Record<string, number> = {};
			for (const key of ['min', 'max', 'compliantMin', 'compliantMax'] as const) {
				const value = number(key);
				if (value !== undefined) bounds[key] = value;
			}
			if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) bad('max', 'Lớn nhất phải không nhỏ hơn nhỏ nhất.');
			response = { kind: 'number', ...(unit.vi || unit.en ? { unit: { vi: unit.vi || unit.en, en: unit.en || unit.vi } } : {}), ...bounds };
		} else {
			for (const key of ['unitVi', 'unitEn', 'min', 'max', 'compliantMin', 'compliantMax'] as const) {
				if (cell(key, false) !== '') bad(key, 'Chỉ dùng cho kiểu trả lời "Số".');
			}
			if (kind === 'text' || kind === 'choice') response = kind === 'text' ? { kind } : { kind, options: [] };
		}
		const item: DraftItemInput = {
			...(id !== '' ? { id } : {}),
			text: { vi: cell('textVi', true), en: cell('textEn', true) },
			guidance: { vi: cell('guidanceVi', true), en: cell('guidanceEn', true) },
			response,
			severity: severity ?? 'minor',
			required: flag('required'),
			requireOnViolation: { note: flag('noteOnViolation'), photo: flag('photoOnViolation') },
			citations: []
		};
		itemsByKey.set(id !== '' ? id : `dong ${row}`, item);
		itemRows.set(item, row);
		const last = sections.at(-1);
		const sameSection = last !== undefined && (sectionId === '' ? last.id === undefined && last.title.vi === sectionTitle.vi : last.id === sectionId);
		if (sameSection) {
			if (last.theme !== theme || last.title.vi !== sectionTitle.vi || last.title.en !== sectionTitle.en) {
				bad('sectionId', `Phần "${sectionId || sectionTitle.vi}" ghi khác chủ đề hoặc tên so với dòng ${sectionRows.get(last)}.`);
			}
			last.items.push(item);
		} else {
			if (sectionId !== '' && sections.some((s) => s.id === sectionId)) bad('sectionId', `Các mục của phần "${sectionId}" phải liền nhau.`);
			const section: DraftSectionInput = { ...(sectionId !== '' ? { id: sectionId } : {}), theme, title: sectionTitle, items: [item] };
			sections.push(section);
			sectionRows.set(section, row);
		}
	}
	if (itemTable.length === 0 && sheets.size > 0) errors.push({ sheet: SHEETS.items, row: 0, column: '', reason: 'Mẫu phiếu cần ít nhất một mục.' });

	const itemOf = (sheet: string, row: number, column: string, reference: string): DraftItemInput | undefined => {
		const key = ROW_REFERENCE.test(wordKey(reference)) ? `dong ${ROW_REFERENCE.exec(wordKey(reference))?.[1]}` : reference;
		const item = itemsByKey.get(key);
		if (!item && reference !== '') errors.push({ sheet, row, column, reason: `Không có mục "${reference}" trong trang "${SHEETS.items}".` });
		return item;
	};

	// Choices.
	for (const { row, cell } of table(sheetRows(SHEETS.choices), SHEETS.choices, CHOICE_COLUMNS, errors)) {
		const item = itemOf(SHEETS.choices, row, header(CHOICE_COLUMNS, 'itemId'), cell('itemId', true));
		const id = cell('id', true);
		const bad = (column: (typeof CHOICE_COLUMNS)[number]['key'], reason: string) => errors.push({ sheet: SHEETS.choices, row, column: header(CHOICE_COLUMNS, column), reason });
		if (id !== '' && !StableIdSchema.safeParse(id).success) bad('id', 'Mã chỉ gồm chữ thường không dấu, số, dấu chấm và gạch nối.');
		const outcomeText = cell('outcome', false);
		const outcome = codeOf(OUTCOME_WORDS, outcomeText);
		if (outcomeText !== '' && outcome === undefined) bad('outcome', `Kết quả là một trong: ${Object.values(OUTCOME_WORDS).join(', ')}, hoặc để trống.`);
		if (!item) continue;
		if (item.response.kind !== 'choice') {
			bad('itemId', 'Mục này không có kiểu trả lời "Lựa chọn".');
			continue;
		}
		if (item.response.options.some((o) => o.id === id)) bad('id', `Mã lựa chọn "${id}" lặp lại trong mục.`);
		const option: ChoiceOption = { id, label: { vi: cell('labelVi', true), en: cell('labelEn', true) }, ...(outcome ? { outcome } : {}) };
		item.response.options.push(option);
	}

	// Citations.
	for (const { row, cell } of table(sheetRows(SHEETS.citations), SHEETS.citations, CITATION_COLUMNS, errors)) {
		const item = itemOf(SHEETS.citations, row, header(CITATION_COLUMNS, 'itemId'), cell('itemId', true));
		const bad = (column: (typeof CITATION_COLUMNS)[number]['key'], reason: string) => errors.push({ sheet: SHEETS.citations, row, column: header(CITATION_COLUMNS, column), reason });
		const date = (column: 'effectiveFrom' | 'effectiveTo', required: boolean): string | undefined => {
			const text = cell(column, required).slice(0, 10);
			if (text === '') return undefined;
			if (!IsoDateSchema.safeParse(text).success) bad(column, 'Ngày ghi theo dạng YYYY-MM-DD, ví dụ 2025-07-01.');
			return text;
		};
		const effectiveFrom = date('effectiveFrom', true);
		const effectiveTo = date('effectiveTo', false);
		if (effectiveFrom && effectiveTo && effectiveTo < effectiveFrom) bad('effectiveTo', 'Ngày hết hiệu lực trước ngày có hiệu lực.');
		const confidence = ConfidenceSchema.safeParse(cell('confidence', true).toUpperCase());
		if (!confidence.success && cell('confidence', false) !== '') bad('confidence', 'Độ tin cậy là V, S hoặc U.');
		const optional = (column: 'article' | 'clause' | 'point' | 'note') => {
			const text = cell(column, false);
			return text === '' ? {} : { [column]: text };
		};
		const citation: Citation = {
			document: cell('document', true),
			title: cell('title', true),
			...optional('article'),
			...optional('clause'),
			...optional('point'),
			effectiveFrom: effectiveFrom ?? '',
			...(effectiveTo ? { effectiveTo } : {}),
			confidence: confidence.success ? confidence.data : 'U',
			...optional('note')
		};
		item?.citations.push(citation);
	}

	for (const section of sections) {
		for (const item of section.items) {
			const row = itemRows.get(item) ?? 0;
			const where = item.id ? `"${item.id}"` : `ở dòng ${row}`;
			if (item.citations.length === 0) errors.push({ sheet: SHEETS.citations, row: 0, column: '', reason: `Mục ${where} cần ít nhất một căn cứ.` });
			if (item.response.kind === 'choice' && item.response.options.length < 2) errors.push({ sheet: SHEETS.choices, row: 0, column: '', reason: `Mục ${where} cần ít nhất hai lựa chọn.` });
		}
	}
	if (errors.length > 0) return { ok: false, errors: ordered(errors) };

	const input = { title, description, sections };
	// Every cell was checked above; the shared schema is the last word (and a test holds that it agrees).
	const parsed = DraftInputSchema.safeParse(input);
	if (!parsed.success) {
		return { ok: false, errors: parsed.error.issues.map((issue) => ({ sheet: SHEETS.items, row: 0, column: issue.path.map(String).join('.'), reason: issue.message })) };
	}
	return { ok: true, templateId, input: parsed.data, themes };
}

interface TableRow<K extends string> {
	row: number;
	cell: (key: K, required: boolean) => string;
}

/** A sheet's data rows with its cells by column key; a missing column or required cell is an error. */
function table<K extends string>(rows: readonly (readonly string[])[] | null, sheet: string, columns: readonly WorkbookColumn<K>[], errors: WorkbookError[]): TableRow<K>[] {
	if (!rows) return [];
	const headerRow = (rows[0] ?? []).map((h) => foldVietnamese(h));
	const index = new Map<K, number>();
	for (const column of columns) {
		const found = headerRow.indexOf(foldVietnamese(column.header));
		if (found >= 0) index.set(column.key, found);
		else errors.push({ sheet, row: 1, column: column.header, reason: 'Thiếu cột này.' });
	}
	const result: TableRow<K>[] = [];
	rows.forEach((cells, i) => {
		if (i === 0 || cells.every((c) => c.trim() === '')) return;
		const row = i + 1;
		result.push({
			row,
			cell: (key, required) => {
				const at = index.get(key);
				const value = at === undefined ? '' : (cells[at] ?? '').trim();
				if (required && value === '' && at !== undefined) errors.push({ sheet, row, column: header(columns, key), reason: 'Ô này không được để trống.' });
				return value;
			}
		});
	});
	return result;
}

function header<K extends string>(columns: readonly WorkbookColumn<K>[], key: K): string {
	return columns.find((c) => c.key === key)?.header ?? key;
}

const SHEET_ORDER: readonly string[] = Object.values(SHEETS);

/** By sheet (in the workbook's order), row, then column; each problem once. */
function ordered(errors: readonly WorkbookError[]): WorkbookError[] {
	const seen = new Set<string>();
	return errors
		.filter((e) => {
			const key = `${e.sheet}|${e.row}|${e.column}|${e.reason}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row);
}
