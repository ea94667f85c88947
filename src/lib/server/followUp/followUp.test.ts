import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushItem, registerTestDevice } from '../../../../tests/fixtures/sync/pushItems';
import { DAY, newUser, seeded, T0, later } from '../../../../tests/store/fixtures';
import { reviewInspection } from '../review/reviewInspection';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { pullChanges } from '../sync/pullChanges';
import { pushInspections } from '../sync/pushInspections';
import { listRecommendations } from './listRecommendations';
import { patchRecommendation } from './patchRecommendation';

describe('follow-up of violations', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let supervisor: User;
	let outsider: User;
	let id: string;

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an } = await seeded(store));
		await registerTestDevice(store, an.id, T0);
		supervisor = await store.createUser(newUser('gs', 'supervisor', 'xa-a'), T0);
		outsider = await store.createUser(newUser('gs.so', 'supervisor', 'so-noi-vu'), T0);
		const item = await pushItem({ inspectorId: an.id, inspectorName: an.displayName, agencyId: 'xa-a.mot-cua', templateId: 'kiem-tra-thu', answers: { 'gio-lam-viec': 'violation' } });
		await pushInspections(store, an, { items: [item] }, T0);
		id = item.inspection.id;
	});
	afterEach(() => dispose());

	it('turns each violation of an approved revision into an open recommendation due in 30 days (Vietnam day end)', async () => {
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '' }, T0);
		const [r] = await listRecommendations(store, supervisor, {}, T0);
		// T0 is 2 March 2026 08:30 in Vietnam; + 30 days is 1 April, which ends at 16:59:59.999Z.
		expect(r).toMatchObject({ inspectionId: id, revision: 1, agencyId: 'xa-a.mot-cua', itemId: 'gio-lam-viec', itemText: 'Đúng giờ làm việc', what: 'Đúng giờ làm việc — Không đạt', deadline: '2026-04-01T16:59:59.999Z', status: 'open', overdue: false });
		expect(await listRecommendations(store, supervisor, { status: 'overdue' }, later(31 * DAY))).toHaveLength(1);
		expect(await listRecommendations(store, outsider, {}, T0)).toEqual([]);
	});

	it('refuses a deadline on a day already past in Vietnam, on approval and as a new deadline', async () => {
		// T0 is 2 March 2026 in Vietnam: 1 March is past, 2 March (today) is allowed.
		await expect(reviewInspection(store, supervisor, id, { action: 'approve', comment: '', deadlines: { 'gio-lam-viec': '2026-03-01' } }, T0)).rejects.toMatchObject({ status: 400, code: 'deadline-past' });
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '', deadlines: { 'gio-lam-viec': '2026-03-02' } }, T0);
		const [r] = await listRecommendations(store, supervisor, {}, T0);
		await expect(patchRecommendation(store, supervisor, r!.id, { deadline: '2026-03-01', note: '' }, T0)).rejects.toMatchObject({ status: 400, code: 'deadline-past' });
		expect((await patchRecommendation(store, supervisor, r!.id, { deadline: '2026-03-02', note: '' }, T0)).deadline).toBe('2026-03-02T16:59:59.999Z');
	});

	it("names the approver in the trail's first entry, as every later entry does (never an account id)", async () => {
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '' }, T0);
		const [r] = await listRecommendations(store, supervisor, {}, T0);
		expect(r?.history[0]).toMatchObject({ action: 'created', by: supervisor.displayName });
	});

	it('takes per-item deadlines from the approval', async () => {
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '', deadlines: { 'gio-lam-viec': '2026-03-15' } }, T0);
		expect((await listRecommendations(store, supervisor, {}, T0))[0]?.deadline).toBe('2026-03-15T16:59:59.999Z');
	});

	it('sends open recommendations to inspectors with the pull and applies their follow-up from the next push, once', async () => {
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '' }, T0);
		const pulled = await pullChanges(store, an, { seq: 0, catalog: '' });
		const [open] = pulled.recommendations ?? [];
		expect(open?.status).toBe('open');
		const withFollowUp = await pushItem({
			inspectorId: an.id,
			inspectorName: an.displayName,
			agencyId: 'xa-a.mot-cua',
			templateId: 'kiem-tra-thu',
			answers: { 'gio-lam-viec': 'compliant' },
			followUps: [{ recommendationId: open?.id ?? '', fixed: true, note: 'Đã chấn chỉnh' }]
		});
		const next = withFollowUp;
		await pushInspections(store, an, { items: [withFollowUp] }, later(DAY));
		await pushInspections(store, an, { items: [withFollowUp] }, later(2 * DAY)); // a retry
		const after = await store.getRecommendation(open?.id ?? '');
		expect(after).toMatchObject({ status: 'fixed', fixedInInspectionId: next.inspection.id, fixedAt: later(DAY).toISOString() });
		expect(after?.history.map((h) => h.action)).toEqual(['created', 'follow-up']);
		expect((await pullChanges(store, an, { seq: 0, catalog: '' })).recommendations).toEqual([]);
	});

	it('a re-send of a stored inspection with other follow-ups changes nothing: a conflict, not a duplicate', async () => {
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '' }, T0);
		const [open] = (await pullChanges(store, an, { seq: 0, catalog: '' })).recommendations ?? [];
		const next = await pushItem({ inspectorId: an.id, inspectorName: an.displayName, agencyId: 'xa-a.mot-cua', templateId: 'kiem-tra-thu', answers: { 'gio-lam-viec': 'compliant' } });
		expect((await pushInspections(store, an, { items: [next] }, later(DAY))).results[0]?.outcome).toBe('created');
		// The same inspection and revision again, now claiming the violation was fixed on site: another record.
		const replay = await pushItem({
			id: next.inspection.id,
			inspectorId: an.id,
			inspectorName: an.displayName,
			agencyId: 'xa-a.mot-cua',
			templateId: 'kiem-tra-thu',
			answers: { 'gio-lam-viec': 'compliant' },
			followUps: [{ recommendationId: open?.id ?? '', fixed: true, note: 'Đã chấn chỉnh' }]
		});
		expect((await pushInspections(store, an, { items: [replay] }, later(2 * DAY))).results[0]?.outcome).toBe('conflict');
		const after = await store.getRecommendation(open?.id ?? '');
		expect(after).toMatchObject({ status: 'open', fixedAt: null });
		expect(after?.history.map((h) => h.action)).toEqual(['created']);
	});

	it('lets only a supervisor within jurisdiction change a recommendation', async () => {
		await reviewInspection(store, supervisor, id, { action: 'approve', comment: '' }, T0);
		const [r] = await listRecommendations(store, supervisor, {}, T0);
		await expect(patchRecommendation(store, outsider, r?.id ?? '', { status: 'fixed', note: '' }, T0)).rejects.toMatchObject({ status: 404 });
		const fixed = await patchRecommendation(store, supervisor, r?.id ?? '', { status: 'fixed', note: 'Đã kiểm tra lại' }, later(DAY));
		expect(fixed).toMatchObject({ status: 'fixed', fixedAt: later(DAY).toISOString(), overdue: false });
	});
});
