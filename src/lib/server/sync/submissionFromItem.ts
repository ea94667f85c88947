import { answersProblem } from '$lib/domain/answerFit';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { PushItem } from '$lib/domain/sync';
import { canSubmitAs } from '../auth/authorize';
import { sha256Hex } from '../store/canonical';
import type { SubmissionInput, User } from '../store/records';
import { sealedManifest } from './sealedManifest';
import { storedContent } from './storedContent';

export type ItemCheck = { ok: true; input: SubmissionInput } | { ok: false; message: string };

/**
 * Turns one pushed item into what the store keeps (see storedContent.ts), or says why it is
 * refused. The item is already parsed with the shared schema; here are the rules the schema cannot
 * know: whose it is, that its agency and template exist, that its answers and photos fit that
 * template (answerFit.ts), that it is finalized, and that the
 * manifest sealed on the phone (its hash, and its text when sent) is exactly the record rebuilt
 * here from the inspection and photos sent.
 */
export function submissionFromItem(item: PushItem, user: User, known: { agency: boolean; template: ChecklistTemplate | null }): ItemCheck {
	const { inspection, photos } = item;
	if (!canSubmitAs(user, inspection.inspectorId)) {
		return refuse('Chỉ người kiểm tra đã lập biên bản mới được gửi biên bản này.');
	}
	if (!known.agency) return refuse('Cơ quan được kiểm tra không có trong danh mục của máy chủ.');
	if (!known.template) {
		return refuse(`Mẫu phiếu "${inspection.templateId}" phiên bản ${inspection.templateVersion} không có trên máy chủ.`);
	}
	if ((inspection.status !== 'finalized' && inspection.status !== 'sent') || inspection.finishedAt === null) {
		return refuse('Biên bản chưa hoàn tất nên chưa gửi được.');
	}
	if (photos.some((photo) => photo.inspectionId !== inspection.id)) return refuse('Có ảnh thuộc về biên bản khác.');
	const misfit = answersProblem(known.template, inspection, photos);
	if (misfit) return refuse(misfit);
	// The record is rebuilt here from what was sent; the phone's hash (and text, if sent) must match it.
	// Without either there is nothing sealed on the phone to hold it to: every finalize seals.
	if (!inspection.manifestHash && item.manifest === undefined) {
		return refuse('Biên bản gửi lên thiếu mã niêm phong (SHA-256) nên không nhận được.');
	}
	const { manifest, text: sealed } = sealedManifest(inspection, photos);
	if (item.manifest !== undefined && item.manifest !== sealed) {
		return refuse('Bản ghi niêm phong không khớp với nội dung biên bản gửi lên (biên bản hoặc ảnh đã đổi sau khi hoàn tất).');
	}
	if (inspection.manifestHash && inspection.manifestHash !== sha256Hex(sealed)) {
		return refuse('Mã niêm phong SHA-256 không khớp với nội dung biên bản (biên bản hoặc ảnh đã đổi sau khi hoàn tất).');
	}
	return {
		ok: true,
		input: {
			inspectionId: inspection.id,
			revision: inspection.revision,
			inspectorId: inspection.inspectorId,
			agencyId: inspection.agencyId,
			templateId: inspection.templateId,
			templateVersion: inspection.templateVersion,
			deviceTime: inspection.finishedAt,
			content: storedContent(sealed, photos, item.followUps),
			photoHashes: photos.map((photo) => photo.sha256),
			manifest
		}
	};
}

function refuse(message: string): ItemCheck {
	return { ok: false, message };
}
