import { OUTCOME_CODES } from '../templateItems';
import type { DateSpans } from './dateSpans';
import type { Dialect, Exec } from './filter';

/** What the statistics sum per agency and per month: the head rows' columns. */
export interface HeadSums {
	inspections: number;
	/** Heads with a compliance rate, and the sum of those rates (the mean is rateSum / rated). */
	rated: number;
	rateSum: number;
	violations: number;
	compliant: number;
}

/**
 * The statistics' raw sums over a set of heads, gathered from the running totals (whole months) and
 * from head rows (edge days, or a filter the totals cannot answer), each added or taken away.
 */
export class StatsTally {
	readonly byAgency = new Map<string, HeadSums>();
	readonly byMonth = new Map<string, HeadSums>();
	/** Per item id: compliant and violation findings. */
	readonly byItem = new Map<string, { compliant: number; violation: number }>();
	/** Template versions ("id\nversion") with at least one head counted: where item texts come from. */
	readonly versions = new Map<string, { templateId: string; templateVersion: number; heads: number }>();
	/** Per template version: compliant/violation counts per outcome position (2 per item), until `resolveItems`. */
	readonly #positions = new Map<string, Int32Array>();

	addHeads(agencyId: string, month: string, sums: HeadSums, sign: number): void {
		add(this.byAgency, agencyId, sums, sign);
		add(this.byMonth, month, sums, sign);
	}

	addVersion(templateId: string, templateVersion: number, heads: number): void {
		const key = `${templateId}\n${templateVersion}`;
		const known = this.versions.get(key);
		if (known) known.heads += heads;
		else this.versions.set(key, { templateId, templateVersion, heads });
	}

	addItem(itemId: string, compliant: number, violation: number, sign: number): void {
		const item = this.byItem.get(itemId) ?? { compliant: 0, violation: 0 };
		item.compliant += sign * compliant;
		item.violation += sign * violation;
		this.byItem.set(itemId, item);
	}

	/** One head's findings: its `outcomes`, one character per item of its template version. */
	addOutcomes(templateId: string, templateVersion: number, outcomes: string, sign: number): void {
		const key = `${templateId}\n${templateVersion}`;
		let counts = this.#positions.get(key);
		if (!counts || counts.length < 2 * outcomes.length) {
			const grown = new Int32Array(2 * outcomes.length);
			if (counts) grown.set(counts);
			counts = grown;
			this.#positions.set(key, counts);
		}
		for (let i = 0; i < outcomes.length; i++) {
			const code = outcomes.charCodeAt(i);
			if (code === COMPLIANT) counts[2 * i] = (counts[2 * i] ?? 0) + sign;
			else if (code === VIOLATION) counts[2 * i + 1] = (counts[2 * i + 1] ?? 0) + sign;
		}
	}

	/** Turns the per-position counts into per-item counts, through each version's numbered items. */
	async resolveItems(exec: Exec): Promise<void> {
		for (const [key, counts] of this.#positions) {
			const [templateId, version] = key.split('\n');
			const items = await exec<{ ordinal: number; item_id: string }>('SELECT ordinal, item_id FROM template_items WHERE template_id = ? AND template_version = ?', [
				templateId,
				Number(version)
			]);
			for (const item of items) {
				const at = 2 * (Number(item.ordinal) - 1);
				if (at + 1 < counts.length) this.addItem(item.item_id, counts[at] ?? 0, counts[at + 1] ?? 0, 1);
			}
		}
		this.#positions.clear();
	}
}

const COMPLIANT = OUTCOME_CODES.compliant.charCodeAt(0);
const VIOLATION = OUTCOME_CODES.violation.charCodeAt(0);

function add(map: Map<string, HeadSums>, key: string, sums: HeadSums, sign: number): void {
	const into = map.get(key) ?? { inspections: 0, rated: 0, rateSum: 0, violations: 0, compliant: 0 };
	into.inspections += sign * sums.inspections;
	into.rated += sign * sums.rated;
	into.rateSum += sign * sums.rateSum;
	into.violations += sign * sums.violations;
	into.compliant += sign * sums.compliant;
	map.set(key, into);
}

const num = (v: number | string | null) => Number(v ?? 0);

/** Whole months from head_totals and finding_totals. */
export async function tallyMonths(exec: Exec, dialect: Dialect, agencyIds: readonly string[] | null, months: NonNullable<DateSpans['months']>, tally: StatsTally): Promise<void> {
	const parts: string[] = [];
	const params: unknown[] = [];
	if (agencyIds !== null) {
		parts.push(dialect.inList('t.agency_id'));
		params.push(dialect.listParam(agencyIds));
	}
	if (months.from) {
		parts.push('t.month >= ?');
		params.push(months.from);
	}
	if (months.to) {
		parts.push('t.month <= ?');
		params.push(months.to);
	}
	const where = parts.length === 0 ? '1 = 1' : parts.join(' AND ');
	const [heads, items] = await Promise.all([
		exec<{ agency_id: string; month: string; template_id: string; template_version: number; inspections: number | string; rated: number | string; rate_sum: number | string; violations: number | string; compliant: number | string }>(
			`SELECT t.agency_id, t.month, t.template_id, t.template_version, sum(t.inspections) AS inspections, sum(t.rated) AS rated, sum(t.rate_sum) AS rate_sum,
				sum(t.violations) AS violations, sum(t.compliant) AS compliant
			 FROM head_totals AS t WHERE ${where} GROUP BY t.agency_id, t.month, t.template_id, t.template_version HAVING sum(t.inspections) > 0`,
			params
		),
		exec<{ item_id: string; compliant: number | string; violation: number | string }>(
			`SELECT t.item_id, sum(t.compliant) AS compliant, sum(t.violation) AS violation FROM finding_totals AS t WHERE ${where} GROUP BY t.item_id`,
			params
		)
	]);
	for (const r of heads) {
		const inspections = num(r.inspections);
		tally.addHeads(r.agency_id, r.month, { inspections, rated: num(r.rated), rateSum: num(r.rate_sum), violations: num(r.violations), compliant: num(r.compliant) }, 1);
		tally.addVersion(r.template_id, Number(r.template_version), inspections);
	}
	for (const r of items) tally.addItem(r.item_id, num(r.compliant), num(r.violation), 1);
}

/** Head rows matching `where` (over inspection_heads AS h), added or taken away one by one. */
export async function tallyHeads(exec: Exec, where: { sql: string; params: unknown[] }, sign: 1 | -1, tally: StatsTally): Promise<void> {
	const rows = await exec<{
		agency_id: string;
		started_date: string;
		template_id: string;
		template_version: number;
		compliance_rate: number | string | null;
		violations: number;
		compliant: number;
		outcomes: string;
	}>(
		`SELECT h.agency_id, h.started_date, h.template_id, h.template_version, h.compliance_rate, h.violations, h.compliant, h.outcomes
		 FROM inspection_heads AS h WHERE ${where.sql}`,
		where.params
	);
	for (const r of rows) {
		const rate = r.compliance_rate === null ? null : Number(r.compliance_rate);
		const sums = { inspections: 1, rated: rate === null ? 0 : 1, rateSum: rate ?? 0, violations: Number(r.violations), compliant: Number(r.compliant) };
		tally.addHeads(r.agency_id, r.started_date.slice(0, 7), sums, sign);
		tally.addVersion(r.template_id, Number(r.template_version), sign);
		tally.addOutcomes(r.template_id, Number(r.template_version), r.outcomes, sign);
	}
}
