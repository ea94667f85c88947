import { z } from 'zod/mini';
import type { Agency } from './agency';
import { AgencyIdSchema } from './agencyId';

/**
 * Reorganisations an administrator records with an effective date (YYYY-MM-DD, Vietnam time):
 * - merge: agencies A, B … into C (a new agency, or one of them that carries on, or another open one);
 * - split: A into several new agencies, the first of which carries on A's work;
 * - rename: A takes a new name.
 * Each becomes plain agency edits (before → after) that keep what held before the date in
 * `formerly` and link each closed agency to its successor, plus the transfers of open
 * recommendations from each closed agency to its successor. Pure: the store applies the edits.
 */
export const REORGANISATION_KINDS = ['merge', 'split', 'rename'] as const;
export type ReorganisationKind = (typeof REORGANISATION_KINDS)[number];

const DaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const NameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
const NewAgencySchema = z.object({ id: AgencyIdSchema, name: NameSchema });

export const ReorganisationSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('merge'),
		effectiveOn: DaySchema,
		mergedIds: z.array(z.string()).check(z.minLength(1), z.maxLength(50)),
		/** The successor: an existing open agency (name omitted, or its new name), or a new one. */
		into: z.object({ id: AgencyIdSchema, name: z.optional(NameSchema), parentId: z.optional(z.nullable(z.string())) })
	}),
	z.object({ kind: z.literal('split'), effectiveOn: DaySchema, id: z.string(), into: z.array(NewAgencySchema).check(z.minLength(2), z.maxLength(50)) }),
	z.object({ kind: z.literal('rename'), effectiveOn: DaySchema, id: z.string(), name: NameSchema })
]);
export type Reorganisation = z.infer<typeof ReorganisationSchema>;

export interface ReorganisationPlan {
	edits: { before: Agency | null; after: Agency }[];
	/** Open recommendations of `from` go to `to`. */
	transfers: { from: string; to: string }[];
}

export class ReorganisationError extends Error {}

/** The instant a reorganisation takes effect: the start of its day in Vietnam (UTC+7). */
export const effectiveInstant = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();

/** The agency as it is from `day`, with what it was until then kept in `formerly`. */
function fromDay(agency: Agency, day: string, change: Partial<Pick<Agency, 'name' | 'parentId'>>): Agency {
	return { ...agency, ...change, formerly: [...(agency.formerly ?? []), { until: day, name: agency.name, parentId: agency.parentId }] };
}

/**
 * The edits of a reorganisation on `agencies` (the tree as stored), recorded on `today` (Vietnam
 * date). Throws ReorganisationError with a message for the administrator when it cannot be done.
 */
export function planReorganisation(agencies: readonly Agency[], reorg: Reorganisation, today: string): ReorganisationPlan {
	const day = reorg.effectiveOn;
	if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) throw new ReorganisationError('Ngày hiệu lực không có trên lịch.');
	if (day > today) throw new ReorganisationError('Ngày hiệu lực không được sau hôm nay: hãy ghi khi việc sắp xếp đã có hiệu lực.');
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const open = (id: string): Agency => {
		const agency = byId.get(id);
		if (!agency) throw new ReorganisationError(`Không có cơ quan mã "${id}".`);
		if (agency.closedAt !== undefined) throw new ReorganisationError(`${agency.name} đã đóng.`);
		const last = agency.formerly?.at(-1);
		if (last && day < last.until) throw new ReorganisationError(`${agency.name} đã có thay đổi hiệu lực từ ${last.until}: ngày hiệu lực không được sớm hơn.`);
		return agency;
	};
	const fresh = (id: string) => {
		if (byId.has(id)) throw new ReorganisationError(`Mã "${id}" đã có; cơ quan mới cần mã mới.`);
	};
	const edits = new Map<string, { before: Agency | null; after: Agency }>();
	const put = (before: Agency | null, after: Agency) => edits.set(after.id, { before: edits.get(after.id)?.before ?? before, after });
	const transfers: ReorganisationPlan['transfers'] = [];
	/** Closes `gone` into `successorId` and moves its children there (their former parent kept). */
	const absorb = (stored: Agency, successorId: string) => {
		const gone = edits.get(stored.id)?.after ?? stored;
		put(stored, { ...gone, closedAt: effectiveInstant(day), successorId });
		transfers.push({ from: gone.id, to: successorId });
		for (const child of agencies) if (child.parentId === gone.id && child.id !== successorId) put(child, fromDay(edits.get(child.id)?.after ?? child, day, { parentId: successorId }));
	};

	switch (reorg.kind) {
		case 'rename': {
			const agency = open(reorg.id);
			if (agency.name === reorg.name.trim()) throw new ReorganisationError('Tên mới trùng tên hiện tại.');
			put(agency, fromDay(agency, day, { name: reorg.name.trim() }));
			break;
		}
		case 'merge': {
			const merged = [...new Set(reorg.mergedIds)].map(open);
			const first = merged[0] as Agency;
			const existing = byId.get(reorg.into.id);
			let successor: Agency;
			if (existing) {
				successor = open(existing.id);
				if (reorg.into.name && reorg.into.name.trim() !== successor.name) successor = fromDay(successor, day, { name: reorg.into.name.trim() });
				put(existing, successor);
			} else {
				fresh(reorg.into.id);
				if (!reorg.into.name) throw new ReorganisationError('Cơ quan sau sáp nhập cần có tên.');
				const parentId = reorg.into.parentId === undefined ? first.parentId : reorg.into.parentId;
				if (parentId !== null && (!byId.has(parentId) || merged.some((m) => m.id === parentId))) throw new ReorganisationError(`Cơ quan cấp trên "${parentId}" không dùng được.`);
				successor = { id: reorg.into.id, parentId, name: reorg.into.name.trim(), kind: first.kind, address: '', location: null };
				put(null, successor);
			}
			const gone = merged.filter((m) => m.id !== successor.id);
			// A and B into a new C; or A into an existing C (which may be one of those named).
			if (gone.length === 0 || (!existing && merged.length < 2)) throw new ReorganisationError('Sáp nhập cần ít nhất hai cơ quan.');
			for (const m of gone) absorb(m, successor.id);
			break;
		}
		case 'split': {
			const agency = open(reorg.id);
			const ids = reorg.into.map((n) => n.id);
			if (new Set(ids).size !== ids.length) throw new ReorganisationError('Các cơ quan mới phải có mã khác nhau.');
			for (const n of reorg.into) {
				fresh(n.id);
				put(null, { id: n.id, parentId: agency.parentId, name: n.name.trim(), kind: agency.kind, address: '', location: null });
			}
			absorb(agency, ids[0] as string);
			break;
		}
	}
	return { edits: [...edits.values()], transfers };
}
