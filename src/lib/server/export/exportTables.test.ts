import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushItem, registerTestDevice } from '../../../../tests/fixtures/sync/pushItems';
import { newUser, seeded, T0 } from '../../../../tests/store/fixtures';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { temporaryStore } from '../store/sqlite/temporaryStore';
import { pushInspections } from '../sync/pushInspections';
import { csvChunks } from './csv';
import { sheetData } from './exportTable';
import { findingsTable } from './exportTables';

describe('CSV exports', () => {
	let store: Store;
	let dispose: () => Promise<void>;
	let supervisor: User;

	beforeEach(async () => {
		({ store, dispose } = await temporaryStore());
		const { an } = await seeded(store);
		await registerTestDevice(store, an.id, T0);
		supervisor = await store.createUser(newUser('gs', 'supervisor', 'xa-a'), T0);
		const item = await pushItem({ inspectorId: an.id, inspectorName: an.displayName, agencyId: 'xa-a.mot-cua', templateId: 'kiem-tra-thu', answers: { 'gio-lam-viec': 'violation' } });
		await pushInspections(store, an, { items: [item] }, T0);
	});
	afterEach(() => dispose());

	const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n');

	it('names the theme of a finding in words, as the screens do (not its code)', async () => {
		let csv = '';
		for await (const chunk of csvChunks(sheetData(await findingsTable(store, supervisor, {})))) csv += chunk;
		const [header, finding] = rows(csv);
		const column = header!.split(',').indexOf('Chủ đề');
		expect(finding).toContain('"Tinh thần, thái độ làm việc; kỷ luật, kỷ cương"');
		expect(finding!.split(',')[column]).not.toBe('discipline');
	});
});
