// The result rows of the bytes-on-the-wire measurements (ingest.js over HTTP/1.1, h2Wire.js behind an
// HTTP/2 + TLS proxy), so both judge a case by the same target.

const PUSH_TARGET = '≤ 2 round trips, ≤ 1.2 × gzipped payload';
const PHOTO_TARGET = '≤ 1.05 × photo bytes';

/**
 * @typedef {{ requests: number, bytes: number, up?: number, down?: number }} Counted
 * @param {Counted} counted
 */
function measured(counted) {
	return { requests: counted.requests, wireBytes: counted.bytes, ...(counted.up === undefined ? {} : { up: counted.up, down: counted.down }) };
}

/** A push of inspections without photos. @param {string} label @param {Counted} counted @param {number} gzippedBytes */
export function pushRow(label, counted, gzippedBytes) {
	const ratio = counted.bytes / gzippedBytes;
	return { case: label, ...measured(counted), gzippedPayloadBytes: gzippedBytes, ratio, target: PUSH_TARGET, pass: counted.requests <= 2 && ratio <= 1.2 };
}

/**
 * The photos of one inspection (missing check and uploads), then the push that refers to them.
 * @param {string} label @param {Counted} photoWire @param {number} photoBytes @param {number} photoCount
 * @param {Counted} pushWire @param {number} gzippedBytes
 */
export function photoRows(label, photoWire, photoBytes, photoCount, pushWire, gzippedBytes) {
	return [
		{ case: label, ...measured(photoWire), photoBytes, ratio: photoWire.bytes / photoBytes, target: PHOTO_TARGET, pass: photoWire.bytes / photoBytes <= 1.05 },
		{
			case: 'then the inspection that refers to them',
			...measured(pushWire),
			gzippedPayloadBytes: gzippedBytes,
			ratio: pushWire.bytes / gzippedBytes,
			target: 'whole sync with photos: ≤ 2 + number of photos round trips',
			pass: photoWire.requests + pushWire.requests <= 2 + photoCount
		}
	];
}
