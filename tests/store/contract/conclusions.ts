import { expect, it } from 'vitest';
import type { AdministrativeDocument } from '$lib/domain/administrativeDocument';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { verifyLedger } from '$lib/server/ledger/verifyLedger';
import { sha256Hex } from '$lib/server/store/canonical';
import type { NewConclusion } from '$lib/server/store/conclusions/conclusionSql';
import { ConclusionReplacedError, InvalidRecordError, NotFoundError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { T0, later, newUser, seeded, submission } from '../fixtures';

const DOCUMENT: AdministrativeDocument = {
	parentBody: 'Cơ quan tinh',
	issuingBody: 'Cơ quan so-noi-vu',
	number: null,
	place: 'Tuyên Quang',
	date: T0.toISOString(),
	title: 'KẾT LUẬN KIỂM TRA',
	subject: 'Về việc thực hiện văn hóa công vụ tại Cơ quan xa-a.mot-cua',
	body: [{ kind: 'paragraph', text: 'Kết luận như sau.' }],
	recipients: ['Lưu: VT.'],
	signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Bình' }
};

export function conclusionsContract(ctx: () => StoreContext): void {
	async function setUp() {
		const { store } = ctx();
		const { an } = await seeded(store);
		const supervisor = await store.createUser(newUser('giamsat', 'supervisor', 'so-noi-vu'), T0);
		const one = submission(an);
		await store.putSubmissions([one], T0);
		await store.appendEvent({ inspectionId: one.inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: 'Đạt', itemComments: {} }, later(1000), 'approved');
		const conclusion = (id: string, replaces: string | null = null): NewConclusion => ({
			id,
			issuerId: 'so-noi-vu',
			issuerCode: 'SNV',
			issuedBy: supervisor.id,
			replaces,
			inspections: [{ inspectionId: one.inspectionId, revision: 1, agencyId: 'xa-a.mot-cua', manifestHash: 'f'.repeat(64) }],
			document: DOCUMENT
		});
		return { store, supervisor, one, conclusion };
	}

	it('issues a conclusion with its register number in its text, its hash, and its ledger entry', async () => {
		const { store, supervisor, one, conclusion } = await setUp();
		const issued = await store.issueConclusion(conclusion('kl-1'), later(5000));
		expect(issued).toMatchObject({
			id: 'kl-1',
			issuerId: 'so-noi-vu',
			symbol: '01/KL-SNV',
			issuedAt: later(5000).toISOString(),
			issuedBy: supervisor.id,
			replaces: null,
			replacedBy: null,
			inspections: [{ inspectionId: one.inspectionId, revision: 1, agencyId: 'xa-a.mot-cua', manifestHash: 'f'.repeat(64) }]
		});
		expect(issued.document).toEqual({ ...DOCUMENT, number: '01/KL-SNV', date: later(5000).toISOString() });
		expect(issued.documentHash).toBe(sha256Hex(canonicalJson(issued.document)));
		expect(await store.getConclusion('kl-1')).toEqual(issued);
		expect(await store.getConclusion('none')).toBeNull();
		expect((await store.conclusionsOfInspection(one.inspectionId)).map((c) => c.symbol)).toEqual(['01/KL-SNV']);
		expect((await store.registerEntriesOf('kl-1')).map((e) => e.symbol)).toEqual(['01/KL-SNV']);
		const report = await verifyLedger(store);
		expect(report.ok).toBe(true);
		expect(report.checked.conclusions).toBe(1);
	});

	it('a correction is a new conclusion naming the one it replaces; a conclusion is replaced once', async () => {
		const { store, one, conclusion } = await setUp();
		await store.issueConclusion(conclusion('kl-1'), later(5000));
		const correction = await store.issueConclusion(conclusion('kl-2', 'kl-1'), later(6000));
		expect(correction).toMatchObject({ symbol: '02/KL-SNV', replaces: 'kl-1', replacedBy: null });
		expect(await store.getConclusion('kl-1')).toMatchObject({ symbol: '01/KL-SNV', replacedBy: 'kl-2' });
		await expect(store.issueConclusion(conclusion('kl-3', 'kl-1'), later(7000))).rejects.toBeInstanceOf(ConclusionReplacedError);
		await expect(store.issueConclusion(conclusion('kl-4', 'none'), later(7000))).rejects.toBeInstanceOf(NotFoundError);
		// The refused ones cost no number: the next is 03.
		expect((await store.issueConclusion(conclusion('kl-5', 'kl-2'), later(8000))).symbol).toBe('03/KL-SNV');
		expect((await store.conclusionsOfInspection(one.inspectionId)).map((c) => c.id)).toEqual(['kl-5', 'kl-2', 'kl-1']);
		expect((await verifyLedger(store)).ok).toBe(true);
	});

	it('of two corrections of one conclusion at once, from two store instances, exactly one is issued', async () => {
		const { store, conclusion } = await setUp();
		await store.issueConclusion(conclusion('kl-1'), later(5000));
		const other = await ctx().fixture.open();
		try {
			const results = await Promise.allSettled([store.issueConclusion(conclusion('kl-a', 'kl-1'), later(6000)), other.issueConclusion(conclusion('kl-b', 'kl-1'), later(6000))]);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const refused = results.find((r) => r.status === 'rejected');
			expect(refused?.status === 'rejected' ? refused.reason : null).toBeInstanceOf(ConclusionReplacedError);
			expect((await verifyLedger(store)).ok).toBe(true);
		} finally {
			await other.close();
		}
	});

	it('refuses a revision that was never stored', async () => {
		const { store, conclusion } = await setUp();
		const bad = conclusion('kl-x');
		await expect(store.issueConclusion({ ...bad, inspections: [{ ...bad.inspections[0]!, revision: 9 }] }, later(5000))).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await store.getConclusion('kl-x')).toBeNull();
	});
}
