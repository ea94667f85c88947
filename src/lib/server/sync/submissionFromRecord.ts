import { answersProblem } from '$lib/domain/answerFit';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { InspectionManifest } from '$lib/domain/manifest';
import { canSubmitAs } from '../auth/authorize';
import type { SubmissionInput, User } from '../store/records';
import { signedContent } from './storedContent';

export type ItemCheck = { ok: true; input: SubmissionInput } | { ok: false; message: string };

/**
 * Turns one signed record (already read, and its signature checked) into what the store keeps, or
 * says why it is refused: the rules the schema cannot know. Whose it is and under which name (the
 * account's, never a typed one), that its agency and template exist, that team members picked as
 * accounts are accounts, and that its answers and photos fit that template (answerFit.ts).
 */
export function submissionFromRecord(
	record: { manifest: InspectionManifest; text: string; hash: string; signature: string },
	user: User,
	known: { agency: boolean; template: ChecklistTemplate | null; accounts: ReadonlySet<string> }
): ItemCheck {
	const { manifest } = record;
	if (!canSubmitAs(user, manifest.inspector.id)) {
		return refuse('Chỉ người kiểm tra đã lập biên bản mới được gửi biên bản này.');
	}
	if (manifest.inspector.name !== user.displayName) {
		return refuse(`Biên bản ghi tên người kiểm tra "${manifest.inspector.name}", khác tên của tài khoản (${user.displayName}).`);
	}
	if (!known.agency) return refuse('Cơ quan được kiểm tra không có trong danh mục của máy chủ.');
	if (!known.template) {
		return refuse(`Mẫu phiếu "${manifest.template.id}" phiên bản ${manifest.template.version} không có trên máy chủ.`);
	}
	// A member picked as an account must be one: the team decision names people the server knows.
	const stranger = manifest.team.find((m) => m.accountId !== null && !known.accounts.has(m.accountId));
	if (stranger) return refuse(`Thành viên đoàn "${stranger.name}" mang mã tài khoản không có trên máy chủ.`);
	const misfit = answersProblem(known.template, manifest, manifest.photos);
	if (misfit) return refuse(misfit);
	return {
		ok: true,
		input: {
			inspectionId: manifest.inspectionId,
			revision: manifest.revision,
			inspectorId: manifest.inspector.id,
			agencyId: manifest.agencyId,
			templateId: manifest.template.id,
			templateVersion: manifest.template.version,
			deviceTime: manifest.finishedAt,
			content: signedContent(record.text, record.signature),
			contentHash: record.hash,
			photoHashes: manifest.photos.map((photo) => photo.sha256),
			manifest
		}
	};
}

function refuse(message: string): ItemCheck {
	return { ok: false, message };
}
