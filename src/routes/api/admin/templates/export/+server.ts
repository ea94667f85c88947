import { appStore } from '$lib/server/app/runtime';
import { xlsxChunks } from '$lib/server/export/xlsx';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import { templateSheets } from '$lib/server/templates/templateWorkbook';
import { adminOnly } from '../../adminOnly';
import type { RequestHandler } from './$types';

/** GET ?id=&version=n (or &draft=1) → that version (or the draft) as the checklist workbook. Admins only. */
export const GET: RequestHandler = ({ locals, url }) =>
	respond(async () => {
		adminOnly(locals.user);
		const store = appStore();
		const id = url.searchParams.get('id') ?? '';
		const version = Number(url.searchParams.get('version'));
		const content = url.searchParams.get('draft') === '1' ? (await store.getTemplateDraft(id))?.body : await store.getTemplate(id, version);
		if (!content) throw new ApiError(404, 'not-found', 'Không có mẫu phiếu hoặc phiên bản này.');
		const parts: Uint8Array[] = [];
		for await (const chunk of xlsxChunks(templateSheets(content, await store.listThemes()))) parts.push(chunk);
		const name = 'version' in content ? `${id}-v${content.version}` : `${id}-ban-nhap`;
		return new Response(new Blob(parts as Uint8Array<ArrayBuffer>[]), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="${name}.xlsx"`,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	});
