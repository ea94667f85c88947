import { json } from '@sveltejs/kit';
import { DraftSaveSchema } from '$lib/domain/templateDraft';
import { appStore } from '$lib/server/app/runtime';
import { ApiError } from '$lib/server/http/apiError';
import { BODY_LIMITS } from '$lib/server/http/bodyLimits';
import { readJson } from '$lib/server/http/readJson';
import { respond } from '$lib/server/http/respond';
import { InvalidRecordError, TemplateDraftConflictError } from '$lib/server/store/errors';
import { adminOnly } from '../../adminOnly';
import type { RequestHandler } from './$types';

/**
 * PUT { templateId, revision, content } → { draft }: the item editor's save of a whole draft (admins
 * only). The content is checked with the same schema the editor checks it with (400 with the fields
 * by path, e.g. `content.sections.0.items.2.text.vi`); new items get their ids here, by the store's
 * rules; a draft saved, published or discarded meanwhile by someone else is a 409, nothing written.
 */
export const PUT: RequestHandler = ({ locals, request }) =>
	respond(async () => {
		const admin = adminOnly(locals.user);
		const save = await readJson(request, DraftSaveSchema, BODY_LIMITS.templateDraft);
		try {
			const draft = await appStore().saveTemplateDraft(save.templateId, save.content, save.revision, admin.id, new Date());
			return json({ draft }, { headers: { 'cache-control': 'no-store' } });
		} catch (error) {
			if (error instanceof TemplateDraftConflictError) {
				throw new ApiError(409, 'draft-conflict', 'Bản nháp vừa được người khác sửa, công bố hoặc bỏ. Các thay đổi của bạn vẫn còn trên trang; hãy chép lại những gì cần rồi tải lại trang.');
			}
			// What the schema cannot see (a theme removed meanwhile): said as the store says it.
			if (error instanceof InvalidRecordError) throw new ApiError(400, 'invalid-draft', `Không lưu được: ${error.message}`);
			throw error;
		}
	});
