import { expect, it } from 'vitest';
import type { NewRegisterEntry } from '$lib/domain/documentNumber';
import { InvalidRecordError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { AGENCIES, T0, later, newUser } from '../fixtures';

export function registerContract(ctx: () => StoreContext): void {
	async function setUp() {
		const { store } = ctx();
		await store.putAgencies(AGENCIES, T0);
		const supervisor = await store.createUser(newUser('giamsat', 'supervisor', 'so-noi-vu'), T0);
		const entry = (subjectId: string, kind: NewRegisterEntry['kind'] = 'conclusion'): NewRegisterEntry => ({
			issuerId: 'so-noi-vu',
			issuerCode: 'SNV',
			kind,
			subjectId,
			title: `Văn bản ${subjectId}`,
			issuedBy: supervisor.id
		});
		return { store, supervisor, entry };
	}

	it('numbers each issuer, kind and year from 01, and records what each number was given to', async () => {
		const { store, supervisor, entry } = await setUp();
		const first = await store.issueDocumentNumber(entry('kl-1'), T0);
		expect(first).toEqual({
			issuerId: 'so-noi-vu',
			kind: 'conclusion',
			year: 2026,
			number: 1,
			symbol: '01/KL-SNV',
			subjectId: 'kl-1',
			title: 'Văn bản kl-1',
			issuedAt: T0.toISOString(),
			issuedBy: supervisor.id
		});
		expect((await store.issueDocumentNumber(entry('kl-2'), later(1000))).symbol).toBe('02/KL-SNV');
		// Another kind has its own sequence; so has another issuer.
		expect((await store.issueDocumentNumber(entry('qd-1', 'decision'), later(2000))).symbol).toBe('01/QĐ-SNV');
		expect((await store.issueDocumentNumber({ ...entry('tb-1', 'notice'), issuerId: 'tinh', issuerCode: 'UBND' }, later(3000))).symbol).toBe('01/TB-UBND');
		// A new year in Vietnam (UTC+7) starts again from 01; the old year's numbers stay.
		const newYear = new Date('2026-12-31T17:00:00.000Z');
		expect(await store.issueDocumentNumber(entry('kl-2027'), newYear)).toMatchObject({ year: 2027, number: 1, symbol: '01/KL-SNV' });

		const book = await store.listRegister('so-noi-vu', 2026);
		expect(book.map((e) => e.symbol)).toEqual(['02/KL-SNV', '01/KL-SNV', '01/QĐ-SNV']);
		expect((await store.registerEntriesOf('kl-2')).map((e) => e.symbol)).toEqual(['02/KL-SNV']);
		expect(await store.registerEntriesOf('nothing')).toEqual([]);
	});

	it('refuses an unknown issuer or a malformed issuer code, and that costs no number', async () => {
		const { store, entry } = await setUp();
		await expect(store.issueDocumentNumber({ ...entry('x'), issuerId: 'khong-co' }, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		await expect(store.issueDocumentNumber({ ...entry('x'), issuerCode: 'snv; drop' }, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		expect((await store.issueDocumentNumber(entry('kl-1'), T0)).number).toBe(1);
	});

	it('never gives one number twice when many issue at once, from two store instances on one database', async () => {
		const { store, entry } = await setUp();
		const other = await ctx().fixture.open();
		try {
			const issues = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? store : other).issueDocumentNumber(entry(`kl-${i}`), later(i)));
			const numbers = (await Promise.all(issues)).map((e) => e.number).sort((a, b) => a - b);
			expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
			const book = await other.listRegister('so-noi-vu', 2026);
			expect(new Set(book.map((e) => e.subjectId)).size).toBe(40);
		} finally {
			await other.close();
		}
	});
}
