import { expect, it } from 'vitest';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { InvalidRecordError, TemplateConflictError } from '$lib/server/store/errors';
import type { StoreContext } from '../store.contract';
import { AGENCIES, T0, later, template } from '../fixtures';

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

export function catalogContract(ctx: () => StoreContext): void {
	it('stores agencies in any order (children before parents) and gives them back as they were', async () => {
		const { store } = ctx();
		await store.putAgencies([...AGENCIES].reverse(), T0);
		expect(await store.listAgencies()).toEqual(byId(AGENCIES));
	});

	it('updates an agency in place and keeps its id', async () => {
		const { store } = ctx();
		await store.putAgencies(AGENCIES, T0);
		await store.putAgencies([{ ...(AGENCIES[1] as (typeof AGENCIES)[number]), name: 'UBND xã A (mới)', location: null }], later(1));
		const agencies = await store.listAgencies();
		expect(agencies).toHaveLength(AGENCIES.length);
		expect(agencies.find((a) => a.id === 'xa-a')).toMatchObject({ name: 'UBND xã A (mới)', location: null, parentId: 'tinh' });
	});

	it('refuses an agency whose parent does not exist, storing none of the batch', async () => {
		const { store } = ctx();
		const orphan = { ...(AGENCIES[1] as (typeof AGENCIES)[number]), id: 'mo-coi', parentId: 'khong-co' };
		await expect(store.putAgencies([AGENCIES[0] as (typeof AGENCIES)[number], orphan], T0)).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await store.listAgencies()).toEqual([]);
	});

	it('publishes a template version once: identical content again is a no-op, whatever its key order', async () => {
		const { store } = ctx();
		expect(await store.putTemplate(template(), T0)).toBe('created');
		const reordered = Object.fromEntries(Object.entries(template()).reverse()) as unknown as ChecklistTemplate;
		expect(await store.putTemplate(reordered, later(1))).toBe('unchanged');
		expect(await store.getTemplate('kiem-tra-thu', 1)).toEqual(template());
		expect(await store.getTemplate('kiem-tra-thu', 2)).toBeNull();
	});

	it('refuses other content under a published id and version, and accepts it as a new version', async () => {
		const { store } = ctx();
		await store.putTemplate(template(1), T0);
		await expect(store.putTemplate(template(1, 'Đã sửa'), T0)).rejects.toBeInstanceOf(TemplateConflictError);
		expect((await store.getTemplate('kiem-tra-thu', 1))?.title.vi).toBe('Kiểm tra thử');
		expect(await store.putTemplate(template(2, 'Đã sửa'), T0)).toBe('created');
		expect((await store.listTemplates()).map((t) => [t.version, t.title.vi])).toEqual([
			[1, 'Kiểm tra thử'],
			[2, 'Đã sửa']
		]);
	});

	it('refuses a template that breaks the shared schema', async () => {
		const { store } = ctx();
		const broken = { ...template(), sections: [] } as ChecklistTemplate;
		await expect(store.putTemplate(broken, T0)).rejects.toBeInstanceOf(InvalidRecordError);
		expect(await store.listTemplates()).toEqual([]);
	});
}
