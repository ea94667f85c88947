import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS, AgencySchema, agencyPath, subtreeIds, type Agency } from '$lib/domain/agency';
import { foldVietnamese } from '$lib/domain/search';
import { demoAgencies } from './agencies';

const byId = new Map(demoAgencies.map((a) => [a.id, a]));
const ofKind = (kind: Agency['kind']) => demoAgencies.filter((a) => a.kind === kind);

describe('demoAgencies', () => {
	it('parses every agency with AgencySchema', () => {
		for (const agency of demoAgencies) {
			const result = AgencySchema.safeParse(agency);
			expect(result.success, `${agency.id}: ${result.error?.message ?? ''}`).toBe(true);
		}
	});

	it('has unique ids', () => {
		expect(byId.size).toBe(demoAgencies.length);
	});

	it('has exactly one root, the province', () => {
		const roots = demoAgencies.filter((a) => a.parentId === null);
		expect(roots.map((a) => a.id)).toEqual(['tuyen-quang']);
		expect(roots[0]?.kind).toBe('province');
		expect(roots[0]?.name).toBe('Ủy ban nhân dân tỉnh Tuyên Quang');
	});

	it('has a known parent for every non-root agency', () => {
		for (const agency of demoAgencies) {
			if (agency.parentId !== null) expect(byId.has(agency.parentId), agency.id).toBe(true);
		}
	});

	it('has no cycles: every agency reaches the root', () => {
		for (const agency of demoAgencies) {
			const seen = new Set<string>();
			let current: Agency | undefined = agency;
			while (current && current.parentId !== null) {
				expect(seen.has(current.id), `cycle through ${current.id}`).toBe(false);
				seen.add(current.id);
				current = byId.get(current.parentId);
			}
			expect(current?.id).toBe('tuyen-quang');
		}
	});

	it('uses only the kinds of the two-level government (no district level)', () => {
		for (const agency of demoAgencies) expect(AGENCY_KINDS).toContain(agency.kind);
		for (const agency of demoAgencies) expect(foldVietnamese(agency.name)).not.toMatch(/\b(huyen|thi tran|thi xa)\b/);
	});

	it('hangs departments and communes directly under the province', () => {
		for (const agency of [...ofKind('department'), ...ofKind('commune')]) {
			expect(agency.parentId, agency.id).toBe('tuyen-quang');
		}
		expect(ofKind('department').length).toBeGreaterThanOrEqual(12);
		expect(ofKind('commune').length).toBeGreaterThanOrEqual(20);
	});

	it('gives every commune or ward a one-stop service centre', () => {
		for (const commune of ofKind('commune')) {
			const centre = byId.get(`${commune.id}.mot-cua`);
			expect(centre?.parentId, commune.id).toBe(commune.id);
			expect(centre?.kind).toBe('service-center');
			expect(centre?.name).toMatch(/^Trung tâm Phục vụ hành chính công (xã|phường) /);
		}
	});

	it('names communes and wards "Xã …" / "Phường …" with ids that spell the name', () => {
		for (const commune of ofKind('commune')) {
			expect(commune.name).toMatch(/^(Xã|Phường) \p{Lu}/u);
			expect(commune.id).toBe(foldVietnamese(commune.name).replace(/ /g, '-'));
		}
	});

	it('includes the provincial service centre', () => {
		const centres = ofKind('service-center').filter((a) => !a.id.endsWith('.mot-cua'));
		expect(centres.map((a) => a.name)).toContain('Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang');
	});

	it('places every agency inside the province, with an address', () => {
		for (const agency of demoAgencies) {
			expect(agency.location, agency.id).not.toBeNull();
			const { lat, lng } = agency.location ?? { lat: 0, lng: 0 };
			expect(lat).toBeGreaterThan(21.5);
			expect(lat).toBeLessThan(23.4);
			expect(lng).toBeGreaterThan(104.3);
			expect(lng).toBeLessThan(105.6);
			expect(agency.address).toMatch(/tỉnh Tuyên Quang$/);
		}
	});

	it('puts the Hà Giang wards near Hà Giang and Minh Xuân near Tuyên Quang', () => {
		expect(byId.get('phuong-ha-giang-1')?.location?.lat).toBeCloseTo(22.82, 1);
		expect(byId.get('phuong-minh-xuan')?.location?.lat).toBeCloseTo(21.82, 1);
	});
});

describe('agencyPath', () => {
	it('runs from the province down to the agency', () => {
		expect(agencyPath(byId, 'phuong-minh-xuan.mot-cua').map((a) => a.id)).toEqual([
			'tuyen-quang',
			'phuong-minh-xuan',
			'phuong-minh-xuan.mot-cua'
		]);
		expect(agencyPath(byId, 'so-noi-vu.phong-cai-cach-hanh-chinh').map((a) => a.name)).toEqual([
			'Ủy ban nhân dân tỉnh Tuyên Quang',
			'Sở Nội vụ',
			'Phòng Cải cách hành chính'
		]);
	});

	it('is the root alone for the root and empty for an unknown id', () => {
		expect(agencyPath(byId, 'tuyen-quang').map((a) => a.id)).toEqual(['tuyen-quang']);
		expect(agencyPath(byId, 'huyen-yen-son')).toEqual([]);
	});
});

describe('subtreeIds', () => {
	it("includes a commune's one-stop unit and not another commune's", () => {
		const subtree = subtreeIds(demoAgencies, 'xa-dong-van');
		expect([...subtree].sort()).toEqual(['xa-dong-van', 'xa-dong-van.mot-cua']);
		expect(subtree.has('xa-meo-vac.mot-cua')).toBe(false);
	});

	it('covers the whole tree from the root', () => {
		expect(subtreeIds(demoAgencies, 'tuyen-quang').size).toBe(demoAgencies.length);
	});

	it("covers a department's units", () => {
		const subtree = subtreeIds(demoAgencies, 'so-noi-vu');
		expect(subtree.has('so-noi-vu.phong-cai-cach-hanh-chinh')).toBe(true);
		expect(subtree.has('so-tai-chinh')).toBe(false);
	});
});
