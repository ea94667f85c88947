import { describe, expect, it } from 'vitest';
import { distanceMetres, formatCoordinates, formatDistance } from './geo';

const soNoiVu = { lat: 21.8221, lng: 105.2155 };

describe('distanceMetres (haversine)', () => {
	it('is zero for the same point and symmetric', () => {
		expect(distanceMetres(soNoiVu, soNoiVu)).toBe(0);
		const other = { lat: 21.85, lng: 105.2 };
		expect(distanceMetres(soNoiVu, other)).toBeCloseTo(distanceMetres(other, soNoiVu), 6);
	});

	it('gives 111.195 km for one degree along a meridian and along the equator', () => {
		expect(distanceMetres({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111_195.08, 1);
		expect(distanceMetres({ lat: 0, lng: 105 }, { lat: 0, lng: 106 })).toBeCloseTo(111_195.08, 1);
	});

	it('shrinks east–west distances with the cosine of the latitude', () => {
		const atTuyenQuang = distanceMetres({ lat: 21.82, lng: 105.2 }, { lat: 21.82, lng: 105.21 });
		expect(atTuyenQuang).toBeCloseTo(1111.95 * Math.cos((21.82 * Math.PI) / 180), 0);
	});

	it('measures Hà Nội – TP. Hồ Chí Minh at about 1,140 km', () => {
		const d = distanceMetres({ lat: 21.0285, lng: 105.8542 }, { lat: 10.8231, lng: 106.6297 });
		expect(d / 1000).toBeGreaterThan(1130);
		expect(d / 1000).toBeLessThan(1145);
	});

	it('stays finite for antipodal points', () => {
		expect(distanceMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6_371_008.8, 0);
	});
});

describe('formatDistance', () => {
	it('writes metres below a kilometre', () => {
		expect(formatDistance(12.4, 'vi')).toBe('12 m');
		expect(formatDistance(999.4, 'en')).toBe('999 m');
	});

	it('writes kilometres with the language’s decimal mark', () => {
		expect(formatDistance(3_080, 'vi')).toBe('3,1 km');
		expect(formatDistance(3_080, 'en')).toBe('3.1 km');
		expect(formatDistance(999.6, 'vi')).toBe('1,0 km');
		expect(formatDistance(1_137_600, 'en')).toBe('1,138 km');
	});
});

describe('formatCoordinates', () => {
	it('writes five decimals with dots, latitude first', () => {
		expect(formatCoordinates(soNoiVu)).toBe('21.82210, 105.21550');
	});
});
