import type { Colleague } from '$lib/domain/team';
import { canonicalJson } from '$lib/domain/canonicalJson';
import type { Store } from '../store/Store';
import { sha256Hex } from '../store/canonical';

export interface ColleagueList {
	/** 16 hex digits of SHA-256 over the list: the device sends it back and gets the list only when it changed. */
	version: string;
	colleagues: Colleague[];
}

/**
 * Who an inspector can put on an inspection team from the phone, offline: every active inspector
 * and supervisor account, by id and name only (no username, role or jurisdiction), sorted by name.
 * Any signed-in user may read it: the team decision names them to the agency anyway.
 */
export async function colleagueList(store: Store): Promise<ColleagueList> {
	const users = await store.listUsers();
	const colleagues = users
		.filter((u) => !u.disabled && u.role !== 'admin')
		.map((u) => ({ id: u.id, name: u.displayName }))
		.sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.id < b.id ? -1 : 1));
	return { version: sha256Hex(canonicalJson(colleagues)).slice(0, 16), colleagues };
}
