import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { knownThemes, themeName } from '$lib/components/knownThemes';
import { themeText } from '$lib/components/themeText';
import { groupFollowUps } from '$lib/domain/followUpGroups';
import type { Recommendation } from '$lib/domain/recommendation';
import { InspectorDatabase } from '../db/database';
import { applyPull } from '../sync/applyPull';
import { loadThemeNames } from './themeNames';

let db: InspectorDatabase;
let name: string;
beforeEach(() => {
	name = `themes-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
	knownThemes.clear();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

const READING = { id: 'van-hoa-doc', name: { vi: 'Văn hóa đọc', en: 'Reading culture' } };
const pull = (themes: { id: string; name: { vi: string; en: string } }[]) => ({ cursor: 'c', templates: [], agencies: [], decisions: [], themes });

it('names a theme an administrator added, as the last sync brought it, on the pages that read the data', async () => {
	await applyPull('u', pull([{ id: 'dress', name: { vi: 'Trang phục, thẻ công chức', en: 'Dress code and ID card' } }]), db);
	await loadThemeNames(db);
	expect(themeName('dress').vi).toBe('Trang phục, thẻ công chức');
	// Not yet on the phone: shown by its id, never an error.
	expect(themeName(READING.id)).toEqual({ vi: READING.id, en: READING.id });

	await applyPull('u', pull([READING]), db);
	await loadThemeNames(db);
	expect(themeName(READING.id)).toEqual(READING.name);
	expect(themeText(READING.id)).toEqual(READING.name);
	// The form's follow-up groups place its recommendations under it.
	const rec = { id: 'r', itemId: `${READING.id}.1`, deadline: '2027-01-10T16:59:59.999Z', status: 'open' } as Recommendation;
	expect(groupFollowUps([rec], new Date('2027-01-01T00:00:00.000Z'), knownThemes).map((g) => g.theme)).toEqual([READING.id]);
});
