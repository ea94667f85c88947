import { expect, test } from '@playwright/test';
import { pushItem } from '../fixtures/sync/pushItems';
import { ACCOUNTS, INSIDE_COMMUNE, signIn as apiSignIn, TEMPLATE } from './support/api';
import { AppServer } from './support/server';
import { signIn } from './support/session';

// A lost phone: the admin revokes its key on the account page. What it signed before stays valid and
// the verify page says the key was revoked later; what it signs after is refused; the original of a
// corrected record stays printable as it was.

let server: AppServer;

test.beforeEach(async () => {
	server = await AppServer.start();
});

test.afterEach(async () => {
	await server.dispose();
});

test('an admin revokes a lost phone: earlier records stay valid and say so, new ones are refused', async ({ page }) => {
	test.setTimeout(90_000);
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const spec = { inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE, answers: { 'discipline.on-post': 'violation' as const } };
	const push = async (item: { manifest: string; signature: string }) => {
		const response = await inspector.api.post('/api/sync/push', { data: { items: [{ manifest: item.manifest, signature: item.signature }] } });
		expect(response.status(), await response.text()).toBe(200);
		return ((await response.json()) as { results: { outcome: string; message?: string }[] }).results[0];
	};
	const before = await pushItem(spec);
	expect(await push(before)).toMatchObject({ outcome: 'created' });

	// The admin opens the inspector's account and revokes the phone's key with its button.
	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.admin);
	await page.goto(server.url(`/admin/users/${inspector.userId}`));
	const devices = page.getByRole('region', { name: /^Thiết bị ký biên bản/ });
	await devices.getByRole('button', { name: /^Thu hồi khoá ký của thiết bị Thiết bị kiểm thử/ }).click();
	// It cannot be undone, so it asks once more.
	const confirm = devices.getByRole('group', { name: 'Xác nhận thu hồi khoá ký của thiết bị Thiết bị kiểm thử' });
	await expect(confirm).toContainText('không hoàn tác được');
	await confirm.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
	await expect(devices.getByText('Đã thu hồi')).toBeVisible();
	await expect(devices.getByRole('button', { name: /^Thu hồi khoá ký/ })).toHaveCount(0);

	// What the phone signed before stays valid, and the verify page says the key was revoked after.
	await page.goto(server.url(`/verify/${before.hash}`));
	await expect(page.getByRole('heading', { level: 2, name: 'Máy chủ giữ đúng biên bản này, có chữ ký số hợp lệ' })).toBeVisible();
	const signedBy = page.getByRole('definition').filter({ hasText: /^Thiết bị kiểm thử/ });
	await expect(signedBy).toContainText(/Khoá bị thu hồi ngày \d\d\/\d\d\/\d{4} \d\d:\d\d, sau khi ký biên bản này: biên bản vẫn hợp lệ\./);

	// A record the lost phone signs now is refused with the reason; a retry of the earlier one is still the duplicate it is.
	const after = await pushItem(spec);
	expect(await push(after)).toMatchObject({ outcome: 'rejected', message: expect.stringMatching(/đã bị thu hồi/) as unknown as string });
	expect((await inspector.api.get(`/api/inspections/${after.inspection.id}`)).status()).toBe(404);
	expect(await push(before)).toMatchObject({ outcome: 'duplicate' });
	await inspector.api.dispose();
});

test('the original of a corrected record prints as it was, from the review page', async ({ page }) => {
	test.setTimeout(90_000);
	const inspector = await apiSignIn(server, ACCOUNTS.inspector);
	const supervisor = await apiSignIn(server, ACCOUNTS.communeSupervisor);
	const spec = { inspectorId: inspector.userId, agencyId: INSIDE_COMMUNE, templateId: TEMPLATE };
	const push = async (item: { manifest: string; signature: string }) =>
		((await (await inspector.api.post('/api/sync/push', { data: { items: [{ manifest: item.manifest, signature: item.signature }] } })).json()) as { results: { outcome: string }[] })
			.results[0]?.outcome;

	const first = await pushItem({ ...spec, answers: { 'discipline.on-post': 'violation' }, generalNotes: 'Ghi chú của lần gửi đầu.' });
	expect(await push(first)).toBe('created');
	expect((await supervisor.api.post(`/api/review/${first.inspection.id}`, { data: { action: 'return', comment: 'Xem lại mục trực' } })).status()).toBe(200);
	const second = await pushItem({ ...spec, id: first.inspection.id, revision: 2, answers: { 'discipline.on-post': 'compliant' }, generalNotes: 'Ghi chú đã sửa.' });
	expect(await push(second)).toBe('created');

	await page.goto(server.url('/'));
	await signIn(page, ACCOUNTS.communeSupervisor);
	await page.goto(server.url(`/review/${first.inspection.id}`));
	await page.getByRole('link', { name: 'In biên bản lần 1' }).click();
	const original = page.getByRole('article');
	await expect(original.getByText('Ghi chú của lần gửi đầu.')).toBeVisible();
	await expect(original.getByText('Ghi chú đã sửa.')).toHaveCount(0);
	await expect(original.getByText(first.hash, { exact: true })).toBeVisible();

	// The current revision is the corrected biên bản, with the correction's own fingerprint.
	await page.goto(server.url(`/inspections/${first.inspection.id}/record?from=server`));
	const corrected = page.getByRole('article');
	await expect(corrected.getByText('Ghi chú đã sửa.')).toBeVisible();
	await expect(corrected.getByText(second.hash, { exact: true })).toBeVisible();
	// It names the fingerprint of the revision it replaces, so the two papers can be matched.
	await expect(corrected.getByText(`(mã niêm phong ${first.hash})`)).toBeVisible();
	await inspector.api.dispose();
	await supervisor.api.dispose();
});
