import { z } from 'zod/mini';
import { AgencyIdSchema } from './agencyId';

/**
 * Kinds of agency after the 2025 reorganisation (two-level local government: province and commune;
 * the district level was abolished). The tree has any depth; no level is hard-coded.
 */
export const AGENCY_KINDS = [
	'province', // UBND tỉnh
	'department', // Sở, ban, ngành
	'commune', // UBND xã, phường
	'service-center', // Trung tâm Phục vụ hành chính công
	'unit' // phòng, bộ phận một cửa, đơn vị trực thuộc
] as const;
export const AgencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

export const GeoPointSchema = z.object({
	lat: z.number().check(z.gte(-90), z.lte(90)),
	lng: z.number().check(z.gte(-180), z.lte(180))
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/**
 * What an agency was called, and under which parent, before a reorganisation took effect: held from
 * the previous entry's `until` (or always) to the day before `until` (YYYY-MM-DD, Vietnam time).
 */
export const AgencyVersionSchema = z.object({
	until: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
	name: z.string().check(z.minLength(1)),
	parentId: z.nullable(z.string())
});
export type AgencyVersion = z.infer<typeof AgencyVersionSchema>;

export const AgencySchema = z.object({
	id: AgencyIdSchema,
	/** null for the root of the tree (the province). */
	parentId: z.nullable(z.string()),
	name: z.string().check(z.minLength(1)),
	kind: AgencyKindSchema,
	address: z.string(),
	/** The registered location, against which the inspection point is compared. */
	location: z.nullable(GeoPointSchema),
	/**
	 * When an administrator closed it (ISO instant); absent while open. A closed agency stays in the
	 * catalog so its inspections keep their name and place, but no new inspection starts there.
	 */
	closedAt: z.optional(z.string()),
	/**
	 * Closed by a merger or split: the agency that carries on its work (its open recommendations, its
	 * statistics read by today's tree, the phone's search under its old name). Absent otherwise.
	 */
	successorId: z.optional(AgencyIdSchema),
	/** Earlier names and parents, oldest first (see AgencyVersionSchema); absent when it never had any. */
	formerly: z.optional(z.array(AgencyVersionSchema))
});
export type Agency = z.infer<typeof AgencySchema>;

/** Ancestors from the root down to the agency itself, e.g. for "Tỉnh Tuyên Quang › Sở Nội vụ". */
export function agencyPath(agencies: ReadonlyMap<string, Agency>, id: string): Agency[] {
	const path: Agency[] = [];
	const seen = new Set<string>();
	let current = agencies.get(id);
	while (current && !seen.has(current.id)) {
		seen.add(current.id);
		path.unshift(current);
		current = current.parentId ? agencies.get(current.parentId) : undefined;
	}
	return path;
}

/**
 * The agency and everything below it in today's tree; a supervisor's jurisdiction is such a subtree.
 * Agencies merged or split into one of them count as below it too: their history went to it.
 */
export function subtreeIds(agencies: readonly Agency[], rootId: string): Set<string> {
	const children = new Map<string, string[]>();
	for (const a of agencies) {
		if (a.parentId) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a.id]);
		if (a.successorId) children.set(a.successorId, [...(children.get(a.successorId) ?? []), a.id]);
	}
	const result = new Set<string>();
	const stack = [rootId];
	while (stack.length) {
		const id = stack.pop() as string;
		if (result.has(id)) continue;
		result.add(id);
		stack.push(...(children.get(id) ?? []));
	}
	return result;
}
