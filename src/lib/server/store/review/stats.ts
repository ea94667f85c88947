import type { Severity, Theme } from '$lib/domain/checklist';
import type { AgencyStat, ItemStat, MonthStat, StatsResponse, ThemeStat, TopViolation } from '$lib/domain/stats';
import { edgeDaysClause, whereClause, type Dialect, type Exec, type ReviewFilter } from './filter';
import { dateSpans, type DateSpans } from './dateSpans';
import { StatsTally, tallyHeads, tallyMonths, type HeadSums } from './statsTally';

/**
 * Statistics over the latest revision of each inspection. Whole months are read from the running
 * totals (head_totals per agency and month, finding_totals per agency, month and item: a few thousand
 * rows at 1,000,000 inspections); the days of a month the date range cuts are read from the head rows
 * themselves, added (the days covered) or taken away from the whole month (the days not covered),
 * whichever is fewer (dateSpans.ts). Each head row's findings are its `outcomes`, one character per
 * item of its template version (template_items), so older revisions never count. A filter on anything
 * but agencies and dates (not one the statistics page sends) reads the head rows alone.
 */
const rate = (compliant: number, violation: number) => (compliant + violation === 0 ? null : compliant / (compliant + violation));
const mean = (s: HeadSums) => (s.rated === 0 ? null : s.rateSum / s.rated);

/** The filter the running totals can answer: agencies and dates only. */
function totalsSpans(filter: ReviewFilter): DateSpans | null {
	const onlyDates = Object.entries(filter).every(([key, value]) => value === undefined || key === 'agencyIds' || key === 'fromDate' || key === 'toDate');
	return onlyDates ? dateSpans(filter.fromDate, filter.toDate) : null;
}

async function tally(exec: Exec, dialect: Dialect, filter: ReviewFilter): Promise<StatsTally> {
	const result = new StatsTally();
	const spans = totalsSpans(filter);
	if (!spans) {
		await tallyHeads(exec, whereClause(filter, dialect), 1, result);
	} else {
		const work: Promise<void>[] = [];
		if (spans.months) work.push(tallyMonths(exec, dialect, filter.agencyIds, spans.months, result));
		for (const days of spans.days) {
			const where = edgeDaysClause({ agencyIds: filter.agencyIds, fromDate: days.from, toDate: days.to }, dialect);
			work.push(tallyHeads(exec, where, days.sign, result));
		}
		await Promise.all(work);
	}
	await result.resolveItems(exec);
	return result;
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
	const sums = await tally(exec, dialect, filter);
	const versions = [...sums.versions.values()].filter((v) => v.heads > 0);
	const agencyIds = [...sums.byAgency].filter(([, s]) => s.inspections > 0).map(([id]) => id);
	if (agencyIds.length === 0) return empty;
	// Item texts, themes and severities over the template versions counted, as the database orders and compares them.
	const versionList = dialect.listParam(versions.map((v) => `${v.templateId}|${v.templateVersion}`));
	const [items, agencyNames] = await Promise.all([
		versions.length === 0
			? Promise.resolve([])
			: exec<{ item_id: string; theme: string; item_text: string; severity: string }>(
					`SELECT f.item_id, min(f.theme) AS theme, max(f.item_text) AS item_text, max(f.severity) AS severity FROM template_items AS f
					 WHERE ${dialect.inList(`(f.template_id || '|' || CAST(f.template_version AS text))`)} GROUP BY f.item_id ORDER BY f.item_id`,
					[versionList]
				),
		exec<{ id: string; name: string }>(`SELECT a.id, a.name FROM agencies AS a WHERE ${dialect.inList('a.id')}`, [dialect.listParam(agencyIds)])
	]);
	const nameOf = new Map(agencyNames.map((a) => [a.id, a.name]));
	const counted = (itemId: string) => sums.byItem.get(itemId) ?? { compliant: 0, violation: 0 };
	const agencies = agencyIds.map((id) => ({ id, name: nameOf.get(id) ?? '', sums: sums.byAgency.get(id) as HeadSums }));
	const months = [...sums.byMonth]
		.filter(([, s]) => s.inspections > 0)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([month, s]) => ({ month, sums: s }));

	// Items answered only "not applicable" (or whose counts moved to a newer revision) carry no rate.
	const byItem: ItemStat[] = items
		.filter((r) => counted(r.item_id).compliant + counted(r.item_id).violation > 0)
		.map((r) => {
			const { compliant, violation } = counted(r.item_id);
			return { itemId: r.item_id, theme: r.theme as Theme, itemText: r.item_text, compliant, violation, rate: rate(compliant, violation) };
		});
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
		.map(({ id, name, sums: s }) => ({
			agencyId: id,
			agencyName: name,
			inspections: s.inspections,
			meanRate: mean(s),
			rated: s.rated,
			violations: s.violations,
			compliant: s.compliant,
			violation: s.violations,
			rate: rate(s.compliant, s.violations)
		}))
		// Best first; agencies with nothing scored go last; ties by name so the ranking is stable.
		.sort((a, b) => (b.meanRate ?? -1) - (a.meanRate ?? -1) || a.agencyName.localeCompare(b.agencyName, 'vi'));
	const byMonth: MonthStat[] = months.map(({ month, sums: s }) => ({
		month,
		inspections: s.inspections,
		meanRate: mean(s),
		compliant: s.compliant,
		violation: s.violations,
		rate: rate(s.compliant, s.violations)
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
