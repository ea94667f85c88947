import { randomUUID } from 'node:crypto';
import type { AdministrativeDocument } from '$lib/domain/administrativeDocument';
import type { IssuedVisitDocument } from '$lib/server/store/plans/planRecords';
import type { Store } from '$lib/server/store/Store';
import { T0, later, newUser, seeded } from './fixtures';

export const DECISION_SIGNER = { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Lê Minh Châu' };

/** An issued decision's text (a replacement names the number it replaces in its banner). */
export const decisionText = (subject: string, replaces?: string): AdministrativeDocument => ({
	parentBody: 'UBND TỈNH TUYÊN QUANG',
	issuingBody: 'Sở Nội vụ',
	number: null,
	place: 'Tuyên Quang',
	date: T0.toISOString(),
	title: 'QUYẾT ĐỊNH',
	subject,
	...(replaces ? { banner: `Quyết định này thay thế Quyết định số ${replaces}.` } : {}),
	body: [{ kind: 'paragraph', text: 'Điều 2. Thành lập Đoàn kiểm tra gồm: Ông/Bà Nguyễn Văn An – Trưởng đoàn;' }],
	recipients: ['Lưu: VT.'],
	signer: DECISION_SIGNER
});

/** A plan with one visit, its decision issued and then replaced (store-specific tests of the ledger check). */
export async function decisionAndReplacement(store: Store): Promise<{ first: IssuedVisitDocument; replacement: IssuedVisitDocument }> {
	const { an } = await seeded(store);
	const chi = await store.createUser(newUser('chi', 'supervisor', 'tinh'), T0);
	const visitId = randomUUID();
	await store.savePlan(
		{
			id: randomUUID(),
			title: 'Kế hoạch kiểm tra công vụ năm 2026',
			year: 2026,
			period: '',
			legalBasis: '',
			issuingAgencyId: 'so-noi-vu',
			createdBy: chi.id,
			createdAt: T0.toISOString(),
			updatedAt: T0.toISOString(),
			version: 1,
			visits: [{ id: visitId, agencyId: 'xa-a.mot-cua', templateId: 'kiem-tra-thu', windowFrom: '2026-03-10', windowTo: '2026-03-20', announced: true, team: [{ accountId: an.id, name: an.displayName, position: '', role: 'lead' }] }]
		},
		null,
		T0
	);
	const request = (subject: string, replaces: string | null) => ({
		id: randomUUID(),
		visitId,
		kind: 'decision' as const,
		entry: { issuerId: 'so-noi-vu', issuerCode: 'SNV', title: 'Quyết định kiểm tra', issuedBy: chi.id },
		signer: DECISION_SIGNER,
		replaces,
		document: decisionText(subject)
	});
	const first = await store.issueVisitDocument(request('Về việc kiểm tra tại Bộ phận Một cửa', null), later(1000));
	const replacement = await store.issueVisitDocument(request('Về việc kiểm tra tại Bộ phận Một cửa (thay thế)', first.id), later(2000));
	return { first, replacement };
}
