import { error, fail } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { problem, roleFromForm } from '$lib/server/admin/accountForm';
import { readForm, text } from '$lib/server/admin/readForm';
import { requireAdmin } from '$lib/server/admin/requireAdmin';
import { AccountError, resetPassword, setDisabled, setRole } from '$lib/server/auth/accounts';
import type { User } from '$lib/server/store/records';
import type { Actions } from './$types';

/**
 * The page's data comes from GET /api/admin/users/[id] (+page.ts); each action checks the admin
 * itself. An admin cannot lock themself out: no removing their own admin role, no disabling their
 * own account.
 */
export const actions: Actions = {
	role: async ({ request, locals, params }) => {
		const admin = requireAdmin(locals.user);
		const user = await existingUser(params.id);
		const form = await readForm(request);
		try {
			const { role, jurisdictionId } = await roleFromForm(appStore(), form);
			if (user.id === admin.id && role !== 'admin') {
				throw new AccountError('role', 'Không thể bỏ vai trò quản trị của chính mình');
			}
			await setRole(appStore(), user.id, role, jurisdictionId, new Date());
		} catch (failure) {
			if (failure instanceof AccountError) return fail(400, { action: 'role', problem: problem(failure) });
			throw failure;
		}
		return { action: 'role', done: 'Đã lưu vai trò và phạm vi phụ trách.' };
	},
	password: async ({ request, locals, params }) => {
		requireAdmin(locals.user);
		const user = await existingUser(params.id);
		const form = await readForm(request);
		try {
			await resetPassword(appStore(), user.id, text(form, 'password'), new Date());
		} catch (failure) {
			if (failure instanceof AccountError) return fail(400, { action: 'password', problem: problem(failure) });
			throw failure;
		}
		return { action: 'password', done: 'Đã đặt mật khẩu mới. Người dùng phải đăng nhập lại trên mọi thiết bị.' };
	},
	disable: async ({ locals, params, request }) => {
		const admin = requireAdmin(locals.user);
		const user = await existingUser(params.id);
		await readForm(request);
		if (user.id === admin.id) {
			return fail(400, { action: 'disable', problem: { field: 'form', message: 'Không thể khóa tài khoản của chính mình' } });
		}
		await setDisabled(appStore(), user.id, true, new Date());
		return { action: 'disable', done: 'Đã khóa tài khoản và đăng xuất người dùng khỏi mọi thiết bị.' };
	},
	secondFactor: async ({ locals, params, request }) => {
		const admin = requireAdmin(locals.user);
		const user = await existingUser(params.id);
		await readForm(request);
		// Recorded in the account's trail with the admin's id, in the same transaction as the reset.
		if (!(await appStore().resetSecondFactor(user.id, admin.id, new Date()))) {
			return fail(400, { action: 'secondFactor', problem: { field: 'form', message: 'Tài khoản này chưa thiết lập xác thực hai bước.' } });
		}
		return {
			action: 'secondFactor',
			done: 'Đã đặt lại xác thực hai bước. Người dùng thiết lập lại ở lần đăng nhập tới; các thiết bị đang đăng nhập không bị đăng xuất.'
		};
	},
	revokeDevice: async ({ locals, params, request }) => {
		const admin = requireAdmin(locals.user);
		const user = await existingUser(params.id);
		const form = await readForm(request);
		const device = await appStore().getDevice(text(form, 'deviceId'));
		// Only a key of this account, whatever id the form names.
		if (!device || device.userId !== user.id) {
			return fail(400, { action: 'revokeDevice', problem: { field: 'form', message: 'Tài khoản này không có thiết bị đó.' } });
		}
		await appStore().revokeDevice(device.id, admin.id, new Date());
		return {
			action: 'revokeDevice',
			done: 'Đã thu hồi khoá ký của thiết bị. Biên bản thiết bị này đã ký trước đó vẫn hợp lệ; biên bản mới ký bằng khoá này sẽ bị từ chối.'
		};
	},
	enable: async ({ locals, params, request }) => {
		requireAdmin(locals.user);
		const user = await existingUser(params.id);
		await readForm(request);
		await setDisabled(appStore(), user.id, false, new Date());
		return { action: 'enable', done: 'Đã mở khóa tài khoản.' };
	}
};

async function existingUser(id: string): Promise<User> {
	const user = await appStore().getUser(id);
	if (!user) error(404, 'Không có tài khoản này.');
	return user;
}
