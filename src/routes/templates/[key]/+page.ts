import { getTemplate } from '$lib/client/catalog/catalogStore';
import { loadThemeNames } from '$lib/client/catalog/themeNames';
import type { PageLoad } from './$types';

/** The key is "id@version", as made by templateKey(). */
export const load: PageLoad = async ({ params }) => {
	const at = params.key.lastIndexOf('@');
	const id = at > 0 ? params.key.slice(0, at) : params.key;
	const version = at > 0 ? Number(params.key.slice(at + 1)) : NaN;
	const [template] = await Promise.all([Number.isInteger(version) ? getTemplate(id, version) : undefined, loadThemeNames()]);
	return { template: template ?? null, key: params.key };
};
