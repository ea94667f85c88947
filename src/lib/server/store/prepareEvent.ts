import { z } from 'zod/mini';
import { InvalidRecordError } from './errors';
import { REVIEW_ACTIONS, type ReviewEventInput } from './records';

const ReviewEventSchema = z.object({
	inspectionId: z.string().check(z.minLength(1)),
	revision: z.int().check(z.positive()),
	actorId: z.string().check(z.minLength(1)),
	action: z.enum(REVIEW_ACTIONS),
	comment: z.string().check(z.maxLength(4000)),
	itemComments: z.record(z.string().check(z.minLength(1)), z.string().check(z.maxLength(4000)))
});

/** Checks an event before it is appended: the trail is permanent, so nothing malformed goes in. */
export function prepareEvent(event: ReviewEventInput): ReviewEventInput & { itemCommentsJson: string } {
	const parsed = ReviewEventSchema.safeParse(event);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new InvalidRecordError(`Review event: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`);
	}
	return { ...parsed.data, inspectionId: parsed.data.inspectionId.toLowerCase(), itemCommentsJson: JSON.stringify(parsed.data.itemComments) };
}
