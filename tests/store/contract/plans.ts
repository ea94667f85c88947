import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Plan, PlanVisit } from '$lib/domain/plan';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import { sha256Hex } from '$lib/server/store/canonical';
import { InvalidRecordError, NotFoundError, PlanConflictError, VisitDocumentReplacedError, VisitHasDocumentError, VisitHasInspectionError } from '$lib/server/store/errors';
import type { IssuedVisitDocument, NewVisitDocument } from '$lib/server/store/plans/planRecords';
import type { User } from '$lib/server/store/records';
import type { StoreContext } from '../store.contract';
import { later, newUser, seeded, submission, T0 } from '../fixtures';
import { DECISION_SIGNER, decisionText } from '../visitDocumentFixtures';

export function plansContract(ctx: () => StoreContext): void {
	async function setUp() {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const chi = await store.createUser(newUser('chi', 'supervisor', 'tinh'), T0);
		return { store, an, binh, chi };
	}

	const visit = (members: User[], overrides: Partial<PlanVisit> = {}): PlanVisit => ({
		id: randomUUID(),
		agencyId: 'xa-a.mot-cua',
		templateId: 'kiem-tra-thu',
		windowFrom: '2026-03-10',
		windowTo: '2026-03-20',
		announced: true,
		team: members.map((m, i) => ({ accountId: m.id, name: m.displayName, position: 'Chuyên viên', role: i === 0 ? ('lead' as const) : ('member' as const) })),
		...overrides
	});
	const plan = (by: User, visits: PlanVisit[]): Plan => ({
		id: randomUUID(),
		title: 'Kế hoạch kiểm tra công vụ năm 2026',
		year: 2026,
		period: '',
		legalBasis: 'Luật Cán bộ, công chức 2025',
		issuingAgencyId: 'so-noi-vu',
		createdBy: by.id,
		createdAt: T0.toISOString(),
		updatedAt: T0.toISOString(),
		version: 1,
		visits
	});

	it('stores a plan with its visits and teams, lists it by issuing agency, and replaces it by version', async () => {
		const { store, an, binh, chi } = await setUp();
		const first = visit([an, binh]);
		const second = visit([binh], { agencyId: 'xa-a', announced: false, windowFrom: '2026-04-01', windowTo: '2026-04-05' });
		const saved = await store.savePlan(plan(chi, [first, second]), null, later(1000));
		expect(saved.version).toBe(1);
		expect(saved.createdAt).toBe(later(1000).toISOString());
		expect(await store.getPlan(saved.id)).toEqual(saved);
		expect((await store.listPlans(['so-noi-vu'])).map((p) => [p.id, p.visits])).toEqual([[saved.id, 2]]);
		expect(await store.listPlans(['xa-a'])).toEqual([]);

		const edited = await store.savePlan({ ...saved, title: 'Kế hoạch (sửa)', visits: [{ ...second, team: [{ ...second.team[0]!, role: 'lead' }] }, first] }, 1, later(2000));
		expect(edited.version).toBe(2);
		expect(edited.createdAt).toBe(saved.createdAt);
		const read = await store.getPlan(saved.id);
		expect(read?.title).toBe('Kế hoạch (sửa)');
		expect(read?.visits.map((v) => v.id)).toEqual([second.id, first.id]);
		await expect(store.savePlan({ ...saved, title: 'cũ' }, 1, later(3000))).rejects.toBeInstanceOf(PlanConflictError);
		await expect(store.savePlan(saved, null, later(3000))).rejects.toBeInstanceOf(PlanConflictError);
	});

	it('refuses unknown agencies and accounts, writing nothing', async () => {
		const { store, an, chi } = await setUp();
		await expect(store.savePlan(plan(chi, [visit([an], { agencyId: 'khong-co' })]), null, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		const ghost = { ...an, id: 'khong-co' };
		const p = plan(chi, [visit([ghost])]);
		await expect(store.savePlan(p, null, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await store.getPlan(p.id)).toBeNull();
	});

	it('gives each member their visits, and follows the inspections made for them', async () => {
		const { store, an, binh, chi } = await setUp();
		const shared = visit([an, binh]);
		const hers = visit([binh], { windowFrom: '2026-02-01', windowTo: '2026-02-10' });
		await store.savePlan(plan(chi, [shared, hers]), null, T0);
		expect((await store.visitsOfMember(an.id, '2026-01-01')).map((v) => v.id)).toEqual([shared.id]);
		expect((await store.visitsOfMember(binh.id, '2026-01-01')).map((v) => v.id)).toEqual([hers.id, shared.id]);
		expect((await store.visitsOfMember(binh.id, '2026-03-01')).map((v) => v.id)).toEqual([shared.id]);
		expect((await store.getVisit(shared.id))?.planTitle).toBe('Kế hoạch kiểm tra công vụ năm 2026');

		// A link before its record arrives counts for nothing; the first link of an inspection stays.
		const item = submission(an);
		await store.linkVisitInspection(shared.id, item.inspectionId, T0);
		await store.linkVisitInspection(hers.id, item.inspectionId, T0);
		expect(await store.visitInspections([shared.id, hers.id])).toEqual([]);
		await store.putSubmissions([item], later(1000));
		const linked = await store.visitInspections([shared.id, hers.id]);
		expect(linked).toMatchObject([{ visitId: shared.id, inspectionId: item.inspectionId, status: 'sent', inspectorId: an.id }]);
		await store.appendEvent({ inspectionId: item.inspectionId, revision: 1, actorId: chi.id, action: 'approved', comment: '', itemComments: {} }, later(2000), 'approved');
		expect((await store.visitInspections([shared.id]))[0]?.status).toBe('approved');
	});

	it('keeps a visit an inspection names: it may change, not go', async () => {
		const { store, an, chi } = await setUp();
		const v = visit([an]);
		const saved = await store.savePlan(plan(chi, [v]), null, T0);
		await store.linkVisitInspection(v.id, randomUUID(), T0);
		await expect(store.savePlan({ ...saved, visits: [] }, 1, later(1000))).rejects.toBeInstanceOf(VisitHasInspectionError);
		const moved = await store.savePlan({ ...saved, visits: [{ ...v, windowTo: '2026-03-31' }] }, 1, later(1000));
		expect(moved.visits[0]?.windowTo).toBe('2026-03-31');
	});

	it('lists overdue visits: the planning office sees all, the agency’s supervisors only announced ones', async () => {
		const { store, an, chi } = await setUp();
		const late = visit([an], { windowTo: '2026-03-05' });
		const secret = visit([an], { windowTo: '2026-03-05', announced: false });
		const done = visit([an], { windowTo: '2026-03-05' });
		const open = visit([an], { windowTo: '2026-03-31' });
		await store.savePlan(plan(chi, [late, secret, done, open]), null, T0);
		const item = submission(an);
		await store.linkVisitInspection(done.id, item.inspectionId, T0);
		await store.putSubmissions([item], T0);
		const ids = async (scope: { issuerIds: string[]; agencyIds: string[] }) => (await store.overdueVisits(scope, '2026-03-06', 50)).map((v) => v.id).sort();
		expect(await ids({ issuerIds: ['so-noi-vu'], agencyIds: [] })).toEqual([late.id, secret.id].sort());
		expect(await ids({ issuerIds: [], agencyIds: ['xa-a.mot-cua'] })).toEqual([late.id]);
		expect(await ids({ issuerIds: [], agencyIds: [] })).toEqual([]);
	});

	it('two edits from the same version: one wins, the other conflicts', async () => {
		const { store, an, chi } = await setUp();
		const saved = await store.savePlan(plan(chi, [visit([an])]), null, T0);
		const results = await Promise.allSettled([
			store.savePlan({ ...saved, title: 'A' }, 1, later(1000)),
			store.savePlan({ ...saved, title: 'B' }, 1, later(1000))
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected');
		expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(PlanConflictError);
		expect((await store.getPlan(saved.id))?.version).toBe(2);
	});

	const issueRequest = (v: PlanVisit, by: User, overrides: Partial<NewVisitDocument> = {}): NewVisitDocument => ({
		id: randomUUID(),
		visitId: v.id,
		kind: 'decision',
		entry: { issuerId: 'so-noi-vu', issuerCode: 'SNV', title: 'Quyết định kiểm tra', issuedBy: by.id },
		signer: DECISION_SIGNER,
		replaces: null,
		document: decisionText('Về việc kiểm tra tại Bộ phận Một cửa'),
		...overrides
	});

	it('numbers a visit’s decision once from the register, even when asked twice at once, and keeps its text as issued', async () => {
		const { store, an, chi } = await setUp();
		const v = visit([an]);
		await store.savePlan(plan(chi, [v]), null, T0);
		const [a, b] = await Promise.all([store.issueVisitDocument(issueRequest(v, chi), later(1000)), store.issueVisitDocument(issueRequest(v, chi), later(1000))]);
		expect(a.symbol).toBe('01/QĐ-SNV');
		expect(b).toEqual(a);
		// The number and date are written into the text, which is hashed as stored.
		expect(a.document).toMatchObject({ number: '01/QĐ-SNV', date: later(1000).toISOString(), subject: 'Về việc kiểm tra tại Bộ phận Một cửa' });
		expect(a.documentHash).toBe(sha256Hex(canonicalJson(a.document)));
		const notice = await store.issueVisitDocument(issueRequest(v, chi, { kind: 'notice', entry: { issuerId: 'so-noi-vu', issuerCode: 'SNV', title: 'Thông báo', issuedBy: chi.id } }), later(2000));
		expect(notice.symbol).toBe('01/TB-SNV');
		expect((await store.registerEntriesOf(v.id)).map((e) => e.symbol).sort()).toEqual(['01/QĐ-SNV', '01/TB-SNV']);
		const stored = await store.visitDocuments(v.id);
		expect(stored.map((d) => [d.symbol, d.signer.name, d.replacedBy])).toEqual([
			['01/QĐ-SNV', 'Lê Minh Châu', null],
			['01/TB-SNV', 'Lê Minh Châu', null]
		]);
		expect(stored[0]).toEqual(a);
		await expect(store.issueVisitDocument(issueRequest({ ...v, id: randomUUID() }, chi), later(3000))).rejects.toBeInstanceOf(NotFoundError);
	});

	it('an issued decision survives a plan edit unchanged, and its visit cannot be removed', async () => {
		const { store, an, binh, chi } = await setUp();
		const v = visit([an]);
		const other = visit([binh]);
		const saved = await store.savePlan(plan(chi, [v, other]), null, T0);
		const issued = await store.issueVisitDocument(issueRequest(v, chi), later(1000));
		// The team changes after the decision: the plan is saved, the issued text is not touched.
		const edited = await store.savePlan({ ...saved, visits: [{ ...v, team: [...v.team, { accountId: binh.id, name: binh.displayName, position: '', role: 'member' }] }, other] }, 1, later(2000));
		expect(edited.version).toBe(2);
		expect(await store.visitDocuments(v.id)).toEqual([issued]);
		// A visit without documents may go; one with an issued decision may not.
		const third = await store.savePlan({ ...edited, visits: [edited.visits[0] as PlanVisit] }, 2, later(3000));
		expect(third.visits.map((x) => x.id)).toEqual([v.id]);
		await expect(store.savePlan({ ...third, visits: [other] }, 3, later(4000))).rejects.toBeInstanceOf(VisitHasDocumentError);
		expect((await store.getPlan(saved.id))?.visits.map((x) => x.id)).toEqual([v.id]);
	});

	it('a replacement takes the next number and names the one it replaces, which is replaced once', async () => {
		const { store, an, chi } = await setUp();
		const v = visit([an]);
		await store.savePlan(plan(chi, [v]), null, T0);
		const first = await store.issueVisitDocument(issueRequest(v, chi), later(1000));
		// Two replacements of the same document at once: one is issued, the other is refused.
		const results = await Promise.allSettled([
			store.issueVisitDocument(issueRequest(v, chi, { replaces: first.id, document: decisionText('Sửa', '01/QĐ-SNV') }), later(2000)),
			store.issueVisitDocument(issueRequest(v, chi, { replaces: first.id, document: decisionText('Sửa', '01/QĐ-SNV') }), later(2000))
		]);
		const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		expect(won).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected');
		expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(VisitDocumentReplacedError);
		const second = won[0] as IssuedVisitDocument;
		expect(second).toMatchObject({ symbol: '02/QĐ-SNV', replaces: first.id, replacedBy: null });
		expect(second.document?.banner).toBe('Quyết định này thay thế Quyết định số 01/QĐ-SNV.');
		const stored = await store.visitDocuments(v.id);
		expect(stored.map((d) => [d.symbol, d.replaces, d.replacedBy])).toEqual([
			['01/QĐ-SNV', null, second.id],
			['02/QĐ-SNV', first.id, null]
		]);
		// The replaced text is still there as issued.
		expect(stored[0]?.document).toEqual(first.document);
		// A first issue asked again now returns the standing replacement, not a third number.
		expect((await store.issueVisitDocument(issueRequest(v, chi), later(3000))).id).toBe(second.id);
		// Replacing another visit's document, or one that does not exist, is refused.
		const elsewhere = visit([an]);
		await store.savePlan(plan(chi, [elsewhere]), null, T0);
		await expect(store.issueVisitDocument(issueRequest(elsewhere, chi, { replaces: second.id }), later(4000))).rejects.toBeInstanceOf(NotFoundError);
		await expect(store.issueVisitDocument(issueRequest(v, chi, { replaces: randomUUID() }), later(4000))).rejects.toBeInstanceOf(NotFoundError);
		expect((await store.registerEntriesOf(v.id)).map((e) => e.symbol).sort()).toEqual(['01/QĐ-SNV', '02/QĐ-SNV']);
	});

	it('enters each decision, notice and replacement in the ledger as issued, once, and verify checks them', async () => {
		const { store, an, chi } = await setUp();
		const v = visit([an]);
		await store.savePlan(plan(chi, [v]), null, T0);
		const before = (await store.ledgerHead())?.seq ?? 0;
		// Asked twice at once: one number, one entry.
		const [first] = await Promise.all([store.issueVisitDocument(issueRequest(v, chi), later(1000)), store.issueVisitDocument(issueRequest(v, chi), later(1000))]);
		const notice = await store.issueVisitDocument(issueRequest(v, chi, { kind: 'notice', entry: { issuerId: 'so-noi-vu', issuerCode: 'SNV', title: 'Thông báo', issuedBy: chi.id } }), later(2000));
		const replacement = await store.issueVisitDocument(issueRequest(v, chi, { replaces: first.id, document: decisionText('Sửa', '01/QĐ-SNV') }), later(3000));
		// A refused replacement (already replaced) enters nothing.
		await expect(store.issueVisitDocument(issueRequest(v, chi, { replaces: first.id }), later(4000))).rejects.toBeInstanceOf(VisitDocumentReplacedError);

		const entries = await store.readLedger(before, 100);
		const bodies = entries.map((e) => JSON.parse(e.body) as Record<string, unknown>);
		expect(bodies.map((b) => [b.kind, b.documentId, b.documentKind, b.visitId, b.symbol, b.documentHash, b.replaces, b.at])).toEqual([
			['visitDocument', first.id, 'decision', v.id, '01/QĐ-SNV', first.documentHash, null, later(1000).toISOString()],
			['visitDocument', notice.id, 'notice', v.id, '01/TB-SNV', notice.documentHash, null, later(2000).toISOString()],
			['visitDocument', replacement.id, 'decision', v.id, '02/QĐ-SNV', replacement.documentHash, first.id, later(3000).toISOString()]
		]);
		expect(replacement.documentHash).toBe(sha256Hex(canonicalJson(replacement.document)));
		const report = await verifyLedger(store);
		expect(report).toMatchObject({ ok: true, failure: null });
		expect(report.checked.visitDocuments).toBe(3);
	});
}
