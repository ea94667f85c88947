import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { CitationSchema, citationsInForce, formatCitation, isInForce, needsVerification, type Citation } from './citation';
import { formatDate, formatDateTime, formatIsoDate, IsoDateTimeSchema, vietnamDate } from './dates';
import { InspectionSchema, isEditable, MAX_NOTE_LENGTH, type Inspection } from './inspection';

function validInspection(): Inspection {
	return {
		id: v7(),
		templateId: 'van-hoa-cong-vu',
		templateVersion: 1,
		agencyId: 'phuong-minh-xuan.mot-cua',
		inspectorId: 'inspector-01',
		inspectorName: 'Trần Văn Hùng',
		team: [{ accountId: null, name: 'Lê Thị Hoa', position: '', role: 'lead' }],
		startedAt: '2025-07-01T01:30:00.000Z',
		finishedAt: null,
		answers: {
			'the-cong-chuc': { value: 'violation', note: 'Một công chức không đeo thẻ', updatedAt: '2025-07-01T01:45:00.000Z' },
			'ty-le-truc-tuyen': { value: 42, note: '', updatedAt: '2025-07-01T01:50:00.000Z' },
			'ghi-chu': { value: null, note: '', updatedAt: '2025-07-01T01:50:00.000Z' }
		},
		generalNotes: '',
		representative: { name: 'Nguyễn Thị Lan', position: 'Giám đốc Trung tâm' },
		status: 'draft',
		revision: 1,
		updatedAt: '2025-07-01T01:50:00.000Z'
	};
}

/** The prettified error of a rejected value, or null when it parses. */
function rejection(value: unknown): string | null {
	const result = InspectionSchema.safeParse(value);
	return result.success ? null : z.prettifyError(result.error);
}

