import { answerText } from '$lib/components/answerText';
import type { ChecklistItem, ChecklistTemplate } from '$lib/domain/checklist';
import type { AnyManifest } from '$lib/domain/manifest';
import { recordTeam } from '$lib/domain/recordTeam';
import { diffRevisions } from '$lib/domain/revisionDiff';
import { teamLine } from '$lib/domain/teamRoles';

/**
 * What a corrected biên bản (a revision after a return) states about itself: which revision it
 * corrects and that one's fingerprint, and what changed, line by line, in the document's Vietnamese.
 * A corrected record is made at the office after the visit: the page never prints it as read out and
 * signed on site.
 */
export interface Correction {
	/** The revision this one corrects. */
	of: number;
	previousHash: string | null;
	changes: string[];
}

export function correctionOf(template: ChecklistTemplate, previous: AnyManifest, current: AnyManifest, previousHash: string | null): Correction {
	const items = new Map<string, ChecklistItem>();
	for (const section of template.sections) for (const item of section.items) items.set(item.id, item);
	const diff = diffRevisions(previous, current);
	const changes: string[] = [];
	for (const a of diff.answers) {
		const item = items.get(a.itemId);
		const name = item ? `“${item.text.vi}”` : a.itemId;
		const text = (value: AnswerValue) => (item ? answerText(item, value).vi : String(value ?? 'chưa trả lời'));
		if (a.valueChanged) changes.push(`Mục ${name}: ${text(a.before?.value ?? null)} → ${text(a.after?.value ?? null)}.`);
		if (a.noteChanged) changes.push(`Mục ${name}: ghi nhận sửa thành “${a.after?.note.trim() || '(bỏ trống)'}”.`);
	}
	if (diff.photosAdded.length > 0) changes.push(`Bổ sung ${diff.photosAdded.length} ảnh minh chứng.`);
	if (diff.photosRemoved.length > 0) changes.push(`Bỏ ${diff.photosRemoved.length} ảnh.`);
	if (diff.generalNotes) changes.push('Sửa phần ý kiến khác.');
	if (diff.representative) {
		const who = (r: { name: string; position: string }) => [r.name, r.position].filter(Boolean).join(', ') || '(bỏ trống)';
		changes.push(`Đại diện cơ quan: ${who(diff.representative.before)} → ${who(diff.representative.after)}.`);
	}
	if (diff.location) changes.push('Sửa vị trí nơi kiểm tra.');
	const [teamBefore, teamAfter] = [teamLine(recordTeam(previous), 'vi'), teamLine(recordTeam(current), 'vi')];
	if (teamBefore !== teamAfter) changes.push(`Thành phần đoàn kiểm tra: ${teamBefore} → ${teamAfter}.`);
	return { of: current.revision - 1, previousHash, changes };
}

type AnswerValue = AnyManifest['answers'][string]['value'];
