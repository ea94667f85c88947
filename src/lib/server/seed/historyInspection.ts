import type { Agency } from '$lib/domain/agency';
import { allItems, type ChecklistItem, type ChecklistTemplate } from '$lib/domain/checklist';
import type { LocationFix } from '$lib/domain/evidence';
import type { Inspection } from '$lib/domain/inspection';
import { buildManifest, manifestText } from '$lib/domain/manifest';
import type { SubmissionInput } from '../store/records';
import { sha256Hex } from '../store/canonical';
import { signedContent } from '../sync/storedContent';
import type { RecordSigner } from './seedSigner';

/**
 * One made-up inspection for the demo history. Answer patterns are realistic rather than uniform:
 * each agency has its own "quality" (some are consistently good, some poor), serious items are
 * broken less often than minor ones, and a few items are skipped or not applicable.
 */
export interface HistorySpec {
	id: string;
	revision: number;
	template: ChecklistTemplate;
	agency: Agency;
	inspector: { id: string; name: string };
	/** The made-up inspector's registered device key (seedSigner.ts). */
	signer: RecordSigner;
	startedAt: Date;
	/** 0..1: how likely each item is compliant at this agency. */
	quality: number;
	random: () => number;
	/** Force these items compliant (a corrected revision). */
	fixed?: ReadonlySet<string>;
	/** Answers of the revision being corrected, kept except where fixed. */
	previous?: Inspection['answers'];
}

const VIOLATION_NOTES = ['Chưa thực hiện đúng quy định', 'Cán bộ không đeo thẻ', 'Chưa niêm yết đầy đủ', 'Có phản ánh của người dân', 'Thiếu sổ theo dõi'];

function answerFor(item: ChecklistItem, spec: HistorySpec): Inspection['answers'][string] | null {
	const at = spec.startedAt.toISOString();
	const r = spec.random();
	if (r < 0.04) return null; // skipped
	const severityBonus = item.severity === 'critical' ? 0.08 : item.severity === 'major' ? 0.04 : 0;
	const compliant = spec.fixed?.has(item.id) || spec.random() < Math.min(0.99, spec.quality + severityBonus);
	const note = compliant ? '' : (VIOLATION_NOTES[Math.floor(spec.random() * VIOLATION_NOTES.length)] ?? '');
	switch (item.response.kind) {
		case 'compliance':
			return { value: r < 0.08 ? 'na' : compliant ? 'compliant' : 'violation', note, updatedAt: at };
		case 'choice': {
			const options = item.response.options.filter((o) => o.outcome === (compliant ? 'compliant' : 'violation'));
			const option = options[0] ?? item.response.options[0];
			return option ? { value: option.id, note, updatedAt: at } : null;
		}
		case 'number': {
			const { compliantMin, compliantMax } = item.response;
			const good = compliantMin ?? (compliantMax !== undefined ? compliantMax : 50);
			const value = compliant ? (compliantMin !== undefined ? good + Math.round(spec.random() * 10) : good - Math.round(spec.random() * 5)) : compliantMin !== undefined ? Math.max(0, good - 10 - Math.round(spec.random() * 20)) : good + 5;
			return { value, note, updatedAt: at };
		}
		case 'text':
			return { value: 'Đã ghi nhận', note: '', updatedAt: at };
	}
}

function locationFor(spec: HistorySpec, startedAt: string): LocationFix | null {
	const home = spec.agency.location;
	const r = spec.random();
	if (!home || r < 0.05) return null;
	if (r < 0.1) return { lat: home.lat + 0.03, lng: home.lng - 0.02, accuracy: 12, source: 'gps', capturedAt: startedAt }; // far away
	if (r < 0.14) return { lat: home.lat, lng: home.lng, accuracy: null, source: 'manual', capturedAt: startedAt };
	const jitter = () => (spec.random() - 0.5) * 0.002;
	return { lat: home.lat + jitter(), lng: home.lng + jitter(), accuracy: r < 0.16 ? 0 : 5 + Math.round(spec.random() * 25), source: 'gps', capturedAt: startedAt };
}

export function historyInspection(spec: HistorySpec): SubmissionInput {
	const startedAt = spec.startedAt.toISOString();
	const finishedAt = new Date(spec.startedAt.getTime() + (60 + Math.round(spec.random() * 90)) * 60_000).toISOString();
	const answers: Inspection['answers'] = {};
	for (const item of allItems(spec.template)) {
		const kept = spec.previous?.[item.id];
		const answer = kept && !spec.fixed?.has(item.id) ? kept : answerFor(item, spec);
		if (answer) answers[item.id] = answer;
	}
	const inspection = {
		id: spec.id,
		revision: spec.revision,
		templateId: spec.template.id,
		templateVersion: spec.template.version,
		agencyId: spec.agency.id,
		inspectorId: spec.inspector.id,
		team: [{ accountId: spec.inspector.id, name: spec.inspector.name, position: '', role: 'lead' as const }],
		startedAt,
		answers,
		generalNotes: 'Dữ liệu mẫu (lịch sử kiểm tra để xem thử).',
		representative: { name: 'Đại diện cơ quan', position: 'Chánh Văn phòng' },
		location: locationFor(spec, startedAt)
	};
	const manifest = buildManifest(inspection, [], { inspectorName: spec.inspector.name, deviceId: spec.signer.deviceId }, finishedAt);
	const text = manifestText(manifest);
	return {
		inspectionId: spec.id,
		revision: spec.revision,
		inspectorId: spec.inspector.id,
		agencyId: spec.agency.id,
		templateId: spec.template.id,
		templateVersion: spec.template.version,
		deviceTime: finishedAt,
		content: signedContent(text, spec.signer.sign(text)),
		contentHash: sha256Hex(text),
		photoHashes: [],
		manifest
	};
}

/** The answers of a generated submission, to correct them in the next revision. */
export function answersOf(input: SubmissionInput): Inspection['answers'] {
	const manifest = JSON.parse((input.content as { manifest: string }).manifest) as { answers: Record<string, { value: Inspection['answers'][string]['value']; note: string }>; startedAt: string };
	return Object.fromEntries(Object.entries(manifest.answers).map(([id, a]) => [id, { ...a, updatedAt: manifest.startedAt }]));
}
