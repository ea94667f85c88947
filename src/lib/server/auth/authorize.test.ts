import { describe, expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import type { User } from '../store/records';
import { canImportFor, canManageUsers, canReadInspection, canReview, canSubmitAs, jurisdictionOf } from './authorize';

const agencies: Agency[] = [
	['tinh', null],
	['xa-a', 'tinh'],
	['xa-a.mot-cua', 'xa-a'],
	['xa-b', 'tinh']
].map(([id, parentId]) => ({ id: id as string, parentId: parentId ?? null, name: id as string, kind: 'commune', address: '', location: null }));

const user = (id: string, role: User['role'], jurisdictionId: string | null = null, disabled = false): User => ({
	id,
	username: id,
	displayName: id,
	role,
	jurisdictionId,
	disabled,
	createdAt: '',
	updatedAt: ''
});

const an = user('an', 'inspector');
const province = user('tinh-gs', 'supervisor', 'tinh');
const commune = user('xa-gs', 'supervisor', 'xa-a');
const admin = user('admin', 'admin');
const ofAn = { inspectorId: 'an', agencyId: 'xa-a.mot-cua' };
const ofOther = { inspectorId: 'binh', agencyId: 'xa-b' };

describe('authorization', () => {
	it("lets a supervisor import an exported file for their jurisdiction's agencies, an admin for any, an inspector never", () => {
		expect(canImportFor(commune, 'xa-a.mot-cua', agencies)).toBe(true);
		expect(canImportFor(commune, 'xa-b', agencies)).toBe(false);
		expect(canImportFor(admin, 'xa-b', agencies)).toBe(true);
		expect(canImportFor(user('admin-off', 'admin', null, true), 'xa-b', agencies)).toBe(false);
		expect(canImportFor(an, 'xa-a.mot-cua', agencies)).toBe(false);
	});

	it('lets an inspector read only their own inspections', () => {
		expect(canReadInspection(an, ofAn, agencies)).toBe(true);
		expect(canReadInspection(an, ofOther, agencies)).toBe(false);
	});

	it('lets a supervisor read and review within the subtree of their jurisdiction only', () => {
		expect(jurisdictionOf(commune, agencies)).toEqual(new Set(['xa-a', 'xa-a.mot-cua']));
		expect(canReadInspection(commune, ofAn, agencies)).toBe(true);
		expect(canReadInspection(commune, ofOther, agencies)).toBe(false);
		expect(canReview(commune, 'xa-a.mot-cua', agencies)).toBe(true);
		expect(canReview(commune, 'xa-b', agencies)).toBe(false);
		expect(canReview(province, 'xa-b', agencies)).toBe(true);
		expect(canReadInspection(user('lost', 'supervisor', null), ofAn, agencies)).toBe(false);
	});

	it('lets only an admin manage users; an admin reads everything but reviews nothing', () => {
		expect(canManageUsers(admin)).toBe(true);
		expect([an, province, commune].some(canManageUsers)).toBe(false);
		expect(canReadInspection(admin, ofOther, agencies)).toBe(true);
		expect(canReview(admin, 'xa-b', agencies)).toBe(false);
		expect(canReview(an, 'xa-a', agencies)).toBe(false);
	});

	it('lets an inspector submit only as themself', () => {
		expect(canSubmitAs(an, 'an')).toBe(true);
		expect(canSubmitAs(an, 'binh')).toBe(false);
		expect(canSubmitAs(province, 'tinh-gs')).toBe(false);
	});

	it('lets a disabled account do nothing', () => {
		const off = (u: User) => ({ ...u, disabled: true });
		expect(canReadInspection(off(an), ofAn, agencies)).toBe(false);
		expect(canReadInspection(off(admin), ofAn, agencies)).toBe(false);
		expect(canReview(off(province), 'xa-a', agencies)).toBe(false);
		expect(canManageUsers(off(admin))).toBe(false);
		expect(canSubmitAs(off(an), 'an')).toBe(false);
	});
});
