import { allAgencies } from '$lib/client/catalog/catalogStore';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { PeriodicReportSchema, ReportQuerySchema } from '$lib/domain/periodicReport';
import { vietnamDate } from '$lib/domain/dates';
import type { PageLoad } from './$types';

// ?from=YYYY-MM-DD&to=…&agency=… in the URL, so a report is a link; this year so far by default.
export const load: PageLoad = async ({ url, fetch }) => {
	const today = vietnamDate(new Date());
	const parsed = ReportQuerySchema.safeParse({
		from: url.searchParams.get('from') || `${today.slice(0, 4)}-01-01`,
		to: url.searchParams.get('to') || today,
		agency: url.searchParams.get('agency') || undefined
	});
	const query = parsed.success ? parsed.data : { from: `${today.slice(0, 4)}-01-01`, to: today };
	const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string')).toString();
	const [report, agencies] = await Promise.all([fetchApi(fetch, `/api/reports/periodic?${search}`, (body) => PeriodicReportSchema.parse(body)), allAgencies()]);
	return { query, search, report, agencies };
};
