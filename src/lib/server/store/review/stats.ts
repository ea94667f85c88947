import type { Severity, Theme } from '$lib/domain/checklist';
import type { AgencyStat, ItemStat, MonthStat, StatsResponse, ThemeStat, TopViolation } from '$lib/domain/stats';
import { whereClause, type Dialect, type Exec, type ReviewFilter } from './filter';

/**
 * Statistics over the latest revision of each inspection, as SQL aggregations over the derived
 * tables (see deriveRevision.ts): each head row's findings are its `outcomes`, one character per item
 * of its template version (template_items), so older revisions never count.
 */
const rate = (compliant: number, violation: number) => (compliant + violation === 0 ? null : compliant / (compliant + violation));
const n = (v: number | string | null) => Number(v ?? 0);
const real = (v: number | string | null) => (v === null ? null : Number(v));

const LATEST_FINDINGS =
	'inspection_heads AS h JOIN template_items AS f ON f.template_id = h.template_id AND f.template_version = h.template_version';
const TALLY = `CAST(sum(CASE substr(h.outcomes, f.ordinal, 1) WHEN 'c' THEN 1 ELSE 0 END) AS integer) AS compliant,
	CAST(sum(CASE substr(h.outcomes, f.ordinal, 1) WHEN 'v' THEN 1 ELSE 0 END) AS integer) AS violation`;

type TallyRow = { compliant: number | string | null; violation: number | string | null };

/** Whole months: the running totals answer exactly (a date filter that cuts a month needs each inspection's findings). */
function wholeMonths(filter: ReviewFilter): boolean {
	const lastDay = (date: string) => {
		const [y, m] = date.split('-').map(Number);
		return new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate() === Number(date.slice(8, 10));
	};
	const onlyDates = Object.entries(filter).every(([key, value]) => value === undefined || key === 'agencyIds' || key === 'fromDate' || key === 'toDate');
	return onlyDates && (!filter.fromDate || filter.fromDate.endsWith('-01')) && (!filter.toDate || lastDay(filter.toDate));
}

/**
 * Where per-item counts come from: finding_totals (a few rows per agency, month and item) whenever the
 * filter allows, which keeps statistics fast at 100,000 inspections; otherwise the findings of the
 * latest revisions, filtered like the queue. Both give the same numbers.
 */
function findingSource(filter: ReviewFilter, dialect: Dialect): { from: string; where: string; params: unknown[]; tally: string } {
	if (wholeMonths(filter)) {
		const parts: string[] = [];
		const params: unknown[] = [];
		if (filter.agencyIds !== null) {
			parts.push(dialect.inList('f.agency_id'));
			params.push(dialect.listParam(filter.agencyIds));
		}
		if (filter.fromDate) {
			parts.push('f.month >= ?');
			params.push(filter.fromDate.slice(0, 7));
		}
		if (filter.toDate) {
			parts.push('f.month <= ?');
			params.push(filter.toDate.slice(0, 7));
		}
		return {
			from: 'finding_totals AS f',
			where: parts.length === 0 ? '1 = 1' : parts.join(' AND '),
			params,
			tally: 'CAST(sum(f.compliant) AS integer) AS compliant, CAST(sum(f.violation) AS integer) AS violation'
		};
	}
	const where = whereClause(filter, dialect);
	return {
		from: LATEST_FINDINGS,
		where: where.sql,
		params: where.params,
		tally: TALLY
	};
}

