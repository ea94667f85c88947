import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan, PlanVisit } from '$lib/domain/plan';
import type { VisitDocumentView } from '$lib/domain/visitDocument';
import { later, newUser, seeded, T0 } from '../../../../tests/store/fixtures';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { issuingAuthority } from './visitDocumentText';
import { issueVisitDocumentFor, readVisitDocument } from './visitDocuments';

/** The words of a document's body, as a reader sees them. */
const words = (view: VisitDocumentView) => [view.document.banner ?? '', ...view.document.body.flatMap((b) => (b.kind === 'list' ? b.items : 'text' in b ? [b.text] : []))].join('\n');

describe('a visit’s decision and notice as issued', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let binh: User;
	let chi: User;
	let plan: Plan;
	let visit: PlanVisit;
	const signer = { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Lê Minh Châu' };

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		({ an, binh } = await seeded(store));
		chi = await store.createUser(newUser('chi', 'supervisor', 'tinh'), T0);
		visit = {
			id: randomUUID(),
			agencyId: 'xa-a.mot-cua',
			templateId: 'kiem-tra-thu',
			windowFrom: '2026-03-10',
			windowTo: '2026-03-20',
			announced: true,
			team: [{ accountId: an.id, name: 'Nguyễn Văn An', position: 'Chuyên viên', role: 'lead' }]
		};
		plan = await store.savePlan(
			{ id: randomUUID(), title: 'Kế hoạch 2026', year: 2026, period: '', legalBasis: 'Luật Cán bộ, công chức 2025', issuingAgencyId: 'so-noi-vu', createdBy: chi.id, createdAt: T0.toISOString(), updatedAt: T0.toISOString(), version: 1, visits: [visit] },
			null,
			T0
		);
	});
	afterEach(() => dispose());

	it('keeps the issued text when the plan changes, says so, and a replacement names the one it replaces', async () => {
		const draft = await readVisitDocument(store, chi, plan.id, visit.id, 'decision', later(500));
		expect(draft).toMatchObject({ issued: false, id: null, planChanged: false });
		expect(draft.document.banner).toBe('BẢN DỰ THẢO (chưa cấp số)');

		const issued = await issueVisitDocumentFor(store, chi, plan.id, visit.id, 'decision', { signer }, later(1000));
		expect(issued).toMatchObject({ issued: true, planChanged: false, textKept: true, replaces: null, replacedBy: null });
		expect(issued.document.number).toMatch(/^01\/QĐ-/);
		expect(issued.document.banner).toBeUndefined();
		expect(words(issued)).toContain('Ông/Bà Nguyễn Văn An, Chuyên viên – Trưởng đoàn;');
		const notice = await issueVisitDocumentFor(store, chi, plan.id, visit.id, 'notice', { signer }, later(1500));
		expect(words(notice)).toContain(`Quyết định số ${issued.document.number}`);

		// The team and the window change after issue: the issued decision prints as issued.
		await store.savePlan({ ...plan, visits: [{ ...visit, windowTo: '2026-03-25', team: [...visit.team, { accountId: binh.id, name: 'Trần Thị Bích', position: '', role: 'secretary' }] }] }, 1, later(2000));
		const after = await readVisitDocument(store, chi, plan.id, visit.id, 'decision', later(3000));
		expect(after.document).toEqual(issued.document);
		expect(after.planChanged).toBe(true);
		expect(words(after)).not.toContain('Trần Thị Bích');

		// The replacement: the next number, the plan as it stands, and the number it replaces.
		const replacement = await issueVisitDocumentFor(store, chi, plan.id, visit.id, 'decision', { signer, replaces: issued.id ?? '' }, later(4000));
		expect(replacement.document.number).toMatch(/^02\/QĐ-/);
		expect(replacement).toMatchObject({ planChanged: false, replaces: { id: issued.id, symbol: issued.document.number }, replacedBy: null });
		expect(words(replacement)).toContain('Ông/Bà Trần Thị Bích – Thư ký;');
		expect(words(replacement)).toContain('đến ngày 25/03/2026');
		expect(words(replacement)).toContain(`thay thế Quyết định số ${issued.document.number}`);
		expect(replacement.issues.map((i) => i.symbol)).toEqual([issued.document.number, replacement.document.number]);
		// The old one, opened by its id, is unchanged and says what replaced it.
		const old = await readVisitDocument(store, chi, plan.id, visit.id, 'decision', later(5000), issued.id);
		expect(old.document).toEqual(issued.document);
		expect(old.replacedBy?.id).toBe(replacement.id);
		expect(old.planChanged).toBe(false);
		// The notice cited the replaced decision: its text is no longer what the plan gives.
		expect((await readVisitDocument(store, chi, plan.id, visit.id, 'notice', later(5000))).planChanged).toBe(true);
		// Replacing the replaced one again is refused (the store's conflict, 409 at the API).
		await expect(issueVisitDocumentFor(store, chi, plan.id, visit.id, 'decision', { signer, replaces: issued.id ?? '' }, later(6000))).rejects.toThrow(/replaced/);
		// A notice cannot replace a decision.
		await expect(issueVisitDocumentFor(store, chi, plan.id, visit.id, 'notice', { signer, replaces: replacement.id ?? '' }, later(6000))).rejects.toMatchObject({ status: 404 });
	});

	it('answers 404 to anyone but the supervisors who manage the plan, before anything is issued', async () => {
		const district = await store.createUser(newUser('gs.xa', 'supervisor', 'xa-a'), T0);
		const admin = await store.createUser(newUser('quantri', 'admin'), T0);
		for (const outsider of [district, admin, an]) {
			await expect(readVisitDocument(store, outsider, plan.id, visit.id, 'decision', later(1000))).rejects.toMatchObject({ status: 404 });
			await expect(issueVisitDocumentFor(store, outsider, plan.id, visit.id, 'decision', { signer }, later(1000))).rejects.toBeInstanceOf(ApiError);
		}
		expect(await store.visitDocuments(visit.id)).toEqual([]);
		expect(await store.registerEntriesOf(visit.id)).toEqual([]);
		// A document of another visit cannot be replaced through this one.
		const issued = await issueVisitDocumentFor(store, chi, plan.id, visit.id, 'decision', { signer }, later(1000));
		const other = { ...visit, id: randomUUID() };
		await store.savePlan({ ...plan, visits: [visit, other] }, 1, later(2000));
		await expect(issueVisitDocumentFor(store, chi, plan.id, other.id, 'decision', { signer, replaces: issued.id ?? '' }, later(3000))).rejects.toMatchObject({ status: 404 });
	});
});

describe('the authority a decision is issued under', () => {
	it('is the head of the issuing body, whoever signs for them, or the body for a collective one', () => {
		const signer = (authority: string, position: string) => ({ authority, position, name: 'Lê Minh Châu' });
		expect(issuingAuthority(signer('', 'Giám đốc'), 'Sở Nội vụ')).toBe('GIÁM ĐỐC SỞ NỘI VỤ');
		expect(issuingAuthority(signer('KT. Giám đốc', 'Phó Giám đốc'), 'Sở Nội vụ')).toBe('GIÁM ĐỐC SỞ NỘI VỤ');
		expect(issuingAuthority(signer('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'), 'Ủy ban nhân dân tỉnh Tuyên Quang')).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
		expect(issuingAuthority(signer('TM. Ủy ban nhân dân', 'Chủ tịch'), 'Ủy ban nhân dân tỉnh Tuyên Quang')).toBe('ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
		expect(issuingAuthority(signer('', ''), 'Sở Nội vụ')).toBe('THỦ TRƯỞNG SỞ NỘI VỤ');
	});
});
