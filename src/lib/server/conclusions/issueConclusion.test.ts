import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sentInspection } from '../../../../tests/fixtures/sync/sentInspection';
import type { DocumentBlock } from '$lib/domain/administrativeDocument';
import { ApiError } from '../http/apiError';
import { reviewInspection } from '../review/reviewInspection';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { canReadConclusion, issueConclusion, previewConclusion } from './issueConclusion';

const SIGNER = { authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Trần Văn Bình' };
const NOW = new Date('2026-03-10T02:00:00.000Z');

const text = (blocks: readonly DocumentBlock[]): string =>
	blocks.map((b) => (b.kind === 'list' ? b.items.join('\n') : b.kind === 'table' ? [b.caption, ...b.rows.flat()].join(' ') : 'text' in b ? b.text : '')).join('\n');

describe('issueConclusion', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let an: User;
	let commune: User;
	let department: User;
	let id: string;

	beforeEach(async () => {
		({ store, dispose, an, commune, department, id } = await sentInspection('violation'));
	});
	afterEach(() => dispose());

	const failure = async (promise: Promise<unknown>) => {
		try {
			await promise;
			return 'ok';
		} catch (error) {
			return error instanceof ApiError ? `${error.status} ${error.code}` : String(error);
		}
	};

	it('is issued only for an approved inspection, only by a supervisor of its jurisdiction', async () => {
		expect(await failure(issueConclusion(store, commune, { inspectionIds: [id], signer: SIGNER }, NOW))).toBe('409 not-approved');
		await reviewInspection(store, commune, id, { action: 'approve', comment: 'Đạt', deadlines: { 'gio-lam-viec': '2026-04-01' } }, NOW);
		expect(await failure(issueConclusion(store, department, { inspectionIds: [id], signer: SIGNER }, NOW))).toBe('404 not-found');
		expect(await failure(issueConclusion(store, an, { inspectionIds: [id], signer: SIGNER }, NOW))).toBe('403 forbidden');
		expect(await failure(issueConclusion(store, commune, { inspectionIds: ['khong-co'], signer: SIGNER }, NOW))).toBe('404 not-found');
	});

	it('states findings, violations with their legal basis, recommendations with deadlines, duties and the biên bản fingerprint', async () => {
		await reviewInspection(store, commune, id, { action: 'approve', comment: 'Đạt', deadlines: { 'gio-lam-viec': '2026-04-01' } }, NOW);
		const conclusion = await issueConclusion(store, commune, { inspectionIds: [id], signer: SIGNER, recipients: ['Cơ quan tinh (để báo cáo)'] }, NOW);
		const submission = await store.getSubmission(id);
		expect(conclusion.symbol).toBe('01/KL-CQXA');
		expect(conclusion.document).toMatchObject({ number: '01/KL-CQXA', issuingBody: 'Cơ quan xa-a', parentBody: 'Cơ quan tinh', title: 'KẾT LUẬN KIỂM TRA', signer: SIGNER });
		const body = text(conclusion.document.body);
		expect(body).toContain('Đúng giờ làm việc (mức độ nhẹ). Ghi nhận: Không đạt. Căn cứ: Luật 80/2025/QH15 (Luật Cán bộ, công chức).');
		expect(body).toContain('Thời hạn khắc phục: chậm nhất ngày 01/04/2026.');
		expect(body).toContain('Người đứng đầu Cơ quan xa-a.mot-cua chỉ đạo khắc phục');
		expect(body).toContain(conclusion.inspections[0]?.manifestHash ?? 'missing');
		expect(conclusion.inspections[0]?.manifestHash).toMatch(/^[0-9a-f]{64}$/);
		expect(submission?.status).toBe('approved');
		expect(conclusion.document.recipients).toEqual(['Cơ quan xa-a.mot-cua (để thực hiện);', 'Cơ quan tinh (để báo cáo);', 'Lưu: VT, Đoàn KT.']);

		const agencies = await store.listAgencies();
		expect(canReadConclusion(commune, conclusion, agencies)).toBe(true);
		expect(canReadConclusion(department, conclusion, agencies)).toBe(false);
		expect(canReadConclusion(an, conclusion, agencies)).toBe(false);
	});

	it('a preview is the text as it would be issued, unnumbered and marked a draft, with the same checks, and takes no number', async () => {
		expect(await failure(previewConclusion(store, commune, { inspectionIds: [id], signer: SIGNER }, NOW))).toBe('409 not-approved');
		await reviewInspection(store, commune, id, { action: 'approve', comment: 'Đạt' }, NOW);
		expect(await failure(previewConclusion(store, department, { inspectionIds: [id], signer: SIGNER }, NOW))).toBe('404 not-found');
		const preview = await previewConclusion(store, commune, { inspectionIds: [id], signer: SIGNER }, NOW);
		expect(preview).toMatchObject({ number: null, banner: 'BẢN DỰ THẢO (chưa cấp số)', title: 'KẾT LUẬN KIỂM TRA', signer: SIGNER });
		expect(await store.conclusionsOfInspection(id)).toEqual([]);
		// Issued after the preview, it takes the first number: the preview took none.
		const issued = await issueConclusion(store, commune, { inspectionIds: [id], signer: SIGNER }, NOW);
		expect(issued.symbol).toBe('01/KL-CQXA');
		expect(issued.document.body).toEqual(preview.body);
	});

	it('a correction replaces a standing conclusion once, and says so on its face', async () => {
		await reviewInspection(store, commune, id, { action: 'approve', comment: 'Đạt' }, NOW);
		const first = await issueConclusion(store, commune, { inspectionIds: [id], signer: SIGNER }, NOW);
		const second = await issueConclusion(store, commune, { inspectionIds: [id], signer: SIGNER, replaces: first.id }, new Date(NOW.getTime() + 60_000));
		expect(second.document.banner).toBe('Kết luận này thay thế Kết luận số 01/KL-CQXA ngày 10 tháng 3 năm 2026.');
		expect(await failure(issueConclusion(store, commune, { inspectionIds: [id], signer: SIGNER, replaces: first.id }, NOW))).toBe('409 conclusion-replaced');
		expect(await failure(issueConclusion(store, department, { inspectionIds: [id], signer: SIGNER, replaces: second.id }, NOW))).toBe('404 not-found');
	});
});