export async function queryStats(exec: Exec, dialect: Dialect, filter: ReviewFilter): Promise<StatsResponse> {
	const empty: StatsResponse = {
		inspections: 0,
		overall: { compliant: 0, violation: 0, rate: null },
		byTheme: [],
		byItem: [],
		byAgency: [],
		byMonth: [],
		topViolations: []
	};
	if (filter.agencyIds !== null && filter.agencyIds.length === 0) return empty;
	const where = whereClause(filter, dialect);
	const p = where.params;
	const itemSource = findingSource(filter, dialect);
	// One pass over the item counts gives items, themes and the most frequent violations.
	const [items, agencies, months] = await Promise.all([
		exec<TallyRow & { item_id: string; theme: string; item_text: string; severity: string }>(
			`SELECT f.item_id, min(f.theme) AS theme, max(f.item_text) AS item_text, max(f.severity) AS severity, ${itemSource.tally}
			 FROM ${itemSource.from} WHERE ${itemSource.where} GROUP BY f.item_id ORDER BY f.item_id`,
			itemSource.params
		),
		exec<{ agency_id: string; agency_name: string; inspections: number | string; mean_rate: number | null; violations: number | string; compliant: number | string }>(
			`SELECT h.agency_id, min(a.name) AS agency_name, CAST(count(*) AS integer) AS inspections, avg(h.compliance_rate) AS mean_rate,
				CAST(sum(h.violations) AS integer) AS violations, CAST(sum(h.compliant) AS integer) AS compliant
			 FROM inspection_heads AS h JOIN agencies AS a ON a.id = h.agency_id WHERE ${where.sql} GROUP BY h.agency_id`,
			p
		),
		exec<{ month: string; inspections: number | string; mean_rate: number | null; violations: number | string; compliant: number | string }>(
			`SELECT substr(h.started_date, 1, 7) AS month, CAST(count(*) AS integer) AS inspections, avg(h.compliance_rate) AS mean_rate,
				CAST(sum(h.violations) AS integer) AS violations, CAST(sum(h.compliant) AS integer) AS compliant
			 FROM inspection_heads AS h WHERE ${where.sql} GROUP BY substr(h.started_date, 1, 7) ORDER BY month`,
			p
		)
	]);

	// Items answered only "not applicable" (or whose counts moved to a newer revision) carry no rate.
	const byItem: ItemStat[] = items
		.filter((r) => n(r.compliant) + n(r.violation) > 0)
		.map((r) => ({
			itemId: r.item_id,
			theme: r.theme as Theme,
			itemText: r.item_text,
			compliant: n(r.compliant),
			violation: n(r.violation),
			rate: rate(n(r.compliant), n(r.violation))
		}));
	const themeTotals = new Map<Theme, { compliant: number; violation: number }>();
	for (const item of byItem) {
		const t = themeTotals.get(item.theme) ?? { compliant: 0, violation: 0 };
		t.compliant += item.compliant;
		t.violation += item.violation;
		themeTotals.set(item.theme, t);
	}
	const byTheme: ThemeStat[] = [...themeTotals]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([theme, t]) => ({ theme, ...t, rate: rate(t.compliant, t.violation) }));
	const severityOf = new Map(items.map((r) => [r.item_id, r.severity as Severity]));
	const topViolations: TopViolation[] = byItem
		.filter((i) => i.violation > 0)
		.sort((a, b) => b.violation - a.violation || (a.itemId < b.itemId ? -1 : 1))
		.slice(0, 10)
		.map((i) => ({ itemId: i.itemId, itemText: i.itemText, theme: i.theme, severity: severityOf.get(i.itemId) ?? 'minor', count: i.violation }));
	const byAgency: AgencyStat[] = agencies
		.map((r) => ({
			agencyId: r.agency_id,
			agencyName: r.agency_name,
			inspections: n(r.inspections),
			meanRate: real(r.mean_rate),
			violations: n(r.violations),
			compliant: n(r.compliant),
			violation: n(r.violations),
			rate: rate(n(r.compliant), n(r.violations))
		}))
		// Best first; agencies with nothing scored go last; ties by name so the ranking is stable.
		.sort((a, b) => (b.meanRate ?? -1) - (a.meanRate ?? -1) || a.agencyName.localeCompare(b.agencyName, 'vi'));
	const byMonth: MonthStat[] = months.map((r) => ({
		month: r.month,
		inspections: n(r.inspections),
		meanRate: real(r.mean_rate),
		compliant: n(r.compliant),
		violation: n(r.violations),
		rate: rate(n(r.compliant), n(r.violations))
	}));
	const compliant = byTheme.reduce((s, t) => s + t.compliant, 0);
	const violation = byTheme.reduce((s, t) => s + t.violation, 0);
	return {
		inspections: byAgency.reduce((s, a) => s + a.inspections, 0),
		overall: { compliant, violation, rate: rate(compliant, violation) },
		byTheme,
		byItem,
		byAgency,
		byMonth,
		topViolations
	};
}
