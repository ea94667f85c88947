import { afterEach, describe, expect, it } from 'vitest';
import type { LocationFix } from '$lib/domain/evidence';
import { currentFix, forgetFixes, MAX_WATCH_FIX_AGE_MS, rememberInspectionFix, rememberWatchFix } from './currentFix';

const fix = (lat: number, source: LocationFix['source'] = 'gps'): LocationFix => ({
	lat,
	lng: 105.2155,
	accuracy: source === 'gps' ? 6 : null,
	source,
	capturedAt: '2026-03-02T01:30:00.000Z'
});

afterEach(forgetFixes);

describe('currentFix', () => {
	it('is null when nothing is known', () => {
		expect(currentFix()).toBeNull();
	});

	it('prefers the inspection’s accepted fix over the watch', () => {
		rememberWatchFix(fix(21.9), 1000);
		rememberInspectionFix('a', fix(21.8, 'manual'));
		expect(currentFix(undefined, 1000)).toEqual(fix(21.8, 'manual'));
		expect(currentFix('a', 1000)).toEqual(fix(21.8, 'manual'));
	});

	it('never gives another inspection’s fix when asked for a given inspection', () => {
		rememberInspectionFix('a', fix(21.8));
		expect(currentFix('b')).toBeNull();
	});

	it('gives the latest watch fix only while it is recent', () => {
		rememberWatchFix(fix(21.81), 1000);
		rememberWatchFix(fix(21.82), 2000);
		expect(currentFix(undefined, 2000 + MAX_WATCH_FIX_AGE_MS)).toEqual(fix(21.82));
		expect(currentFix(undefined, 2001 + MAX_WATCH_FIX_AGE_MS)).toBeNull();
	});

	it('forgets the accepted fix when the inspection has none', () => {
		rememberInspectionFix('a', fix(21.8));
		rememberInspectionFix('a', null);
		expect(currentFix('a')).toBeNull();
	});
});
