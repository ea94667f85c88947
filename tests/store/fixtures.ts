import { randomUUID } from 'node:crypto';
import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Store } from '$lib/server/store/Store';
import { sha256Hex } from '$lib/server/store/canonical';
import type { NewUser, Role, SubmissionInput, User } from '$lib/server/store/records';
import { minimalJpeg, minimalPng } from '../fixtures/minimalImages';

/** A fixed clock: the store never reads the time itself. */
export const T0 = new Date('2026-03-02T01:30:00.000Z');
export const later = (ms: number, from: Date = T0): Date => new Date(from.getTime() + ms);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A province with a commune (and its desk) and a department, enough for subtree questions. */
export const AGENCIES: Agency[] = [
	agency('tinh', null, 'province'),
	agency('xa-a', 'tinh', 'commune'),
	agency('xa-a.mot-cua', 'xa-a', 'service-center'),
	agency('so-noi-vu', 'tinh', 'department')
];

function agency(id: string, parentId: string | null, kind: Agency['kind']): Agency {
	return { id, parentId, name: `Cơ quan ${id}`, kind, address: 'Tuyên Quang', location: { lat: 21.8, lng: 105.2 } };
}

export function template(version = 1, title = 'Kiểm tra thử'): ChecklistTemplate {
	return {
		id: 'kiem-tra-thu',
		version,
		title: { vi: title, en: 'Test check' },
		description: { vi: 'Mẫu phiếu cho kiểm thử', en: 'Template for tests' },
		publishedAt: '2026-01-01',
		sections: [
			{
				id: 'ky-luat',
				theme: 'discipline',
				title: { vi: 'Kỷ luật', en: 'Discipline' },
				items: [
					{
						id: 'gio-lam-viec',
						text: { vi: 'Đúng giờ làm việc', en: 'On time' },
						guidance: { vi: 'Xem sổ theo dõi', en: 'Check the log' },
						response: { kind: 'compliance' },
						severity: 'minor',
						requireOnViolation: { note: true, photo: false },
						required: true,
						citations: [
							{ document: 'Luật 80/2025/QH15', title: 'Luật Cán bộ, công chức', effectiveFrom: '2025-07-01', confidence: 'S' }
						]
					}
				]
			}
		]
	};
}

export function newUser(username: string, role: Role = 'inspector', jurisdictionId: string | null = null): NewUser {
	return { username, displayName: `Người dùng ${username}`, role, jurisdictionId, passwordHash: `$scrypt$test$${username}` };
}

/** A store with the test catalog and two inspectors. */
export async function seeded(store: Store): Promise<{ an: User; binh: User }> {
	await store.putAgencies(AGENCIES, T0);
	await store.putTemplate(template(), T0);
	return { an: await store.createUser(newUser('an'), T0), binh: await store.createUser(newUser('binh'), T0) };
}

export function submission(inspector: User, overrides: Partial<SubmissionInput> = {}): SubmissionInput {
	const inspectionId = overrides.inspectionId ?? randomUUID();
	return {
		inspectionId,
		revision: 1,
		inspectorId: inspector.id,
		agencyId: 'xa-a.mot-cua',
		templateId: 'kiem-tra-thu',
		templateVersion: 1,
		deviceTime: '2026-03-02T08:25:00+07:00',
		content: { id: inspectionId, answers: { 'gio-lam-viec': { value: 'compliant', note: '' } }, notes: 'Ổn' },
		photoHashes: [],
		...overrides
	};
}

/** A small JPEG the store can read (minimalImages.ts), distinct for each seed. */
export function jpeg(seed: string): { bytes: Uint8Array; hash: string } {
	const bytes = minimalJpeg(new TextEncoder().encode(seed), 600);
	return { bytes, hash: sha256Hex(bytes) };
}

export function png(seed: string): { bytes: Uint8Array; hash: string } {
	const bytes = minimalPng(new TextEncoder().encode(seed.repeat(50)));
	return { bytes, hash: sha256Hex(bytes) };
}
