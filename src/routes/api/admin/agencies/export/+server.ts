import { vietnamDate } from '$lib/domain/dates';
import { appStore } from '$lib/server/app/runtime';
import { agencySheet } from '$lib/server/agencies/agencyExport';
import { csvChunks } from '$lib/server/export/csv';
import { xlsxChunks } from '$lib/server/export/xlsx';
import { ApiError } from '$lib/server/http/apiError';
import { respond } from '$lib/server/http/respond';
import { adminOnly } from '../../adminOnly';
import type { RequestHandler } from './$types';

const FORMATS = {
	csv: { type: 'text/csv; charset=utf-8', chunks: csvChunks },
	xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', chunks: (sheet: Parameters<typeof csvChunks>[0]) => xlsxChunks([sheet]) }
} as const;

/** GET ?format=xlsx|csv → the open agencies as the import reads them. Admins only. */
export const GET: RequestHandler = ({ locals, url }) =>
	respond(async () => {
		adminOnly(locals.user);
		const format = url.searchParams.get('format') ?? 'xlsx';
		if (format !== 'csv' && format !== 'xlsx') throw new ApiError(404, 'not-found', 'Không có định dạng này.');
		const chunks = FORMATS[format].chunks(agencySheet(await appStore().listAgencies()));
		const encoder = new TextEncoder();
		const parts: Uint8Array[] = [];
		for await (const chunk of chunks) parts.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
		return new Response(new Blob(parts as Uint8Array<ArrayBuffer>[]), {
			headers: {
				'content-type': FORMATS[format].type,
				'content-disposition': `attachment; filename="co-quan-${vietnamDate(new Date())}.${format}"`,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	});
