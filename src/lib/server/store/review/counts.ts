import { dateSpans, type DateSpans } from './dateSpans';
import { edgeDaysClause, whereClause, type Dialect, type Exec, type ReviewFilter } from './filter';

/**
 * How many heads match a queue filter, per status. Counting the heads themselves read every
 * matching index entry (159–267 ms for the default view at 1,000,000 inspections); head_totals has
 * one row per agency, month, status, template version and severity, so a filter on those (and dates)
 * is answered from a few thousand rows plus the heads of the edge days of a cut month
 * (dateSpans.ts). A filter on the inspector or on location/photo flags counts the heads.
 */
export async function countByStatus(exec: Exec, dialect: Dialect, filter: ReviewFilter): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	const add = (rows: { status: string; n: number | string }[], sign: number) => {
		for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + sign * Number(row.n));
	};
	const spans = filter.inspectorId || (filter.flags?.length ?? 0) > 0 ? null : dateSpans(filter.fromDate, filter.toDate);
	if (!spans) {
		const where = whereClause(filter, dialect);
		add(await exec(`SELECT h.status, count(*) AS n FROM inspection_heads AS h WHERE ${where.sql} GROUP BY h.status`, where.params), 1);
		return counts;
	}
	const work: Promise<void>[] = [];
	if (spans.months) {
		const totals = totalsWhere(filter, dialect, spans.months);
		work.push(exec<{ status: string; n: number | string }>(`SELECT t.status, sum(t.inspections) AS n FROM head_totals AS t WHERE ${totals.sql} GROUP BY t.status`, totals.params).then((rows) => add(rows, 1)));
	}
	for (const days of spans.days) {
		const where = edgeDaysClause({ ...filter, fromDate: days.from, toDate: days.to }, dialect);
		work.push(exec<{ status: string; n: number | string }>(`SELECT h.status, count(*) AS n FROM inspection_heads AS h WHERE ${where.sql} GROUP BY h.status`, where.params).then((rows) => add(rows, days.sign)));
	}
	await Promise.all(work);
	return counts;
}

/** The filter over head_totals AS t: the head filter's terms that head_totals keeps. */
function totalsWhere(filter: ReviewFilter, dialect: Dialect, months: NonNullable<DateSpans['months']>): { sql: string; params: unknown[] } {
	const parts: string[] = [];
	const params: unknown[] = [];
	const add = (sql: string, ...values: unknown[]) => {
		parts.push(sql);
		params.push(...values);
	};
	if (filter.agencyIds !== null) add(dialect.inList('t.agency_id'), dialect.listParam(filter.agencyIds));
	if (months.from) add('t.month >= ?', months.from);
	if (months.to) add('t.month <= ?', months.to);
	if (filter.status) add('t.status = ?', filter.status);
	if (filter.templateId) add('t.template_id = ?', filter.templateId);
	if (filter.hasViolations === true) parts.push('t.violated = 1');
	if (filter.hasViolations === false) parts.push('t.violated = 0');
	if (filter.minSeverity) add('t.max_severity >= ?', filter.minSeverity);
	return { sql: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}
