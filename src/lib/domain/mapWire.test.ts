import { describe, expect, it } from 'vitest';
import { decodeMapMarkers, encodeMapMarkers } from './mapWire';
import { MapResponseSchema, type MapMarker } from './stats';

describe('map wire format', () => {
	it('gives back every marker, to a metre and a hundredth of a percent, with its agency', () => {
		const markers: MapMarker[] = [
			{ lat: 21.81234567, lng: 105.21, rate: 0.8571428571, agencyName: 'Xã A' },
			{ lat: 21.9, lng: 105.1, rate: null, agencyName: 'Sở Nội vụ' },
			{ lat: 21.8, lng: 105.3, rate: 0, agencyName: 'Xã A' },
			{ lat: -0.5, lng: -120.25, rate: 1, agencyName: '' }
		];
		const wire = MapResponseSchema.parse(JSON.parse(JSON.stringify(encodeMapMarkers(markers))));
		const back = decodeMapMarkers(wire);
		const key = (m: MapMarker) => `${m.agencyName}|${m.lat.toFixed(5)}|${m.lng.toFixed(5)}`;
		expect(back.map(key).sort()).toEqual(markers.map(key).sort());
		for (const m of markers) {
			const found = back.find((b) => key(b) === key(m));
			expect(found?.rate === null ? null : Number(found?.rate.toFixed(4))).toEqual(m.rate === null ? null : Number(m.rate.toFixed(4)));
			expect(Math.abs((found?.lat ?? 0) - m.lat)).toBeLessThanOrEqual(0.000005);
		}
		expect(wire.agencies).toHaveLength(3);
	});

	it('refuses columns of different lengths', () => {
		expect(MapResponseSchema.safeParse({ agencies: ['a'], agency: [0, 0], lat: [1], lng: [1, 2], rate: [null, 1] }).success).toBe(false);
	});
});
