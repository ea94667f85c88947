import { requireAdmin } from '$lib/server/admin/requireAdmin';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const admin = requireAdmin(locals.user);
	return { admin: { id: admin.id, displayName: admin.displayName } };
};
