import { formatDateTime } from '$lib/domain/dates';
import type { RetirementNotice } from '$lib/domain/templateDraft';

/**
 * Whether a new inspection on a retired template is refused, and why. Offline work sets the line: a
 * phone learns of a retirement only with the catalog of its next pull, and may go on starting
 * inspections for days before that, each a real visit. So the line is not the retirement time but the
 * moment this account was first sent the retirement (`notifiedAt`, recorded by the pull): an
 * inspection its phone started before then is accepted (the phone could not know), and one started at
 * or after it is refused, since the phone no longer offered the template. Started is the phone's clock,
 * as signed in the record, the same clock every other device time of the record is read by.
 * Corrections of an inspection already held and retries are not new inspections (the caller skips them).
 */
export function retiredTemplateProblem(notice: RetirementNotice | null, startedAt: string, title: string): string | null {
	if (!notice || notice.notifiedAt === null || Date.parse(startedAt) < Date.parse(notice.notifiedAt)) return null;
	return (
		`Mẫu phiếu "${title}" đã ngừng sử dụng từ ${formatDateTime(notice.retiredAt)}; máy đã nhận thông báo này lúc ${formatDateTime(notice.notifiedAt)}, ` +
		`trước khi phiếu được bắt đầu (${formatDateTime(startedAt)}), nên không nhận phiếu mới trên mẫu này. Phiếu vẫn được giữ nguyên trên máy; hãy báo người giám sát.`
	);
}
