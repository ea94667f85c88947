import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	Header,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IBorderOptions
} from 'docx';
import { numberLine, placeDateLine, type AdministrativeDocument, type DocumentBlock } from '$lib/domain/administrativeDocument';

/**
 * An AdministrativeDocument as a Word file (.docx) in the layout of Nghị định 30/2020/NĐ-CP: A4,
 * margins 20/15/20/30 mm, Times New Roman 13–14 pt, the two-column heading and signature tables
 * without borders, page numbers from the second page at the top centre.
 *
 * Built with the `docx` package, which only supervisor pages load (a dynamic `import()` of this
 * module), so none of it reaches the inspector's phone. Works in the browser (`docxBlob`) and in
 * Node (`docxBytes`, used by the unit test).
 */

/** Twentieths of a point per millimetre (Word's page units). */
const MM = 56.7;
/** Half-points: Word's font sizes. */
const PT = 2;
const FONT = 'Times New Roman';
const BODY_SIZE = 14 * PT;
const SMALL_SIZE = 12 * PT;
/** The writing width of an A4 page between 30 mm and 15 mm margins. */
const TEXT_WIDTH = Math.round((210 - 30 - 15) * MM);

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface RunStyle {
	bold?: boolean;
	italics?: boolean;
	size?: number;
	underline?: boolean;
}

function run(text: string, style: RunStyle = {}): TextRun {
	return new TextRun({
		text,
		font: FONT,
		size: style.size ?? BODY_SIZE,
		...(style.bold ? { bold: true } : {}),
		...(style.italics ? { italics: true } : {}),
		...(style.underline ? { underline: {} } : {})
	});
}

function line(text: string, style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}): Paragraph {
	return new Paragraph({ alignment: style.align ?? AlignmentType.CENTER, spacing: { after: style.after ?? 0 }, children: [run(text, style)] });
}

/** A two-column table without borders: the heading and the signature blocks. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
	const leftWidth = Math.round(TEXT_WIDTH * leftShare);
	const cell = (children: Paragraph[], width: number) =>
		new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
		borders: NO_BORDERS,
		rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] })]
	});
}

function heading(doc: AdministrativeDocument): Table {
	const left = [
		...(doc.parentBody ? [line(doc.parentBody.toUpperCase(), { size: 13 * PT })] : []),
		line(doc.issuingBody.toUpperCase(), { bold: true, size: 13 * PT }),
		// The short rule under the issuer (a third of the line).
		new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: 900, right: 900 }, border: { bottom: LINE }, spacing: { after: 120 }, children: [] }),
		line(numberLine(doc.number), { size: 13 * PT })
	];
	const right = [
		line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 * PT }),
		line('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, after: 240 }),
		line(placeDateLine(doc), { italics: true })
	];
	return twoColumns(left, right, 0.4);
}

/** `keepNext`: the body's last block, kept on the page of the closing (as `break-before: avoid` on paper). */
function block(b: DocumentBlock, keepNext = false): (Paragraph | Table)[] {
	switch (b.kind) {
		case 'heading':
			return [new Paragraph({ keepNext: true, ...(b.centred ? { alignment: AlignmentType.CENTER } : {}), spacing: { before: 160, after: 60 }, children: [run(b.text, { bold: true })] })];
		case 'paragraph':
			return [
				new Paragraph({
					keepNext,
					alignment: AlignmentType.JUSTIFIED,
					indent: { firstLine: Math.round(10 * MM) },
					spacing: { after: 60 },
					children: [run(b.text, { bold: b.emphasis === 'bold', italics: b.emphasis === 'italic' })]
				})
			];
		case 'list':
			return b.items.map(
				(item, k) =>
					new Paragraph({
						keepNext: keepNext && k === b.items.length - 1,
						alignment: AlignmentType.JUSTIFIED,
						indent: { left: Math.round(10 * MM), hanging: Math.round(6 * MM) },
						spacing: { after: 40 },
						children: [run(`${b.ordered ? `${k + 1}.` : '-'} ${item}`)]
					})
			);
		case 'table':
			return [line(b.caption, { italics: true, align: AlignmentType.LEFT, after: 40 }), dataTable(b.header, b.rows)];
		case 'note':
			return [new Paragraph({ keepNext, spacing: { before: 120 }, children: [run(b.text, { size: 11 * PT })] })];
	}
}

function dataTable(header: string[], rows: string[][]): Table {
	const cell = (text: string, bold: boolean, first: boolean) =>
		new TableCell({
			children: [new Paragraph({ alignment: first ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, { bold, size: SMALL_SIZE })] })]
		});
	const borders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		borders,
		rows: [
			new TableRow({ tableHeader: true, children: header.map((h, k) => cell(h, true, k === 0)) }),
			...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, k) => cell(text, false, k === 0)) }))
		]
	});
}

function closing(doc: AdministrativeDocument): Table {
	const left = [
		line('Nơi nhận:', { bold: true, italics: true, size: 12 * PT, align: AlignmentType.LEFT }),
		...doc.recipients.map((r) => line(`- ${r}`, { size: 11 * PT, align: AlignmentType.LEFT }))
	];
	const right = [
		...(doc.signer.authority ? [line(doc.signer.authority.toUpperCase(), { bold: true })] : []),
		line(doc.signer.position.toUpperCase(), { bold: true, after: 1400 }),
		line(doc.signer.name, { bold: true })
	];
	return twoColumns(left, right, 0.5);
}

/** The Word document for `doc`. */
export function administrativeDocx(doc: AdministrativeDocument): Document {
	const children: (Paragraph | Table)[] = [
		heading(doc),
		line(doc.title.toUpperCase(), { bold: true, align: AlignmentType.CENTER }),
		...(doc.subject ? [line(doc.subject, { bold: true, after: 200 })] : []),
		...(doc.banner ? [new Paragraph({ alignment: AlignmentType.CENTER, border: { top: LINE, bottom: LINE, left: LINE, right: LINE }, spacing: { after: 200 }, children: [run(doc.banner, { bold: true, size: SMALL_SIZE })] })] : []),
		...doc.body.flatMap((b, k) => block(b, k === doc.body.length - 1)),
		// Kept with the closing (whose row never splits), so "Nơi nhận" and the signature are never alone on a page.
		new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
		closing(doc)
	];
	return new Document({
		creator: doc.issuingBody,
		title: `${doc.title}${doc.number ? ` ${doc.number}` : ''}`,
		styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
		sections: [
			{
				properties: {
					titlePage: true,
					page: {
						size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
						margin: { top: Math.round(20 * MM), right: Math.round(15 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), header: Math.round(10 * MM) }
					}
				},
				// NĐ 30/2020: page numbers from the second page, centred at the top.
				headers: {
					default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 13 * PT })] })] }),
					first: new Header({ children: [] })
				},
				footers: { first: new Footer({ children: [] }) },
				children
			}
		]
	});
}

/** The .docx bytes as a Blob to download (browser). */
export function docxBlob(doc: AdministrativeDocument): Promise<Blob> {
	return Packer.toBlob(administrativeDocx(doc));
}

/** The .docx bytes (Node: tests and scripts). */
export async function docxBytes(doc: AdministrativeDocument): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toArrayBuffer(administrativeDocx(doc)));
}

/** The file name a document downloads as: its number with the slash made safe ("KL-07-KL-SNV.docx"). */
export function docxFileName(doc: AdministrativeDocument, fallback: string): string {
	return `${(doc.number ?? fallback).replace(/[/\\:*?"<>|]+/g, '-')}.docx`;
}
