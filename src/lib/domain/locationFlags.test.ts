import { describe, expect, it } from 'vitest';
import type { LocationFix } from './evidence';
import { accuracyQuality } from './locationAccuracy';
import { assessLocation, DEFAULT_FAR_FROM_AGENCY_METRES } from './locationFlags';

const agency = { lat: 21.8221, lng: 105.2155 };
/** 0.001° of latitude is about 111 m. */
const north = (metres: number) => ({ lat: agency.lat + metres / 111_195, lng: agency.lng });

function gps(point: { lat: number; lng: number }, accuracy: number | null = 8, source: LocationFix['source'] = 'gps'): LocationFix {
	return { ...point, accuracy, source, capturedAt: '2026-03-02T01:30:00.000Z' };
}

describe('assessLocation', () => {
	it('flags an inspection with no location', () => {
		expect(assessLocation(null, agency)).toEqual({ distanceMetres: null, flags: ['no-location'] });
		expect(assessLocation(undefined, agency).flags).toEqual(['no-location']);
	});

	it('raises nothing for a good fix at the agency', () => {
		const result = assessLocation(gps(north(20)), agency);
		expect(result.flags).toEqual([]);
		expect(result.distanceMetres).toBeCloseTo(20, 0);
	});

	it('flags far from the agency only beyond the radius (default 500 m)', () => {
		expect(DEFAULT_FAR_FROM_AGENCY_METRES).toBe(500);
		expect(assessLocation(gps(north(495)), agency).flags).toEqual([]);
		expect(assessLocation(gps(north(505)), agency).flags).toEqual(['far-from-agency']);
		const far = assessLocation(gps(north(3000)), agency);
		expect(far.flags).toEqual(['far-from-agency']);
		expect(far.distanceMetres).toBeCloseTo(3000, -1);
	});

	it('takes a configured radius', () => {
		expect(assessLocation(gps(north(800)), agency, 1000).flags).toEqual([]);
		expect(assessLocation(gps(north(300)), agency, 200).flags).toEqual(['far-from-agency']);
	});

	it('flags an accuracy of exactly 0 as suspect, and only exactly 0', () => {
		expect(assessLocation(gps(north(10), 0), agency).flags).toEqual(['suspect-accuracy']);
		expect(assessLocation(gps(north(10), 0.5), agency).flags).toEqual([]);
	});

	it('flags a poor accuracy that was saved anyway', () => {
		expect(assessLocation(gps(north(10), 150), agency).flags).toEqual(['poor-accuracy']);
		expect(assessLocation(gps(north(10), 100), agency).flags).toEqual([]);
	});

	it('flags a manual placement (accuracy null is not suspect)', () => {
		expect(assessLocation(gps(north(10), null, 'manual'), agency).flags).toEqual(['manual-location']);
		expect(assessLocation(gps(north(900), null, 'manual'), agency).flags).toEqual(['manual-location', 'far-from-agency']);
	});

	it('gives no distance and no far flag when the agency has no registered location', () => {
		expect(assessLocation(gps(north(5000)), null)).toEqual({ distanceMetres: null, flags: [] });
	});
});

describe('accuracyQuality', () => {
	it('accepts ≤ 5 m, calls > 100 m poor', () => {
		expect(accuracyQuality(0)).toBe('good');
		expect(accuracyQuality(5)).toBe('good');
		expect(accuracyQuality(5.1)).toBe('fair');
		expect(accuracyQuality(100)).toBe('fair');
		expect(accuracyQuality(100.5)).toBe('poor');
	});
});
