import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pushItem } from '../fixtures/sync/pushItems';
import type { TeamMember } from '../../src/lib/domain/team';
import { ACCOUNTS, signIn as apiSignIn, TEMPLATE, type Session } from './support/api';
import { AppServer } from './support/server';
import { signIn } from './support/session';

// The biên bản's team section and signature blocks for teams of 1 to 6 members, as the supervisor
// opens each record from the server: every member once, in role order (trưởng đoàn, phó trưởng
// đoàn, thành viên, thư ký; as entered within a role), with position and role; the team's block
// signed by the trưởng đoàn whoever was entered first; the agency's block with the representative's
// position and name. Then a record returned and resubmitted with another team: the corrected
// biên bản prints the new team, states the change, and is signed by who made the correction, while
// the first revision still prints its own team and trưởng đoàn.

let server: AppServer;
let supervisor: Session;
let inspector: Session;

test.beforeEach(async () => {
	server = await AppServer.start();
	[supervisor, inspector] = await Promise.all([apiSignIn(server, ACCOUNTS.provinceSupervisor), apiSignIn(server, ACCOUNTS.inspector)]);
});

test.afterEach(async () => {
	for (const s of [supervisor, inspector]) await s?.api.dispose();
	await server.dispose();
});

const ROLE = { lead: 'Trưởng đoàn', deputy: 'Phó Trưởng đoàn', member: 'Thành viên', secretary: 'Thư ký' } as const;
const ORDER = { lead: 0, deputy: 1, member: 2, secretary: 3 } as const;
const person = (name: string, role: TeamMember['role'], position = ''): TeamMember => ({ accountId: null, name, position, role });

/** Teams of 1 to 6, the trưởng đoàn never entered first from 3 members on. */
function teams(me: TeamMember): TeamMember[][] {
	return [
		[me],
		[me, person('Đỗ Minh Tuấn', 'secretary', 'Chuyên viên')],
		[person('Phạm Thu Hà', 'member', 'Chuyên viên'), me, person('Đỗ Minh Tuấn', 'member')],
		[person('Đỗ Minh Tuấn', 'secretary', 'Chuyên viên'), person('Phạm Thu Hà', 'deputy', 'Phó Chánh Thanh tra'), me, person('Lê Văn Cường', 'member', 'Chuyên viên')],
		[person('Đỗ Minh Tuấn', 'member'), person('Ngô Thị Lan', 'secretary', 'Chuyên viên'), person('Phạm Thu Hà', 'deputy'), person('Lê Văn Cường', 'member', 'Chuyên viên'), me],
		[
			person('Ngô Thị Lan', 'secretary', 'Chuyên viên'),
			person('Lê Văn Cường', 'member', 'Chuyên viên'),
			person('Phạm Thu Hà', 'deputy', 'Phó Chánh Thanh tra'),
			me,
			person('Đỗ Minh Tuấn', 'member'),
			person('Vũ Quốc Bảo', 'member', 'Chuyên viên Sở Tư pháp')
		]
	];
}

/** "Ông/Bà Name, Position – Role", as the biên bản lists a member. */
const line = (m: TeamMember) => `Ông/Bà ${m.name}${m.position ? `, ${m.position}` : ''} – ${ROLE[m.role]}`;
const inRoleOrder = (team: TeamMember[]) => team.map((m, i) => ({ m, i })).sort((a, b) => ORDER[a.m.role] - ORDER[b.m.role] || a.i - b.i).map((x) => x.m);

/** The team section's lines and the two signature blocks of the record page open in `page`. */
async function printedTeam(page: Page) {
	const record = page.locator('article.document');
	await expect(record.getByRole('heading', { level: 1 })).toContainText('BIÊN BẢN KIỂM TRA VĂN HÓA CÔNG VỤ');
	const members = await record.getByRole('listitem').filter({ hasText: /^Ông\/Bà .* – (Trưởng đoàn|Phó Trưởng đoàn|Thành viên|Thư ký)$/ }).allTextContents();
	// Each block's lines as written (not as CSS shows them), one space apart.
	const block = async (n: number) => (await record.locator('.signatures > div').nth(n).locator('p').allTextContents()).map((p) => p.trim()).join(' ');
	return { members: members.map((m) => m.replace(/\s+/g, ' ').trim()), agency: await block(0), team: await block(1) };
}

