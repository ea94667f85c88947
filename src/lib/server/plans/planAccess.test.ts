import { describe, expect, it } from 'vitest';
import type { Agency } from '$lib/domain/agency';
import type { User } from '../store/records';
import { canManagePlan, canPlanVisitTo, canSeeVisit } from './planAccess';

const agency = (id: string, parentId: string | null): Agency => ({ id, parentId, name: id, kind: 'commune', address: '', location: { lat: 21, lng: 105 } });
const AGENCIES = [agency('tinh', null), agency('so', 'tinh'), agency('huyen', 'tinh'), agency('xa', 'huyen')];
const user = (id: string, role: User['role'], jurisdictionId: string | null = null, disabled = false): User => ({
	id,
	username: id,
	displayName: id,
	role,
	jurisdictionId,
	disabled,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});

const province = user('tinh-sup', 'supervisor', 'tinh');
const district = user('huyen-sup', 'supervisor', 'huyen');
const an = user('an', 'inspector');
const binh = user('binh', 'inspector');
const admin = user('admin', 'admin');
const team = [{ accountId: 'an', name: 'An', position: '', role: 'lead' as const }];
const visit = (announced: boolean) => ({ team, announced, agencyId: 'xa', issuingAgencyId: 'tinh' });

describe('plan authorization', () => {
	it('a supervisor plans only within their jurisdiction', () => {
		expect(canManagePlan(province, 'so', AGENCIES)).toBe(true);
		expect(canManagePlan(district, 'so', AGENCIES)).toBe(false);
		expect(canManagePlan(district, 'huyen', AGENCIES)).toBe(true);
		expect(canPlanVisitTo(district, 'xa', AGENCIES)).toBe(true);
		expect(canPlanVisitTo(district, 'so', AGENCIES)).toBe(false);
		expect(canManagePlan(admin, 'tinh', AGENCIES)).toBe(false);
		expect(canManagePlan(an, 'tinh', AGENCIES)).toBe(false);
		expect(canManagePlan(user('x', 'supervisor', 'tinh', true), 'tinh', AGENCIES)).toBe(false);
	});

	it('an unannounced visit is invisible outside its team and the planning office', () => {
		expect(canSeeVisit(an, visit(false), AGENCIES)).toBe(true);
		expect(canSeeVisit(province, visit(false), AGENCIES)).toBe(true);
		expect(canSeeVisit(binh, visit(false), AGENCIES)).toBe(false);
		expect(canSeeVisit(district, visit(false), AGENCIES)).toBe(false);
		expect(canSeeVisit(admin, visit(false), AGENCIES)).toBe(false);
	});

	it('an announced visit is seen by supervisors over the visited agency too, never by other inspectors', () => {
		expect(canSeeVisit(district, visit(true), AGENCIES)).toBe(true);
		expect(canSeeVisit(binh, visit(true), AGENCIES)).toBe(false);
		expect(canSeeVisit(admin, visit(true), AGENCIES)).toBe(false);
	});
});
