import { z } from 'zod/mini';
import { vietnamDate } from './dates';

/**
 * A document in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP, Phụ lục I), as data:
 * every document the app issues (a conclusion, a periodic report, a plan's decision and notice) is
 * built as one of these, then drawn either as a printable page
 * (`components/documents/AdministrativeDocument.svelte`) or as a .docx
 * (`client/documents/administrativeDocx.ts`, loaded on demand). One model, two renderers, so the
 * page and the file cannot drift apart. Always Vietnamese: it is the legal text, not the interface.
 *
 * The layout, top to bottom: the issuing body under its parent body (left) and the national title
 * with the motto (right); the number and symbol (left) and place and date (right); the kind of
 * document and its subject; the body; "Nơi nhận" (left) and the signer (right).
 */
const text = z.string();

/** The body is a flat list of blocks: what both renderers know how to draw. */
export const DocumentBlockSchema = z.discriminatedUnion('kind', [
	/** `centred`: a decision's authority line and its "QUYẾT ĐỊNH:" (NĐ 30/2020, Phụ lục I, mẫu 1.4). */
	z.object({ kind: z.literal('heading'), text, centred: z.optional(z.boolean()) }),
	z.object({ kind: z.literal('paragraph'), text, emphasis: z.optional(z.enum(['italic', 'bold'])) }),
	z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(text) }),
	z.object({ kind: z.literal('table'), caption: text, header: z.array(text), rows: z.array(z.array(text)) }),
	/** Small print at the end (fingerprints, the ledger head): breaks anywhere. */
	z.object({ kind: z.literal('note'), text })
]);
export type DocumentBlock = z.infer<typeof DocumentBlockSchema>;

export const DocumentSignerSchema = z.object({
	/** Signing on behalf ("KT. GIÁM ĐỐC", "TM. ĐOÀN KIỂM TRA"); empty when signing in one's own right. */
	authority: text,
	/** The signer's position ("PHÓ GIÁM ĐỐC", "TRƯỞNG ĐOÀN"). */
	position: text,
	name: text
});
export type DocumentSigner = z.infer<typeof DocumentSignerSchema>;

/** Also checks what a page reads back from the server before it is drawn. */
export const AdministrativeDocumentSchema = z.object({
	/** The body above the issuer ("UBND TỈNH TUYÊN QUANG"); empty when the issuer has none. */
	parentBody: text,
	/** The issuing body ("SỞ NỘI VỤ"). Printed in capitals. */
	issuingBody: text,
	/** "07/KL-SNV" from the register; null for a draft ("Số: ……"). */
	number: z.nullable(text),
	/** The place on the date line ("Tuyên Quang"). */
	place: text,
	/** ISO instant of issue (or of printing a draft); written "ngày 06 tháng 12 năm 2026". */
	date: text,
	/** The kind of document, printed in capitals ("KẾT LUẬN KIỂM TRA"). */
	title: text,
	/** The subject line under it ("Về việc thực hiện văn hóa công vụ tại …"), bold. */
	subject: z.optional(text),
	/** A line above the body in a frame: "BẢN DỰ THẢO", "Thay thế Kết luận số 07/KL-SNV …". */
	banner: z.optional(text),
	body: z.array(DocumentBlockSchema),
	/** "Nơi nhận": one line each ("Như trên;", "Lưu: VT."). */
	recipients: z.array(text),
	signer: DocumentSignerSchema
});
export type AdministrativeDocument = z.infer<typeof AdministrativeDocumentSchema>;

/**
 * "ngày 26 tháng 11 năm 2026", as Nghị định 30/2020 writes a document's date: a leading zero for
 * days below 10 and for months 1 and 2 only (so "tháng 01", but "tháng 3").
 */
export function administrativeDate(instant: string): string {
	const [y, m, d] = vietnamDate(instant).split('-');
	const month = Number(m);
	return `ngày ${d} tháng ${month <= 2 ? m : String(month)} năm ${y}`;
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → "Tuyên Quang": the place name on the date line. */
export function placeName(provinceName: string | undefined): string {
	if (!provinceName) return 'Tuyên Quang';
	const match = /(?:tỉnh|thành phố)\s+(.+)$/i.exec(provinceName);
	return match?.[1] ?? provinceName;
}

/** "Số: 07/KL-SNV", or dots to fill in by hand on a draft. */
export function numberLine(number: string | null): string {
	return `Số: ${number ?? '……'}`;
}

/** The place and date line, e.g. "Tuyên Quang, ngày 06 tháng 12 năm 2026". */
export function placeDateLine(doc: Pick<AdministrativeDocument, 'place' | 'date'>): string {
	return `${doc.place}, ${administrativeDate(doc.date)}`;
}