describe('InspectionSchema', () => {
	it('accepts a valid inspection with a UUIDv7 id', () => {
		const inspection = validInspection();
		expect(inspection.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(InspectionSchema.parse(inspection)).toEqual(inspection);
	});

	it('rejects a non-uuid id, naming the field', () => {
		expect(rejection({ ...validInspection(), id: 'inspection-1' })).toMatch(/→ at id\b/);
	});

	it('rejects an unknown status', () => {
		expect(rejection({ ...validInspection(), status: 'deleted' })).toMatch(/→ at status\b/);
	});

	it('rejects a revision that is not a positive integer', () => {
		expect(rejection({ ...validInspection(), revision: -1 })).toMatch(/→ at revision\b/);
		expect(rejection({ ...validInspection(), revision: 0 })).toMatch(/→ at revision\b/);
		expect(rejection({ ...validInspection(), revision: 1.5 })).toMatch(/→ at revision\b/);
	});

	it('rejects a note longer than MAX_NOTE_LENGTH, naming the answer', () => {
		const inspection = validInspection();
		const at = (length: number) => ({
			...inspection,
			answers: { 'the-cong-chuc': { value: 'violation', note: 'a'.repeat(length), updatedAt: inspection.updatedAt } }
		});
		expect(rejection(at(MAX_NOTE_LENGTH))).toBeNull();
		expect(rejection(at(MAX_NOTE_LENGTH + 1))).toContain('→ at answers["the-cong-chuc"].note');
	});

	it('rejects a missing field, naming it', () => {
		const withoutRepresentative: Partial<Inspection> = validInspection();
		delete withoutRepresentative.representative;
		expect(rejection(withoutRepresentative)).toMatch(/→ at representative\b/);
	});

	it('rejects a timestamp without a time zone', () => {
		expect(rejection({ ...validInspection(), startedAt: '2025-07-01T08:30:00' })).toMatch(/→ at startedAt\b/);
	});
});

describe('isEditable', () => {
	it('allows edits only to drafts: a returned inspection is reopened as a new revision first', () => {
		expect(['draft', 'finalized', 'sent', 'returned', 'approved'].filter((s) => isEditable(s as Inspection['status']))).toEqual([
			'draft'
		]);
	});
});

const luat80: Citation = {
	document: 'Luật 80/2025/QH15',
	title: 'Luật Cán bộ, công chức',
	article: 'Điều 7',
	clause: 'khoản 2',
	effectiveFrom: '2025-07-01',
	confidence: 'V'
};
const nd112: Citation = {
	document: 'NĐ 112/2020/NĐ-CP',
	title: 'Nghị định về xử lý kỷ luật cán bộ, công chức, viên chức',
	effectiveFrom: '2020-11-20',
	effectiveTo: '2025-06-30',
	confidence: 'S'
};

function citationRejection(value: unknown): string | null {
	const result = CitationSchema.safeParse(value);
	return result.success ? null : z.prettifyError(result.error);
}

describe('CitationSchema', () => {
	it('accepts a citation with and without an end date', () => {
		expect(CitationSchema.safeParse(luat80).success).toBe(true);
		expect(CitationSchema.safeParse(nd112).success).toBe(true);
	});

	it("rejects confidence 'X'", () => {
		expect(citationRejection({ ...luat80, confidence: 'X' })).toMatch(/→ at confidence\b/);
	});

	it("rejects a date written '2025/07/01', with a Vietnamese message", () => {
		const message = citationRejection({ ...luat80, effectiveFrom: '2025/07/01' });
		expect(message).toContain('Ngày phải có dạng YYYY-MM-DD');
		expect(message).toMatch(/→ at effectiveFrom\b/);
	});
});

describe('formatCitation', () => {
	it('joins document, article, clause and point', () => {
		expect(formatCitation(luat80)).toBe('Luật 80/2025/QH15, Điều 7, khoản 2');
		expect(formatCitation({ ...luat80, point: 'điểm a' })).toBe('Luật 80/2025/QH15, Điều 7, khoản 2, điểm a');
	});

	it('leaves out parts that are not known', () => {
		expect(formatCitation(nd112)).toBe('NĐ 112/2020/NĐ-CP');
	});
});

describe('isInForce', () => {
	it('counts the first day in force', () => {
		expect(isInForce(luat80, '2025-06-30')).toBe(false);
		expect(isInForce(luat80, '2025-07-01')).toBe(true);
		expect(isInForce(luat80, '2030-01-01')).toBe(true);
	});

	it('counts the last day in force', () => {
		expect(isInForce(nd112, '2020-11-19')).toBe(false);
		expect(isInForce(nd112, '2020-11-20')).toBe(true);
		expect(isInForce(nd112, '2025-06-30')).toBe(true);
		expect(isInForce(nd112, '2025-07-01')).toBe(false);
	});

	it('filters the citations of an item by date', () => {
		expect(citationsInForce([nd112, luat80], '2025-06-30')).toEqual([nd112]);
		expect(citationsInForce([nd112, luat80], '2025-07-01')).toEqual([luat80]);
	});

	it('marks only U citations as needing verification', () => {
		expect(needsVerification(luat80)).toBe(false);
		expect(needsVerification({ ...luat80, confidence: 'U' })).toBe(true);
	});
});

describe('dates', () => {
	it('reads an instant as a Vietnam calendar date', () => {
		expect(vietnamDate('2025-06-30T20:00:00Z')).toBe('2025-07-01');
		expect(vietnamDate('2025-06-30T16:59:59Z')).toBe('2025-06-30');
		expect(vietnamDate(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
	});

	it('formats dates as dd/mm/yyyy in Vietnam time', () => {
		expect(formatDate('2025-06-30T20:00:00Z')).toBe('01/07/2025');
		expect(formatDate(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026');
		expect(formatIsoDate('2025-07-01')).toBe('01/07/2025');
	});

	it('formats date and time as dd/mm/yyyy HH:mm in Vietnam time', () => {
		expect(formatDateTime('2025-06-30T20:00:00Z')).toBe('01/07/2025 03:00');
		expect(formatDateTime('2025-07-01T16:05:00Z')).toBe('01/07/2025 23:05');
		expect(formatDateTime('2025-06-30T17:00:00Z')).toBe('01/07/2025 00:00');
	});

	it('accepts instants with an offset', () => {
		expect(IsoDateTimeSchema.safeParse('2025-06-30T20:00:00Z').success).toBe(true);
		expect(IsoDateTimeSchema.safeParse('2025-07-01T03:00:00+07:00').success).toBe(true);
		expect(IsoDateTimeSchema.safeParse('2025-07-01').success).toBe(false);
	});
});
