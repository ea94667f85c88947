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

	it('follows the tree of today: a subtree moved under a jurisdiction comes with it, and a merged jurisdiction follows its successor', () => {
		const moved = agencies.map((a) => (a.id === 'xa-a.mot-cua' ? { ...a, parentId: 'xa-b' } : a));
		const communeB = user('xa-b-gs', 'supervisor', 'xa-b');
		expect([...jurisdictionOf(communeB, moved)].sort()).toEqual(['xa-a.mot-cua', 'xa-b']);
		expect([...jurisdictionOf(commune, moved)]).toEqual(['xa-a']);
		// xa-a and xa-b merged into xa-c: xa-a's supervisor now oversees xa-c, with both histories.
		const merged: Agency[] = [
			...agencies.map((a) => (a.id === 'xa-a' || a.id === 'xa-b' ? { ...a, closedAt: '2025-06-30T17:00:00.000Z', successorId: 'xa-c' } : a.id === 'xa-a.mot-cua' ? { ...a, parentId: 'xa-c' } : a)),
			{ id: 'xa-c', parentId: 'tinh', name: 'xa-c', kind: 'commune', address: '', location: null }
		];
		expect([...jurisdictionOf(commune, merged)].sort()).toEqual(['xa-a', 'xa-a.mot-cua', 'xa-b', 'xa-c']);
		expect(canReview(commune, 'xa-b', merged)).toBe(true);
		expect(jurisdictionOf(province, merged).size).toBe(5);
	});
});

