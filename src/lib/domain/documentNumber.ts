import { z } from 'zod/mini';

/**
 * Numbers of the documents the app issues (NĐ 30/2020/NĐ-CP, Phụ lục I–III): "Số: 12/QĐ-SNV" is
 * the 12th decision of the year of the body abbreviated SNV. Each issuing body numbers each kind of
 * document from 01 every calendar year; a number once issued is never issued again (the register,
 * `store/register/`, hands them out in a transaction).
 */
export const DOCUMENT_KINDS = ['decision', 'notice', 'conclusion', 'plan', 'report'] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** The abbreviation of each kind's name (Phụ lục III of NĐ 30/2020). */
export const DOCUMENT_KIND_CODES: Readonly<Record<DocumentKind, string>> = {
	decision: 'QĐ',
	notice: 'TB',
	conclusion: 'KL',
	plan: 'KH',
	report: 'BC'
};

/** The kind's name as it heads the document. */
export const DOCUMENT_KIND_TITLES: Readonly<Record<DocumentKind, string>> = {
	decision: 'QUYẾT ĐỊNH',
	notice: 'THÔNG BÁO',
	conclusion: 'KẾT LUẬN KIỂM TRA',
	plan: 'KẾ HOẠCH',
	report: 'BÁO CÁO'
};

/** One issued number as the register keeps it. */
export const RegisterEntrySchema = z.object({
	issuerId: z.string().check(z.minLength(1)),
	kind: DocumentKindSchema,
	year: z.number().check(z.int(), z.gte(2000), z.lte(2999)),
	number: z.number().check(z.int(), z.gte(1)),
	/** "12/QĐ-SNV", as printed after "Số:". */
	symbol: z.string().check(z.minLength(1)),
	/** What the number was given to (a conclusion's id, a plan's id …). */
	subjectId: z.string().check(z.minLength(1)),
	title: z.string(),
	issuedAt: z.string(),
	issuedBy: z.string()
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

/** What a caller asks the register for; the number and symbol are the register's. */
export type NewRegisterEntry = Omit<RegisterEntry, 'number' | 'symbol' | 'year' | 'issuedAt'> & {
	/** The issuing body's abbreviation ("SNV"), see issuerCode. */
	issuerCode: string;
};

/** Numbers below 10 are written with a leading zero (NĐ 30/2020, Phụ lục I, mục 3). */
export function formatDocumentNumber(number: number, kind: DocumentKind, issuerCode: string): string {
	return `${String(number).padStart(2, '0')}/${DOCUMENT_KIND_CODES[kind]}-${issuerCode}`;
}

/** Words left out of an abbreviation, as in "SVHTTDL" for "Sở Văn hóa, Thể thao và Du lịch". */
const SKIPPED_WORDS = new Set(['và', 'của', 'các']);
const PEOPLES_COMMITTEE = /^ủy ban nhân dân\b|^uỷ ban nhân dân\b/i;

/**
 * A body's abbreviation in document symbols, from its name: the first letter of each word (đ kept
 * as Đ, other diacritics dropped), "UBND" for a People's Committee. An agency that registers another
 * code will need a field of its own; until then this is the one rule.
 */
export function issuerCode(name: string): string {
	const trimmed = name.trim();
	if (PEOPLES_COMMITTEE.test(trimmed)) return 'UBND';
	const letters = trimmed
		.split(/[\s,;.()-]+/)
		.filter((word) => word.length > 0 && !SKIPPED_WORDS.has(word.toLowerCase()))
		.map((word) => initial(word));
	return letters.join('') || 'CQ';
}

function initial(word: string): string {
	const first = word.charAt(0).toUpperCase();
	if (first === 'Đ') return 'Đ';
	return first.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The calendar year in Vietnam (UTC+7) of an instant: numbering restarts on 1 January there. */
export function vietnamYear(at: Date): number {
	return new Date(at.getTime() + 7 * 60 * 60 * 1000).getUTCFullYear();
}