test('the biên bản prints teams of 1 to 6 in role order and the trưởng đoàn signs for the team, on one inspection and across a resubmitted revision', async ({ browser }, info) => {
	test.setTimeout(150_000);
	const me: TeamMember = { accountId: inspector.userId, name: inspector.displayName, position: 'Chuyên viên Sở Nội vụ', role: 'lead' };
	const representative = { name: 'Trần Thị Bình', position: 'Chánh Văn phòng Sở Tư pháp' };
	const all = teams(me);
	const items = await Promise.all(all.map((team) => pushItem({ inspectorId: inspector.userId, agencyId: 'so-tu-phap', templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' }, team, representative })));
	const pushed = await inspector.api.post('/api/sync/push', { data: { items } });
	expect(((await pushed.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome)).toEqual(all.map(() => 'created'));

	const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
	const page = await context.newPage();
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.provinceSupervisor);

	for (const [k, team] of all.entries()) {
		await page.goto(server.url(`/inspections/${items[k]?.inspection.id}/record?from=server`));
		const printed = await printedTeam(page);
		expect(printed.members, `team of ${team.length}`).toEqual(inRoleOrder(team).map(line));
		expect(printed.team, `team of ${team.length}`).toBe(`ĐẠI DIỆN ĐOÀN KIỂM TRA Trưởng đoàn (Ký, ghi rõ họ tên) ${me.name}`);
		expect(printed.agency).toBe(`ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA ${representative.position} (Ký, ghi rõ họ tên, đóng dấu) ${representative.name}`);
	}
	// The team of six on paper: one line per member, both signature blocks side by side.
	await page.emulateMedia({ media: 'print' });
	const pdf = info.outputPath('team-of-six.pdf');
	writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
	execFileSync('pdftoppm', ['-png', '-r', '70', pdf, info.outputPath('team-of-six')]);
	const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
	for (const member of inRoleOrder(all[5] as TeamMember[])) expect(text).toContain(line(member));
	// Side by side: both headings start one line, and both names share the line they are signed above.
	expect(text).toMatch(/ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM(?: TRA)? ĐẠI DIỆN ĐOÀN KIỂM TRA/);
	expect(text).toContain(`${representative.name} ${me.name}`);
	await page.emulateMedia({ media: 'screen' });

	// The team of three is returned; the inspector resubmits it with a new head and a fourth member.
	const returned = items[2]?.inspection.id as string;
	const back = await supervisor.api.post(`/api/review/${returned}`, { data: { action: 'return', comment: 'Sửa thành phần đoàn' } });
	expect(back.status(), await back.text()).toBe(200);
	const newTeam = [person('Phạm Thu Hà', 'lead', 'Phó Chánh Thanh tra'), { ...me, role: 'member' as const }, person('Đỗ Minh Tuấn', 'member'), person('Ngô Thị Lan', 'secretary', 'Chuyên viên')];
	const revision = await pushItem({ id: returned, revision: 2, inspectorId: inspector.userId, agencyId: 'so-tu-phap', templateId: TEMPLATE, answers: { 'discipline.on-post': 'compliant' }, team: newTeam, representative });
	const resent = await inspector.api.post('/api/sync/push', { data: { items: [revision] } });
	expect(((await resent.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome)).toEqual(['created']);

	await page.goto(server.url(`/inspections/${returned}/record?from=server`));
	await expect(page.locator('article.document').getByRole('heading', { level: 1 })).toContainText('(BẢN SỬA LẦN 1)');
	const corrected = await printedTeam(page);
	expect(corrected.members).toEqual(inRoleOrder(newTeam).map(line));
	// Made at the office after the visit: signed by who made the correction, no agency signature.
	expect(corrected.team).toBe(`ĐẠI DIỆN ĐOÀN KIỂM TRA Người lập bản sửa (Ký, ghi rõ họ tên) ${inspector.displayName}`);
	expect(corrected.agency).toBe('');
	await expect(page.locator('article.document').getByRole('listitem').filter({ hasText: /^Thành phần đoàn kiểm tra: / })).toHaveText(
		`Thành phần đoàn kiểm tra: ${me.name} (Trưởng đoàn, ${me.position}); Phạm Thu Hà (Thành viên, Chuyên viên); Đỗ Minh Tuấn (Thành viên) → Phạm Thu Hà (Trưởng đoàn, Phó Chánh Thanh tra); ${me.name} (Thành viên, ${me.position}); Đỗ Minh Tuấn (Thành viên); Ngô Thị Lan (Thư ký, Chuyên viên).`
	);
	// The first revision, as it was: its own team and trưởng đoàn.
	await page.goto(server.url(`/inspections/${returned}/record?from=server&revision=1`));
	const original = await printedTeam(page);
	expect(original.members).toEqual(inRoleOrder(all[2] as TeamMember[]).map(line));
	expect(original.team).toBe(`ĐẠI DIỆN ĐOÀN KIỂM TRA Trưởng đoàn (Ký, ghi rõ họ tên) ${me.name}`);
	expect(original.agency).toBe(`ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA ${representative.position} (Ký, ghi rõ họ tên, đóng dấu) ${representative.name}`);

	await context.close();
});
