import { z } from 'zod/mini';
import { MAX_NOTE_LENGTH } from './inspection';
import { ApproveDeadlinesSchema } from './recommendation';

/**
 * A supervisor's decision on the latest revision of an inspection (POST /api/review/{id}).
 * `revision`, when given, must still be the latest: a decision is never applied to a revision the
 * supervisor did not see. A return needs a comment, since the inspector has to know what to fix.
 */
export const ReviewRequestSchema = z
	.object({
		action: z.enum(['approve', 'return'], 'Chọn "approve" (duyệt) hoặc "return" (trả lại)'),
		comment: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
		itemComments: z.optional(
			z.record(z.string().check(z.minLength(1), z.maxLength(200)), z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_LENGTH)))
		),
		revision: z.optional(z.int().check(z.positive())),
		/** Approve only: a deadline (YYYY-MM-DD, Vietnam) per violated item id; others get approval day + 30. */
		deadlines: z.optional(ApproveDeadlinesSchema)
	})
	.check(
		z.refine((r) => r.action !== 'return' || r.comment.trim() !== '' || Object.keys(r.itemComments ?? {}).length > 0, {
			message: 'Khi trả lại, cần ghi nhận xét để người kiểm tra biết phải sửa gì',
			path: ['comment']
		})
	);
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;
