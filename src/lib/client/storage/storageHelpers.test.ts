import { describe, expect, it } from 'vitest';
import { ageText, bytesText } from './formatStorage';
import { needsHomeScreenInstall, type DeviceFacts } from './installHint';

const device = (over: Partial<DeviceFacts>): DeviceFacts => ({
	userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile',
	platform: 'Linux armv8l',
	maxTouchPoints: 5,
	standalone: undefined,
	displayModeStandalone: false,
	...over
});
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

describe('add-to-home-screen hint (Safari deletes site data after 7 days)', () => {
	it('is shown in Safari or any other browser on an iPhone, and on an iPad that says it is a Mac', () => {
		expect(needsHomeScreenInstall(device({ userAgent: IPHONE, platform: 'iPhone', standalone: false }))).toBe(true);
		expect(needsHomeScreenInstall(device({ userAgent: IPHONE.replace('Version/18.1', 'CriOS/130'), platform: 'iPhone' }))).toBe(true);
		expect(needsHomeScreenInstall(device({ userAgent: MAC, platform: 'MacIntel', maxTouchPoints: 5 }))).toBe(true);
	});

	it('is not shown once installed, nor on Android, nor on a real Mac', () => {
		expect(needsHomeScreenInstall(device({ userAgent: IPHONE, platform: 'iPhone', standalone: true }))).toBe(false);
		expect(needsHomeScreenInstall(device({ userAgent: IPHONE, platform: 'iPhone', displayModeStandalone: true }))).toBe(false);
		expect(needsHomeScreenInstall(device({}))).toBe(false);
		expect(needsHomeScreenInstall(device({ userAgent: MAC, platform: 'MacIntel', maxTouchPoints: 0 }))).toBe(false);
	});
});

describe('storage figures in words', () => {
	it('writes sizes with Vietnamese decimal commas', () => {
		expect(bytesText(512)).toEqual({ vi: '512 B', en: '512 B' });
		expect(bytesText(1536 * 1024)).toEqual({ vi: '1,5 MB', en: '1.5 MB' });
		expect(bytesText(250 * 1024 * 1024 * 1024)).toEqual({ vi: '250 GB', en: '250 GB' });
	});

	it('says how long something has waited in the largest whole unit', () => {
		const now = new Date('2026-03-05T12:00:00Z');
		expect(ageText('2026-03-05T11:48:00Z', now).vi).toBe('12 phút');
		expect(ageText('2026-03-05T07:00:00Z', now).vi).toBe('5 giờ');
		expect(ageText('2026-03-02T11:00:00Z', now)).toEqual({ vi: '3 ngày', en: '3 days' });
		// Just finalized: never "0 phút".
		expect(ageText('2026-03-05T11:59:30Z', now)).toEqual({ vi: 'dưới 1 phút', en: 'under 1 min' });
		expect(ageText('2026-03-05T11:59:00Z', now).vi).toBe('1 phút');
	});
});
