import { describe, expect, it } from 'vitest';
import { deriveRevision } from './deriveRevision';

const base = {
	inspectionId: '0190a6b2-0000-7000-8000-000000000001',
	revision: 1,
	agencyId: 'xa-a',
	inspectorId: 'u1',
	templateId: 't',
	templateVersion: 1,
	deviceTime: '2026-03-02T03:00:00.000Z'
};

function manifestWithPhotos(photos: unknown): string {
	return JSON.stringify({
		manifest: JSON.stringify({ format: 'vhcv-inspection-manifest/2', startedAt: '2026-03-02T01:30:00.000Z', finishedAt: '2026-03-02T03:00:00.000Z', answers: {}, location: null, inspector: { id: 'u1', name: 'An' }, photos })
	});
}

const photo = (capturedAt: string) => ({ id: 'p', sha256: 'a'.repeat(64), capturedAt, source: 'gallery', exifCapturedAt: capturedAt, exifLocation: null });

describe('deriveRevision: the photo flag', () => {
	it('is 1 for a photo taken before the visit, 0 for one taken during it', () => {
		expect(deriveRevision({ ...base, content: manifestWithPhotos([photo('2008-04-19T06:43:16.000Z')]) }, null, null).head.flagPhoto).toBe(1);
		expect(deriveRevision({ ...base, content: manifestWithPhotos([photo('2026-03-02T02:00:00.000Z')]) }, null, null).head.flagPhoto).toBe(0);
	});

	it('is 0, never an error, for stored JSON without a photo list', () => {
		expect(deriveRevision({ ...base, content: manifestWithPhotos(undefined) }, null, null).head.flagPhoto).toBe(0);
		expect(deriveRevision({ ...base, content: manifestWithPhotos('nope') }, null, null).head.flagPhoto).toBe(0);
		expect(deriveRevision({ ...base, content: JSON.stringify({ any: 'thing' }) }, null, null).head.flagPhoto).toBe(0);
	});
});
