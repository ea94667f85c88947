import { fail, redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app/runtime';
import { roleFromForm, problem } from '$lib/server/admin/accountForm';
import { readForm, text } from '$lib/server/admin/readForm';
import { requireAdmin } from '$lib/server/admin/requireAdmin';
import { AccountError, createAccount } from '$lib/server/auth/accounts';
import type { Actions } from './$types';

// The page's choices come from GET /api/admin/account-options (+page.ts); the action checks the admin itself.
export const actions: Actions = {
	default: async ({ request, locals }) => {
		requireAdmin(locals.user);
		const store = appStore();
		const form = await readForm(request);
		const values = {
			username: text(form, 'username').trim(),
			displayName: text(form, 'displayName'),
			role: text(form, 'role'),
			jurisdictionId: text(form, 'jurisdictionId')
		};
		let username: string;
		try {
			const role = await roleFromForm(store, form);
			const user = await createAccount(store, { ...values, ...role, password: text(form, 'password') }, new Date());
			username = user.username;
		} catch (error) {
			if (error instanceof AccountError) return fail(400, { values, problem: problem(error) });
			throw error;
		}
		redirect(303, `/admin?created=${encodeURIComponent(username)}`);
	}
};
