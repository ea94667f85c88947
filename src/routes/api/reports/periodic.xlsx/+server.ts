import { appStore } from '$lib/server/app/runtime';
import { requireUser } from '$lib/server/auth/requireUser';
import { xlsxChunks } from '$lib/server/export/xlsx';
import { bodyStream } from '$lib/server/http/bodyStream';
import { respond } from '$lib/server/http/respond';
import { periodicReport } from '$lib/server/reports/periodicReport';
import { reportSheets } from '$lib/server/reports/reportWorkbook';
import type { RequestHandler } from './$types';

/** GET ?from=&to=&agency= → the periodic report's tables as .xlsx (the exports' streaming writer). */
export const GET: RequestHandler = ({ url, locals }) =>
	respond(async () => {
		const user = requireUser(locals.user, ['supervisor', 'admin']);
		const report = await periodicReport(appStore(), user, url.searchParams);
		return new Response(bodyStream(xlsxChunks(reportSheets(report))), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="bao-cao-${report.period.from}-${report.period.to}.xlsx"`,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	});
