import { describe, expect, it } from 'vitest';
import { demoAgencies } from '$lib/content/agencies';
import { AGENCY_QUERIES } from '../../../tests/fixtures/agencyQueries';
import { searchAgencies } from './agencySearch';

describe('agency search, as people type', () => {
	it('finds the agency meant in the first three for at least 95 % of realistic searches', () => {
		const misses: string[] = [];
		for (const [query, expected] of AGENCY_QUERIES) {
			const top = searchAgencies(demoAgencies, query, [], 3).map((m) => m.agency.id);
			if (!top.includes(expected)) misses.push(`${query} → ${top.join(', ') || 'nothing'} (wanted ${expected})`);
		}
		expect(AGENCY_QUERIES.length).toBeGreaterThanOrEqual(60);
		const share = 1 - misses.length / AGENCY_QUERIES.length;
		expect(share, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	});
});
