import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { LocationFix } from '$lib/domain/evidence';
import type { AnswerValue } from '$lib/domain/inspection';
import { buildManifest, manifestPhotos, manifestText, type ManifestPhotoInput } from '$lib/domain/manifest';
import type { SubmissionInput, User } from '$lib/server/store/records';

/**
 * A small data set with answers worked out by hand, for the queue and statistics contracts.
 * Template: discipline (a1 minor, a2 major), communication (b1 critical, b2 number ≥ 80 minor).
 */
const item = (id: string, severity: 'minor' | 'major' | 'critical', response: ChecklistTemplate['sections'][number]['items'][number]['response']) => ({
	id,
	text: { vi: `Mục ${id}`, en: `Item ${id}` },
	guidance: { vi: 'Xem', en: 'Look' },
	response,
	severity,
	requireOnViolation: { note: false, photo: false },
	required: false,
	citations: [{ document: 'Luật 80/2025/QH15', title: 'Luật Cán bộ, công chức', effectiveFrom: '2025-07-01', confidence: 'S' as const }]
});

export const STATS_TEMPLATE: ChecklistTemplate = {
	id: 'mau-thong-ke',
	version: 1,
	title: { vi: 'Mẫu thống kê', en: 'Stats' },
	description: { vi: 'Cho kiểm thử', en: 'For tests' },
	publishedAt: '2026-01-01',
	sections: [
		{ id: 's1', theme: 'discipline', title: { vi: 'Kỷ luật', en: 'Discipline' }, items: [item('a1', 'minor', { kind: 'compliance' }), item('a2', 'major', { kind: 'compliance' })] },
		{
			id: 's2',
			theme: 'communication',
			title: { vi: 'Giao tiếp', en: 'Communication' },
			items: [item('b1', 'critical', { kind: 'compliance' }), item('b2', 'minor', { kind: 'number', compliantMin: 80 })]
		}
	]
};

export interface StatsSpec {
	id: string;
	revision?: number;
	agencyId: string;
	startedAt: string;
	answers: Record<string, AnswerValue>;
	location: LocationFix | null;
	/** The record's photos (their bytes must be in the store first). */
	photos?: ManifestPhotoInput[];
}

export function statsSubmission(inspector: User, spec: StatsSpec): SubmissionInput {
	const revision = spec.revision ?? 1;
	const manifest = buildManifest(
		{
			id: spec.id,
			revision,
			templateId: STATS_TEMPLATE.id,
			templateVersion: 1,
			agencyId: spec.agencyId,
			inspectorId: inspector.id,
			team: [{ accountId: inspector.id, name: inspector.displayName, position: '', role: 'lead' }],
			startedAt: spec.startedAt,
			answers: Object.fromEntries(
				Object.entries(spec.answers).map(([k, value]) => [k, { value, note: value === 'violation' ? `Ghi chú ${k}` : '', updatedAt: spec.startedAt }])
			),
			generalNotes: '',
			representative: { name: '', position: '' },
			location: spec.location
		},
		spec.photos ?? [],
		// The store derives its rows from the record and never checks signatures (the push does).
		{ inspectorName: inspector.displayName, deviceId: '0190a6b2-0000-7000-8000-00000000d0e5' },
		spec.startedAt
	);
	return {
		inspectionId: spec.id,
		revision,
		inspectorId: inspector.id,
		agencyId: spec.agencyId,
		templateId: STATS_TEMPLATE.id,
		templateVersion: 1,
		deviceTime: spec.startedAt,
		content: { manifest: manifestText(manifest), photos: manifestPhotos(manifest) },
		photoHashes: manifest.photos.map((p) => p.sha256)
	};
}

const gps = (lat: number, lng: number, source: 'gps' | 'manual' = 'gps'): LocationFix => ({
	lat,
	lng,
	accuracy: source === 'gps' ? 10 : null,
	source,
	capturedAt: '2026-01-10T02:00:00.000Z'
});

export const I1 = '10000000-0000-4000-8000-000000000001';
export const I2 = '20000000-0000-4000-8000-000000000002';
export const I3 = '30000000-0000-4000-8000-000000000003';

/**
 * I1 (xa-a.mot-cua, 10/01 VN): r1 3 of 4 (a2 violation, major); r2 all 4 compliant — only r2 counts.
 * I2 (so-noi-vu, 06/02 03:00 VN though 05/02 UTC): all 4 violations, critical, manual point ~14 km away.
 * I3 (xa-a, 20/02 VN): a1, b1 compliant, a2 n/a, b2 unanswered; no location.
 */
export function statsData(inspector: User): SubmissionInput[][] {
	return [
		[
			statsSubmission(inspector, { id: I1, agencyId: 'xa-a.mot-cua', startedAt: '2026-01-10T02:00:00.000Z', answers: { a1: 'compliant', a2: 'violation', b1: 'compliant', b2: 90 }, location: gps(21.8001, 105.2001) }),
			statsSubmission(inspector, { id: I2, agencyId: 'so-noi-vu', startedAt: '2026-02-05T20:00:00.000Z', answers: { a1: 'violation', a2: 'violation', b1: 'violation', b2: 50 }, location: gps(21.9, 105.3, 'manual') }),
			statsSubmission(inspector, { id: I3, agencyId: 'xa-a', startedAt: '2026-02-20T01:00:00.000Z', answers: { a1: 'compliant', a2: 'na', b1: 'compliant' }, location: null })
		],
		[statsSubmission(inspector, { id: I1, revision: 2, agencyId: 'xa-a.mot-cua', startedAt: '2026-01-10T02:00:00.000Z', answers: { a1: 'compliant', a2: 'compliant', b1: 'compliant', b2: 90 }, location: gps(21.8001, 105.2001) })]
	];
}
