import { expect, test, type APIResponse } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parseCsv } from '../fixtures/csv';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, apiError, client, INSIDE_COMMUNE, OUTSIDE_COMMUNE, signIn, TEMPLATE, type Session } from './support/api';
import { AppServer } from './support/server';

// Authorization of every review read and action against the real built server: inspectors are
// refused, a supervisor outside the jurisdiction gets exactly the answer for an unknown id, and the
// queue, statistics, map and exports hold nothing from outside the jurisdiction.

let server: AppServer;
let inspector: Session;
let communeSupervisor: Session;
let provinceSupervisor: Session;
let admin: Session;
/** Inside the commune supervisor's jurisdiction (with a violation), and outside it. */
let inside: string;
let outside: string;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const body = async (response: APIResponse) => {
	expect(response.status(), `${response.url()} ${await response.text()}`).toBe(200);
	return (await response.json()) as Record<string, unknown>;
};


test.beforeAll(async () => {
	server = await AppServer.start();
	[inspector, communeSupervisor, provinceSupervisor, admin] = await Promise.all([
		signIn(server, ACCOUNTS.inspector),
		signIn(server, ACCOUNTS.communeSupervisor),
		signIn(server, ACCOUNTS.provinceSupervisor),
		signIn(server, ACCOUNTS.admin)
	]);
	const a = await pushItem({ inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' }, generalNotes: 'Ghi chú, có dấu phẩy và "ngoặc kép"' });
	const b = await pushItem({ inspectorId: inspector.userId, agencyId: OUTSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' } });
	const pushed = await body(await inspector.api.post('/api/sync/push', { data: { items: [a, b] } }));
	expect((pushed.results as { outcome: string }[]).map((r) => r.outcome)).toEqual(['created', 'created']);
	inside = a.inspection.id;
	outside = b.inspection.id;
});

test.afterAll(async () => {
	for (const session of [inspector, communeSupervisor, provinceSupervisor, admin]) await session?.api.dispose();
	await server?.dispose();
});

test('inspectors are refused every review read and action', async () => {
	const calls = [
		inspector.api.get('/api/review/queue'),
		inspector.api.get('/api/review/inspectors'),
		inspector.api.get('/api/stats'),
		inspector.api.get('/api/stats/map'),
		inspector.api.get('/api/export/inspections.csv'),
		inspector.api.get('/api/export/findings.csv'),
		inspector.api.post(`/api/review/${inside}`, { data: { action: 'approve', comment: '' } }),
		inspector.api.patch(`/api/recommendations/${UNKNOWN}`, { data: { status: 'fixed', note: '' } })
	];
	for (const response of await Promise.all(calls)) {
		expect(response.status(), response.url()).toBe(403);
		expect((await apiError(response)).code).toBe('forbidden');
	}
	// Their own inspection they may read, with its revisions.
	expect((await inspector.api.get(`/api/inspections/${inside}`)).status()).toBe(200);
	expect((await inspector.api.get(`/api/inspections/${inside}/revisions/1`)).status()).toBe(200);
});

test('a supervisor outside the jurisdiction gets the same 404 as for an unknown id, and nothing changes', async () => {
	const pairs: [() => Promise<APIResponse>, () => Promise<APIResponse>][] = [
		[() => communeSupervisor.api.get(`/api/inspections/${outside}`), () => communeSupervisor.api.get(`/api/inspections/${UNKNOWN}`)],
		[() => communeSupervisor.api.get(`/api/inspections/${outside}/revisions/1`), () => communeSupervisor.api.get(`/api/inspections/${UNKNOWN}/revisions/1`)],
		[
			() => communeSupervisor.api.post(`/api/review/${outside}`, { data: { action: 'return', comment: 'Sửa' } }),
			() => communeSupervisor.api.post(`/api/review/${UNKNOWN}`, { data: { action: 'return', comment: 'Sửa' } })
		]
	];
	for (const [forbidden, unknown] of pairs) {
		const [a, b] = [await forbidden(), await unknown()];
		expect(a.status()).toBe(404);
		expect([b.status(), await a.json()]).toEqual([404, await b.json()]);
	}
	const view = await body(await provinceSupervisor.api.get(`/api/inspections/${outside}`));
	expect((view.submission as { status: string }).status).toBe('sent');
});

test('queue, statistics, map and exports hold nothing outside the jurisdiction', async () => {
	const queue = await body(await communeSupervisor.api.get('/api/review/queue'));
	expect((queue.items as { id: string }[]).map((i) => i.id)).toEqual([inside]);
	expect(queue.total).toBe(1);
	// Asking for an agency outside the jurisdiction gives nothing rather than its inspections.
	expect((await body(await communeSupervisor.api.get(`/api/review/queue?agency=${OUTSIDE_COMMUNE}`))).total).toBe(0);
	expect((await body(await provinceSupervisor.api.get('/api/review/queue'))).total).toBe(2);
	expect((await body(await admin.api.get('/api/review/queue?hasViolations=true&sort=rate-asc&pageSize=100'))).total).toBe(2);
	expect((await communeSupervisor.api.get('/api/review/queue?pageSize=101')).status()).toBe(400);
	// The inspector filter offers whoever has inspections in the jurisdiction, whatever page is shown.
	const offered = async (session: Session) => ((await body(await session.api.get('/api/review/inspectors'))).inspectors as { id: string }[]).map((i) => i.id);
	expect(await offered(communeSupervisor)).toEqual([inspector.userId]);
	expect(await offered(admin)).toEqual([inspector.userId]);

	const stats = await body(await communeSupervisor.api.get('/api/stats'));
	expect(stats.inspections).toBe(1);
	expect((stats.byAgency as { agencyId: string }[]).map((a) => a.agencyId)).toEqual([INSIDE_COMMUNE]);
	// The map's columns (mapWire.ts) hold the one inspection inside the jurisdiction, under its agency.
	const map = await body(await communeSupervisor.api.get('/api/stats/map'));
	expect([map.agencies, (map.agency as number[]).length]).toEqual([[(stats.byAgency as { agencyName: string }[])[0]?.agencyName], 1]);

	const csv = await communeSupervisor.api.get('/api/export/inspections.csv');
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="inspections-\d{4}-\d{2}-\d{2}\.csv"$/);
	const text = (await csv.body()).toString('utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	const rows = parseCsv(text.slice(1));
	expect(rows[0]?.[0]).toBe('Mã biên bản');
	expect(rows.slice(1).map((r) => r[0])).toEqual([inside]);
	const findings = parseCsv((await (await communeSupervisor.api.get('/api/export/findings.csv')).body()).toString('utf8').slice(1));
	expect(findings[0]).toContain('Nội dung kiểm tra');
	expect(new Set(findings.slice(1).map((r) => r[0]))).toEqual(new Set([inside]));
	expect(findings.slice(1).find((r) => r[7] === 'discipline.on-post')?.[10]).toBe('Vi phạm');

	const xlsx = await communeSupervisor.api.get('/api/export/findings.xlsx?hasViolations=true');
	expect(xlsx.status()).toBe(200);
	expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
	expect(xlsx.headers()['content-disposition']).toMatch(/^attachment; filename="findings-\d{4}-\d{2}-\d{2}\.xlsx"$/);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
	const sheet = workbook.getWorksheet('Kết quả kiểm tra');
	expect(sheet?.rowCount).toBe(findings.length);
	expect(sheet?.getCell('A2').value).toBe(inside);
	expect(sheet?.getCell('G2').value).toBeInstanceOf(Date);
	// Another jurisdiction's inspections are not in its file, whatever the format.
	const outsideXlsx = new ExcelJS.Workbook();
	await outsideXlsx.xlsx.load((await (await communeSupervisor.api.get('/api/export/inspections.xlsx')).body()) as unknown as ArrayBuffer);
	expect(outsideXlsx.worksheets[0]?.getColumn(1).values.slice(2)).toEqual([inside]);
	expect((await communeSupervisor.api.get('/api/export/agencies.csv')).status()).toBe(404);
	expect((await inspector.api.get('/api/export/inspections.xlsx')).status()).toBe(403);
});

test('approval within the jurisdiction makes recommendations that only the jurisdiction sees and changes', async () => {
	const approved = await communeSupervisor.api.post(`/api/review/${inside}`, { data: { action: 'approve', comment: '', deadlines: { 'discipline.on-post': '2030-01-31' } } });
	expect(approved.status(), await approved.text()).toBe(200);
	const view = await body(await communeSupervisor.api.get(`/api/inspections/${inside}`));
	const [recommendation] = view.recommendations as { id: string; itemId: string; deadline: string; status: string }[];
	expect(recommendation).toMatchObject({ itemId: 'discipline.on-post', deadline: '2030-01-31T16:59:59.999Z', status: 'open' });
	expect((view.revisions as { revision: number; manifestHash: string }[])[0]?.manifestHash).toMatch(/^[0-9a-f]{64}$/);
	expect((view.events as { action: string; actorName: string }[]).map((e) => e.action)).toEqual(['submitted', 'approved']);

	const id = recommendation?.id as string;
	const listed = async (session: Session, query = '') => ((await body(await session.api.get(`/api/recommendations${query}`))).items as { id: string }[]).map((r) => r.id);
	expect(await listed(communeSupervisor)).toEqual([id]);
	expect(await listed(inspector)).toEqual([id]); // open ones of every agency, for the next visit
	// A recommendation outside the commune: the commune supervisor neither lists nor changes it.
	expect((await provinceSupervisor.api.post(`/api/review/${outside}`, { data: { action: 'approve', comment: '' } })).status()).toBe(200);
	const outsideView = await body(await provinceSupervisor.api.get(`/api/inspections/${outside}`));
	const outsideId = (outsideView.recommendations as { id: string }[])[0]?.id as string;
	expect(await listed(communeSupervisor)).toEqual([id]);
	expect(await listed(communeSupervisor, `?agency=${OUTSIDE_COMMUNE}`)).toEqual([]);
	expect((await listed(provinceSupervisor)).sort()).toEqual([id, outsideId].sort());
	const refused = await communeSupervisor.api.patch(`/api/recommendations/${outsideId}`, { data: { status: 'fixed', note: '' } });
	const unknown = await communeSupervisor.api.patch(`/api/recommendations/${UNKNOWN}`, { data: { status: 'fixed', note: '' } });
	expect([refused.status(), await refused.json()]).toEqual([404, await unknown.json()]);

	// A new deadline: a day that exists, within the jurisdiction, on an open recommendation only.
	const badDay = await communeSupervisor.api.patch(`/api/recommendations/${id}`, { data: { deadline: '2030-02-31', note: '' } });
	expect(badDay.status()).toBe(400);
	expect((await communeSupervisor.api.patch(`/api/recommendations/${outsideId}`, { data: { deadline: '2030-03-15', note: '' } })).status()).toBe(404);
	const extended = (await body(await communeSupervisor.api.patch(`/api/recommendations/${id}`, { data: { deadline: '2030-03-15', note: 'Cơ quan xin thêm thời gian' } })))
		.recommendation as { deadline: string; history: { action: string; by: string; deadline?: string; previousDeadline?: string; note: string }[] };
	expect(extended.deadline).toBe('2030-03-15T16:59:59.999Z');
	expect(extended.history.at(-1)).toMatchObject({ action: 'deadline', deadline: '2030-03-15T16:59:59.999Z', previousDeadline: '2030-01-31T16:59:59.999Z', note: 'Cơ quan xin thêm thời gian' });
	expect(extended.history.at(-1)?.by).toMatch(/\p{L}/u); // the supervisor's name, not an account id
	expect(extended.history.at(-1)?.by).not.toBe(communeSupervisor.userId);
	// Devices get the new deadline, and only the trail entries every app version can read.
	const pulled = (await body(await inspector.api.get('/api/sync/pull'))).recommendations as { id: string; deadline: string; history: { action: string }[] }[];
	const onDevice = pulled.find((r) => r.id === id);
	expect(onDevice?.deadline).toBe('2030-03-15T16:59:59.999Z');
	expect(onDevice?.history.map((h) => h.action)).toEqual(['created']);

	const fixed = await body(await communeSupervisor.api.patch(`/api/recommendations/${id}`, { data: { status: 'fixed', note: 'Đã kiểm tra lại' } }));
	expect((fixed.recommendation as { status: string }).status).toBe('fixed');
	expect((await communeSupervisor.api.patch(`/api/recommendations/${id}`, { data: { deadline: '2030-04-01', note: '' } })).status()).toBe(409);
	expect(await listed(inspector)).toEqual([outsideId]);
	expect(await listed(communeSupervisor, '?status=fixed')).toEqual([id]);
	const anon = await client(server);
	try {
		expect((await anon.get('/api/recommendations')).status()).toBe(401);
	} finally {
		await anon.dispose();
	}
});
