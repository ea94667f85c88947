import { canReadInspection } from '../auth/authorize';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/Store';
import type { ReviewEvent, Submission, User } from '../store/records';

export interface InspectionView {
	submission: Omit<Submission, 'content'>;
	content: unknown;
	events: ReviewEvent[];
}

/**
 * The latest revision of an inspection with its review trail, for someone allowed to read it (the
 * inspector who made it, a supervisor within jurisdiction, an admin). Anyone else gets the same
 * 404 as for an id that does not exist: whether an inspection exists is itself not theirs to know.
 */
export async function readInspection(store: Store, user: User, inspectionId: string): Promise<InspectionView> {
	const submission = await store.getSubmission(inspectionId);
	if (!submission || !canReadInspection(user, submission, await store.listAgencies())) {
		throw new ApiError(404, 'not-found', 'Không tìm thấy biên bản.');
	}
	const { content, ...rest } = submission;
	return { submission: rest, content, events: await store.listEvents(submission.inspectionId) };
}
