import { z } from 'zod/mini';
import { ResponseSchema, type Response } from './checklist';
import { CitationSchema } from './citation';

/**
 * What an item of a draft must satisfy beyond its shape, checked on every draft save whatever sends
 * it (the editor, an Excel import): number bounds that leave some answer possible, choice ids that
 * tell the options apart (an answer is the option's id), citations in force for some day. Kept off
 * the published checklist schema on purpose: versions already published stay readable as they are,
 * and inspector pages carry none of it. Only `z.refine` with a path, which the app's Zod code already
 * has (Zod sits in the start-up chunk every page loads; a Zod function used nowhere before would
 * add to it).
 */

type NumberResponse = Extract<Response, { kind: 'number' }>;
const numberRule = (ok: (r: NumberResponse) => boolean, field: keyof NumberResponse, message: string) =>
	z.refine<Response>((r) => r.kind !== 'number' || ok(r), { message, path: [field] });
const below = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || a <= b;

export const DraftResponseSchema = ResponseSchema.check(
	numberRule((r) => below(r.min, r.max), 'max', 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.'),
	numberRule((r) => below(r.compliantMin, r.compliantMax), 'compliantMax', 'Ngưỡng đạt trên phải không nhỏ hơn ngưỡng đạt dưới.'),
	numberRule((r) => below(r.compliantMin, r.max), 'compliantMin', 'Ngưỡng đạt dưới lớn hơn giá trị lớn nhất: không số nào đạt được.'),
	numberRule((r) => below(r.min, r.compliantMax), 'compliantMax', 'Ngưỡng đạt trên nhỏ hơn giá trị nhỏ nhất: không số nào đạt được.'),
	z.refine<Response>((r) => r.kind !== 'choice' || new Set(r.options.map((o) => o.id)).size === r.options.length, {
		message: 'Hai lựa chọn của mục trùng mã.',
		path: ['options']
	})
);

export const DraftCitationSchema = CitationSchema.check(
	z.refine((c) => c.effectiveTo === undefined || c.effectiveTo >= c.effectiveFrom, {
		message: 'Ngày hết hiệu lực phải không trước ngày có hiệu lực.',
		path: ['effectiveTo']
	})
);
