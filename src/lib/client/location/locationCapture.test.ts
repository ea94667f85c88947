import { afterEach, describe, expect, it } from 'vitest';
import type { LocationFix } from '$lib/domain/evidence';
import { currentFix, forgetFixes } from './currentFix';
import { LocationCapture } from './locationCapture.svelte';
import type { WatchHandlers } from './watchPosition';

function fakeWatch() {
	const fake = {
		handlers: null as WatchHandlers | null,
		stopped: 0,
		watch(handlers: WatchHandlers) {
			fake.handlers = handlers;
			return () => void fake.stopped++;
		},
		fix(accuracy: number): LocationFix {
			const fix: LocationFix = { lat: 21.8221, lng: 105.2155, accuracy, source: 'gps', capturedAt: new Date().toISOString() };
			fake.handlers?.onFix(fix);
			return fix;
		}
	};
	return fake;
}

afterEach(forgetFixes);

describe('LocationCapture', () => {
	it('shows fixes as they come and accepts one within 5 m by itself', () => {
		const saved: LocationFix[] = [];
		const gps = fakeWatch();
		const capture = new LocationCapture((f) => saved.push(f), gps.watch);
		capture.start();
		expect(capture.state).toBe('watching');
		gps.fix(150);
		expect(capture.quality).toBe('poor');
		gps.fix(30);
		expect(capture.quality).toBe('fair');
		expect(saved).toEqual([]);
		const good = gps.fix(4);
		expect(saved).toEqual([good]);
		expect(capture.state).toBe('saved');
		expect(gps.stopped).toBe(1);
		// A late callback after the stop changes nothing.
		gps.fix(3);
		expect(saved).toHaveLength(1);
	});

	it('saves anyway on request, at any accuracy', () => {
		const saved: LocationFix[] = [];
		const gps = fakeWatch();
		const capture = new LocationCapture((f) => saved.push(f), gps.watch);
		capture.start();
		capture.accept();
		expect(saved).toEqual([]);
		const poor = gps.fix(250);
		capture.accept();
		expect(saved).toEqual([poor]);
	});

	it('stops when no position comes at all, and retries', () => {
		const gps = fakeWatch();
		const capture = new LocationCapture(() => {}, gps.watch);
		capture.start();
		gps.handlers?.onError('timeout');
		expect(capture.state).toBe('error');
		expect(capture.error).toBe('timeout');
		expect(gps.stopped).toBe(1);
		capture.start();
		expect(capture.state).toBe('watching');
		expect(capture.error).toBeNull();
		expect(capture.latest).toBeNull();
	});

	it('keeps watching through a timeout once it has a fix (a phone standing still), but not through a refusal', () => {
		const saved: LocationFix[] = [];
		const gps = fakeWatch();
		const capture = new LocationCapture((f) => saved.push(f), gps.watch);
		capture.start();
		const fix = gps.fix(40);
		gps.handlers?.onError('timeout');
		expect(capture.state).toBe('watching');
		expect(capture.latest).toEqual(fix);
		capture.accept();
		expect(saved).toEqual([fix]);

		capture.start();
		gps.fix(40);
		gps.handlers?.onError('denied');
		expect(capture.state).toBe('error');
		expect(capture.error).toBe('denied');
	});

	it('lets photos use the latest watch fix', () => {
		const gps = fakeWatch();
		const capture = new LocationCapture(() => {}, gps.watch);
		capture.start();
		const fix = gps.fix(40);
		expect(currentFix()).toEqual(fix);
		capture.stop();
		expect(capture.state).toBe('idle');
	});
});
