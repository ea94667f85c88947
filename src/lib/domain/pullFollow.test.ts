import { describe, expect, it } from 'vitest';
import { formatPullFollow, MAX_FOLLOW, parsePullFollow } from './pullFollow';

describe('what a pull says the phone follows and holds', () => {
	it('reads back what the phone writes', () => {
		const written = formatPullFollow({ follow: ['so-noi-vu', 'xa-a.mot-cua'], held: new Map([['xa-a', '12'], ['tinh', '0']]) });
		expect(parsePullFollow(written.follow, written.held)).toEqual({ follow: ['so-noi-vu', 'xa-a.mot-cua'], held: new Map([['xa-a', '12'], ['tinh', '0']]) });
		expect(parsePullFollow('', '')).toEqual({ follow: [], held: new Map() });
	});

	it('tells an app before per-agency pulls (no held) from one that holds nothing', () => {
		expect(parsePullFollow(null, null)).toBeNull();
		expect(parsePullFollow('so-noi-vu', null)).toBeNull();
		expect(parsePullFollow(null, '')).toEqual({ follow: [], held: new Map() });
	});

	it('refuses what is not an agency id or a version, and lists too long to be a phone', () => {
		expect(parsePullFollow('SO NOI VU', '')).toBe('invalid');
		expect(parsePullFollow('', 'xa-a')).toBe('invalid');
		expect(parsePullFollow('', 'xa-a~1-2')).toBe('invalid');
		expect(parsePullFollow('', 'xa-a~1~2')).toBe('invalid');
		expect(parsePullFollow(Array.from({ length: MAX_FOLLOW + 1 }, (_, i) => `a${i}`).join(','), '')).toBe('invalid');
	});
});
