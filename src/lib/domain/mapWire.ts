import type { MapMarker, MapResponse } from './stats';

const POSITION = 1e5;
const RATE = 1e4;

/** The map's markers in the compact columns of MapResponseSchema. */
export function encodeMapMarkers(markers: readonly MapMarker[]): MapResponse {
	const agencies: string[] = [];
	const agencyIndex = new Map<string, number>();
	const rows = markers.map((m) => {
		let index = agencyIndex.get(m.agencyName);
		if (index === undefined) {
			index = agencies.length;
			agencies.push(m.agencyName);
			agencyIndex.set(m.agencyName, index);
		}
		return { agency: index, lat: Math.round(m.lat * POSITION), lng: Math.round(m.lng * POSITION), rate: m.rate === null ? null : Math.round(m.rate * RATE) };
	});
	rows.sort((a, b) => a.agency - b.agency || a.lat - b.lat || a.lng - b.lng);
	const wire: MapResponse = { agencies, agency: [], lat: [], lng: [], rate: [] };
	let lat = 0;
	let lng = 0;
	for (const r of rows) {
		wire.agency.push(r.agency);
		wire.lat.push(r.lat - lat);
		wire.lng.push(r.lng - lng);
		wire.rate.push(r.rate);
		lat = r.lat;
		lng = r.lng;
	}
	return wire;
}

/** The markers back from the columns (positions to about 1 m, rates to 0.01 %). */
export function decodeMapMarkers(wire: MapResponse): MapMarker[] {
	const markers: MapMarker[] = [];
	let lat = 0;
	let lng = 0;
	for (let i = 0; i < wire.agency.length; i++) {
		lat += wire.lat[i] ?? 0;
		lng += wire.lng[i] ?? 0;
		const rate = wire.rate[i] ?? null;
		markers.push({ lat: lat / POSITION, lng: lng / POSITION, rate: rate === null ? null : rate / RATE, agencyName: wire.agencies[wire.agency[i] ?? 0] ?? '' });
	}
	return markers;
}
