import type { ChecklistTemplate, TemplateBody } from '$lib/domain/checklist';
import type { ThemeRecord } from '$lib/domain/theme';
import type { CellValue, SheetData } from '../export/exportTable';
import {
	CHOICE_COLUMNS,
	CITATION_COLUMNS,
	ITEM_COLUMNS,
	KIND_WORDS,
	NO,
	OUTCOME_WORDS,
	SEVERITY_WORDS,
	SHEETS,
	TEMPLATE_COLUMNS,
	TEMPLATE_FIELDS,
	THEME_COLUMNS,
	YES,
	type WorkbookColumn
} from './workbookColumns';

/** The whole workbook as rows of cells, by sheet: what the writer streams and what tests read back. */
export type WorkbookRows = Record<keyof typeof SHEETS, CellValue[][]>;

const yesNo = (value: boolean) => (value ? YES : NO);

/**
 * A template version (or a draft: version null) as the import reads it back: the file an
 * administrator exports re-imports to the same content. Items in form order, one row each, their
 * section repeated on every row; choices and citations one row each, in their order, by item id;
 * the themes the template names (with their names, so a province's own theme travels with it).
 */
export function templateRows(template: TemplateBody & { version?: number }, themes: readonly ThemeRecord[]): WorkbookRows {
	const info: CellValue[][] = [
		[TEMPLATE_FIELDS.id, template.id],
		[TEMPLATE_FIELDS.version, template.version === undefined ? '' : String(template.version)],
		[TEMPLATE_FIELDS.titleVi, template.title.vi],
		[TEMPLATE_FIELDS.titleEn, template.title.en],
		[TEMPLATE_FIELDS.descriptionVi, template.description.vi],
		[TEMPLATE_FIELDS.descriptionEn, template.description.en]
	];
	const items: CellValue[][] = [];
	const choices: CellValue[][] = [];
	const citations: CellValue[][] = [];
	for (const section of template.sections) {
		for (const item of section.items) {
			const r = item.response;
			const num = r.kind === 'number' ? r : undefined;
			items.push([
				section.id,
				section.theme,
				section.title.vi,
				section.title.en,
				item.id,
				item.text.vi,
				item.text.en,
				item.guidance.vi,
				item.guidance.en,
				KIND_WORDS[r.kind],
				num?.unit?.vi ?? '',
				num?.unit?.en ?? '',
				num?.min ?? null,
				num?.max ?? null,
				num?.compliantMin ?? null,
				num?.compliantMax ?? null,
				SEVERITY_WORDS[item.severity],
				yesNo(item.required),
				yesNo(item.requireOnViolation.note),
				yesNo(item.requireOnViolation.photo)
			]);
			if (r.kind === 'choice') {
				for (const option of r.options) choices.push([item.id, option.id, option.label.vi, option.label.en, option.outcome ? OUTCOME_WORDS[option.outcome] : '']);
			}
			for (const c of item.citations) {
				citations.push([item.id, c.document, c.title, c.article ?? '', c.clause ?? '', c.point ?? '', c.effectiveFrom, c.effectiveTo ?? '', c.confidence, c.note ?? '']);
			}
		}
	}
	const named = new Set(template.sections.map((s) => s.theme));
	const themeRows = themes.filter((t) => named.has(t.id)).map((t) => [t.id, t.name.vi, t.name.en]);
	return { template: info, items, choices, citations, themes: themeRows };
}

function sheet(name: string, columns: readonly WorkbookColumn<string>[], rows: CellValue[][]): SheetData {
	return {
		sheet: name,
		columns: columns.map((c) => ({ header: c.header, kind: c.number ? ('number' as const) : ('text' as const), width: c.width })),
		rows: (async function* () {
			yield rows;
		})()
	};
}

/** The sheets for the xlsx writer (export/xlsx.ts), in the order an administrator reads them. */
export function templateSheets(template: ChecklistTemplate | (TemplateBody & { version?: number }), themes: readonly ThemeRecord[]): SheetData[] {
	const rows = templateRows(template, themes);
	return [
		sheet(SHEETS.template, TEMPLATE_COLUMNS, rows.template),
		sheet(SHEETS.items, ITEM_COLUMNS, rows.items),
		sheet(SHEETS.choices, CHOICE_COLUMNS, rows.choices),
		sheet(SHEETS.citations, CITATION_COLUMNS, rows.citations),
		sheet(SHEETS.themes, THEME_COLUMNS, rows.themes)
	];
}
