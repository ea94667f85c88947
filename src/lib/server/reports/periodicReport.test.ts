import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanVisit } from '$lib/domain/plan';
import { sentInspection } from '../../../../tests/fixtures/sync/sentInspection';
import { previousPeriod } from '$lib/domain/periodicReport';
import { ApiError } from '../http/apiError';
import { reviewInspection } from '../review/reviewInspection';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { periodicReport } from './periodicReport';

const params = (from: string, to: string, agency?: string) => new URLSearchParams({ from, to, ...(agency ? { agency } : {}) });

describe('periodicReport', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let commune: User;
	let department: User;
	let id: string;

	beforeEach(async () => {
		({ store, dispose, an, commune, department, id } = await sentInspection('violation'));
		await reviewInspection(store, commune, id, { action: 'approve', comment: '', deadlines: { 'gio-lam-viec': '2026-03-20' } }, new Date('2026-03-05T02:00:00Z'));
	});
	afterEach(() => dispose());

	it('counts agencies, inspections, compliance by theme and agency, violations and recommendations, beside the period before', async () => {
		const report = await periodicReport(store, commune, params('2026-03-01', '2026-03-31'));
		expect(report).toMatchObject({
			period: { from: '2026-03-01', to: '2026-03-31' },
			previousPeriod: { from: '2026-01-29', to: '2026-02-28' },
			scope: { agencyId: 'xa-a', agencyName: 'Cơ quan xa-a' },
			agenciesInspected: 1,
			inspections: 1,
			previous: { agenciesInspected: 0, inspections: 0, rate: null },
			overall: { compliant: 0, violation: 1, rate: 0 },
			byTheme: [{ theme: 'discipline', compliant: 0, violation: 1, rate: 0, previousRate: null }],
			byAgency: [{ agencyId: 'xa-a.mot-cua', inspections: 1, violations: 1, previousMeanRate: null }],
			topViolations: [{ itemId: 'gio-lam-viec', count: 1 }],
			// Issued on 5 March, due 20 March, not fixed: overdue at the end of March.
			recommendations: { issued: 1, fixed: 0, open: 1, overdue: 1 },
			planCompletion: null
		});
		expect((await periodicReport(store, commune, params('2026-04-01', '2026-04-30'))).previous.inspections).toBe(1);
	});

	it('stays within the jurisdiction, and refuses a bad period', async () => {
		expect((await periodicReport(store, department, params('2026-03-01', '2026-03-31'))).inspections).toBe(0);
		expect((await periodicReport(store, department, params('2026-03-01', '2026-03-31', 'xa-a'))).inspections).toBe(0);
		await expect(periodicReport(store, an, params('2026-03-01', '2026-03-31'))).rejects.toBeInstanceOf(ApiError);
		await expect(periodicReport(store, commune, params('2026-03-31', '2026-03-01'))).rejects.toMatchObject({ status: 400 });
		await expect(periodicReport(store, commune, params('2026-3-1', '2026-03-31'))).rejects.toMatchObject({ status: 400 });
	});

	it('compares with the period of the same length just before', () => {
		expect(previousPeriod('2026-07-01', '2026-12-31')).toEqual({ from: '2025-12-29', to: '2026-06-30' });
		expect(previousPeriod('2026-01-01', '2026-01-01')).toEqual({ from: '2025-12-31', to: '2025-12-31' });
	});

	it('counts the plans\' visits of the period by how far they got, and keeps an unannounced one secret until it is over', async () => {
		const visit = (overrides: Partial<PlanVisit>): PlanVisit => ({
			id: randomUUID(),
			agencyId: 'xa-a.mot-cua',
			templateId: 'kiem-tra-thu',
			windowFrom: '2026-03-02',
			windowTo: '2026-03-06',
			announced: true,
			team: [{ accountId: an.id, name: an.displayName, position: 'Chuyên viên', role: 'lead' }],
			...overrides
		});
		const made = visit({});
		const missed = visit({ windowFrom: '2026-03-09', windowTo: '2026-03-13' });
		const secret = visit({ announced: false, windowFrom: '2026-03-25', windowTo: '2026-04-10' });
		const elsewhere = visit({ agencyId: 'so-noi-vu' });
		const later = visit({ windowFrom: '2026-05-04', windowTo: '2026-05-08' });
		const at = new Date('2026-03-01T00:00:00Z').toISOString();
		await store.savePlan(
			{ id: randomUUID(), title: 'Kế hoạch 2026', year: 2026, period: '', legalBasis: '', issuingAgencyId: 'so-noi-vu', createdBy: department.id, createdAt: at, updatedAt: at, version: 1, visits: [made, missed, secret, elsewhere, later] },
			null,
			new Date(at)
		);
		await store.linkVisitInspection(made.id, id, new Date('2026-03-05T03:00:00Z'));
		const onFirstApril = await periodicReport(store, commune, params('2026-03-01', '2026-03-31'), new Date('2026-04-01T03:00:00Z'));
		expect(onFirstApril.planCompletion).toEqual({ planned: 2, done: 1, inProgress: 0, overdue: 1 });
		// Once its window is over the unannounced visit is no secret: overdue like any other.
		const inMay = await periodicReport(store, commune, params('2026-03-01', '2026-03-31'), new Date('2026-05-01T03:00:00Z'));
		expect(inMay.planCompletion).toEqual({ planned: 3, done: 1, inProgress: 0, overdue: 2 });
		// No visit of any plan in the period: the report has no plan figures rather than zeros.
		expect((await periodicReport(store, commune, params('2026-01-01', '2026-01-31'))).planCompletion).toBeNull();
	});
});
