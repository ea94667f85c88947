import { z } from 'zod/mini';
import { SeveritySchema } from './checklist';
import { IsoDateTimeSchema } from './dates';
import { SUBMISSION_STATUSES_WIRE } from './submissionStatus';

/**
 * The supervisor's review queue (GET /api/review/queue), shared by the server and the UI.
 * Every filter is optional; the server scopes everything to the caller's jurisdiction first, so a
 * filter can only narrow what the caller may see, never widen it.
 */

/**
 * Flags a queue row can carry, as filters too: the first four come from the location check;
 * 'photo-flagged' says at least one photo carries a photo flag (photoFlags.ts: taken outside the
 * visit, no capture time, EXIF position far from the agency, reused in the record or elsewhere).
 */
export const QUEUE_FLAGS = ['far-from-agency', 'manual-location', 'suspect-accuracy', 'no-location', 'photo-flagged'] as const;
export const QueueFlagSchema = z.enum(QUEUE_FLAGS);
export type QueueFlag = z.infer<typeof QueueFlagSchema>;

export const QUEUE_SORTS = ['started-desc', 'started-asc', 'rate-asc', 'rate-desc', 'agency'] as const;
export const QueueSortSchema = z.enum(QUEUE_SORTS);
export type QueueSort = z.infer<typeof QueueSortSchema>;

export const MAX_QUEUE_PAGE_SIZE = 100;
export const DEFAULT_QUEUE_PAGE_SIZE = 25;

const YmdSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD'));

/**
 * The filters as query parameters (all strings on the wire). `from`/`to` are calendar dates in
 * Vietnam time, inclusive, compared with the inspection's start. `agency` includes its sub-agencies.
 * `severity` is a minimum: 'major' keeps inspections whose worst violation is major or critical.
 * `flags` is a comma list; an inspection must carry every flag listed.
 */
export const QueueFilterSchema = z.object({
	/** 'all' or absent: every status (the queue page opens on 'sent' when the address names none). */
	status: z.optional(z.enum([...SUBMISSION_STATUSES_WIRE, 'all'])),
	agency: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
	inspector: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
	from: z.optional(YmdSchema),
	to: z.optional(YmdSchema),
	template: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
	hasViolations: z.optional(z.boolean()),
	severity: z.optional(SeveritySchema),
	flags: z.optional(z.array(QueueFlagSchema).check(z.maxLength(QUEUE_FLAGS.length)))
});
export type QueueFilter = z.infer<typeof QueueFilterSchema>;

export const QueueQuerySchema = z.extend(QueueFilterSchema, {
	sort: z.optional(QueueSortSchema),
	page: z.optional(z.int().check(z.positive())),
	pageSize: z.optional(z.int().check(z.positive(), z.lte(MAX_QUEUE_PAGE_SIZE)))
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export const QueueItemSchema = z.object({
	id: z.string(),
	revision: z.int(),
	status: z.enum(SUBMISSION_STATUSES_WIRE),
	agencyId: z.string(),
	agencyName: z.string(),
	inspectorId: z.string(),
	inspectorName: z.string(),
	templateId: z.string(),
	templateVersion: z.int(),
	/** Device clock readings, as the device sent them. */
	startedAt: IsoDateTimeSchema,
	finishedAt: z.nullable(IsoDateTimeSchema),
	receivedAt: IsoDateTimeSchema,
	/** 0..1, null when nothing scorable was answered. */
	complianceRate: z.nullable(z.number()),
	weightedScore: z.nullable(z.number()),
	violations: z.int(),
	maxSeverity: z.nullable(SeveritySchema),
	flags: z.array(z.string())
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const QueueResponseSchema = z.object({
	items: z.array(QueueItemSchema),
	total: z.int(),
	page: z.int(),
	pageSize: z.int(),
	/** How many match the other filters, per status: the numbers on the status filter. */
	counts: z.optional(z.object({ sent: z.int(), returned: z.int(), approved: z.int() }))
});
export type QueueResponse = z.infer<typeof QueueResponseSchema>;

/** GET /api/review/inspectors: the accounts with inspections in the caller's jurisdiction, by name. */
export const ReviewInspectorsSchema = z.object({
	inspectors: z.array(z.object({ id: z.string(), name: z.string() }))
});
export type ReviewInspectors = z.infer<typeof ReviewInspectorsSchema>;

/**
 * What the queue page shows for the filters in its address: with no status named, what waits for
 * the supervisor (sent), oldest first; 'all' names every status. The API itself filters only on
 * what it is given.
 */
export function queuePageQuery(query: QueueQuery): QueueQuery {
	if (query.status !== undefined) return query;
	return { ...query, status: 'sent', sort: query.sort ?? 'started-asc' };
}

/** Reads the filters from a URL's query string (the UI builds the URL with queueSearchParams). */
export function parseQueueQuery(params: URLSearchParams): ReturnType<typeof QueueQuerySchema.safeParse> {
	const text = (name: string) => params.get(name)?.trim() || undefined;
	const int = (name: string) => {
		const v = text(name);
		return v === undefined ? undefined : Number(v);
	};
	const bool = (name: string) => {
		const v = text(name);
		return v === undefined ? undefined : v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v;
	};
	const flags = text('flags');
	return QueueQuerySchema.safeParse({
		status: text('status'),
		agency: text('agency'),
		inspector: text('inspector'),
		from: text('from'),
		to: text('to'),
		template: text('template'),
		hasViolations: bool('hasViolations'),
		severity: text('severity'),
		flags: flags === undefined ? undefined : flags.split(',').map((f) => f.trim()).filter((f) => f !== ''),
		sort: text('sort'),
		page: int('page'),
		pageSize: int('pageSize')
	});
}

/** The inverse of parseQueueQuery: the query string for a set of filters (also for CSV links). */
export function queueSearchParams(query: Partial<QueueQuery>): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) {
			if (value.length > 0) params.set(key, value.join(','));
		} else params.set(key, String(value));
	}
	return params;
}
