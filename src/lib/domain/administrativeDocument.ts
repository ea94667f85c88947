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
export interface AdministrativeDocument {
	/** The body above the issuer ("UBND TỈNH TUYÊN QUANG"); empty when the issuer has none. */
	parentBody: string;
	/** The issuing body ("SỞ NỘI VỤ"). Printed in capitals. */
	issuingBody: string;
	/** "07/KL-SNV" from the register; null for a draft ("Số: ……"). */
	number: string | null;
	/** The place on the date line ("Tuyên Quang"). */
	place: string;
	/** ISO instant of issue (or of printing a draft); written "ngày 06 tháng 12 năm 2026". */
	date: string;
	/** The kind of document, printed in capitals ("KẾT LUẬN KIỂM TRA"). */
	title: string;
	/** The subject line under it ("Về việc thực hiện văn hóa công vụ tại …"), bold. */
	subject?: string;
	/** A line above the body in a frame: "BẢN DỰ THẢO", "Thay thế Kết luận số 07/KL-SNV …". */
	banner?: string;
	body: DocumentBlock[];
	/** "Nơi nhận": one line each ("Như trên;", "Lưu: VT."). */
	recipients: string[];
	signer: DocumentSigner;
}

export interface DocumentSigner {
	/** Signing on behalf ("KT. GIÁM ĐỐC", "TM. ĐOÀN KIỂM TRA"); empty when signing in one's own right. */
	authority: string;
	/** The signer's position ("PHÓ GIÁM ĐỐC", "TRƯỞNG ĐOÀN"). */
	position: string;
	name: string;
}

/** The body is a flat list of blocks: what both renderers know how to draw. */
export type DocumentBlock =
	| { kind: 'heading'; text: string }
	| { kind: 'paragraph'; text: string; emphasis?: 'italic' | 'bold' }
	| { kind: 'list'; ordered: boolean; items: string[] }
	| { kind: 'table'; caption: string; header: string[]; rows: string[][] }
	/** Small print at the end (fingerprints, the ledger head): monospace-friendly, breaks anywhere. */
	| { kind: 'note'; text: string };

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
