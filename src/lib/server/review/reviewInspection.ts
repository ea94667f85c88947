import type { ReviewRequest } from '$lib/domain/review';
import type { ReviewDecision } from '$lib/domain/sync';
import { canReview } from '../auth/authorize';
import { isPastDay } from '../followUp/deadline';
import { recommendationsFromApproval } from '../followUp/recommendationsFromApproval';
import { ApiError } from '../http/apiError';
import { DecisionConflictError } from '../store/errors';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

const NOT_FOUND = () => new ApiError(404, 'not-found', 'Không tìm thấy biên bản.');
const alreadyDecided = (status: string) =>
	new ApiError(409, 'already-decided', status === 'approved' ? 'Biên bản đã được duyệt.' : status === 'returned' ? 'Biên bản đã được trả lại.' : 'Biên bản đã có lần gửi mới hơn.');

/**
 * A supervisor approves or returns the latest revision of an inspection. Outside the supervisor's
 * jurisdiction the answer is exactly the one for an id that does not exist, so it reveals nothing.
 * The decision and the status change are one store transaction, and the status change moves the
 * revision forward in the change feed: the inspector's device pulls the decision next time.
 */
export async function reviewInspection(store: Store, user: User, inspectionId: string, request: ReviewRequest, now: Date): Promise<ReviewDecision> {
	const submission = await store.getSubmission(inspectionId);
	if (!submission || !canReview(user, submission.agencyId, await store.listAgencies())) throw NOT_FOUND();
	if (request.revision !== undefined && request.revision !== submission.revision) {
		throw new ApiError(409, 'stale-revision', `Biên bản đã có lần gửi ${submission.revision} mới hơn lần ${request.revision} đang xem.`);
	}
	if (submission.status !== 'sent') throw alreadyDecided(submission.status);
	const action = request.action === 'approve' ? 'approved' : 'returned';
	if (action === 'approved' && Object.values(request.deadlines ?? {}).some((day) => isPastDay(day, now))) {
		throw new ApiError(400, 'deadline-past', 'Hạn khắc phục không được sớm hơn ngày hôm nay.');
	}
	// An approval's violations become recommendations in the same transaction as the decision.
	const recommendations =
		action === 'approved'
			? recommendationsFromApproval(
					submission,
					await store.getTemplate(submission.templateId, submission.templateVersion),
					request.deadlines ?? {},
					user.displayName,
					now
				)
			: [];
	// The store checks the status again inside its transaction: of two decisions at once, one is kept.
	const event = await store
		.appendEvent(
			{
				inspectionId: submission.inspectionId,
				revision: submission.revision,
				actorId: user.id,
				action,
				comment: request.comment.trim(),
				itemComments: request.itemComments ?? {}
			},
			now,
			action,
			recommendations
		)
		.catch((error: unknown) => {
			if (error instanceof DecisionConflictError) throw alreadyDecided(error.status);
			throw error;
		});
	return {
		inspectionId: event.inspectionId,
		revision: event.revision,
		action,
		comment: event.comment,
		itemComments: event.itemComments,
		by: user.displayName,
		at: event.at
	};
}
