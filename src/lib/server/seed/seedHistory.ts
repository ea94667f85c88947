import { demoAgencies } from '$lib/content/agencies';
import { publishedTemplates } from '$lib/content/templates';
import { recommendationsFromApproval } from '../followUp/recommendationsFromApproval';
import type { Store } from '../store/Store';
import type { Submission, User } from '../store/records';
import { answersOf, historyInspection } from './historyInspection';
import { prng, seededUuid } from './prng';
import { registerSeedSigner, type RecordSigner } from './seedSigner';

const DAY = 24 * 60 * 60 * 1000;
export const HISTORY_SIZE = 420;
export const HISTORY_DAYS = 182;

/** Inspectors of the made-up history: disabled accounts, so nobody signs in as them and no device pulls their records. */
const HISTORY_INSPECTORS = [
	{ username: 'lichsu.1', displayName: 'Đỗ Thị Lan (dữ liệu mẫu)' },
	{ username: 'lichsu.2', displayName: 'Vũ Đức Minh (dữ liệu mẫu)' },
	{ username: 'lichsu.3', displayName: 'Ngô Thanh Hương (dữ liệu mẫu)' }
];

/**
 * Six months of past inspections across the demo province, so a newcomer's first look at the queue,
 * the statistics and the map shows something meaningful. Deterministic (seeded generator, dates
 * relative to `now`). Only on a store without any submission; the caller runs it only in demo mode.
 * Flow per inspection, by age: approved (its violations become recommendations; older ones partly
 * fixed, the rest overdue), returned and resubmitted as revision 2, or still waiting.
 */
export async function seedHistory(store: Store, now: Date, seed = 20_260_101): Promise<number> {
	const existing = await store.reviewQueue({ agencyIds: null, sort: 'started-desc', offset: 0, limit: 1 });
	if (existing.total > 0) return 0;
	const random = prng(seed);
	const supervisor = (await store.getUserByUsername('giamsat.tinh')) ?? (await historyUser(store, 'lichsu.giamsat', 'Giám sát (dữ liệu mẫu)', 'supervisor', now));
	const inspectors: { user: User; signer: RecordSigner }[] = [];
	for (const i of HISTORY_INSPECTORS) {
		const user = await historyUser(store, i.username, i.displayName, 'inspector', now);
		inspectors.push({ user, signer: await registerSeedSigner(store, user.id, new Date(now.getTime() - (HISTORY_DAYS + 2) * DAY)) });
	}
	const agencies = demoAgencies.filter((a) => a.parentId !== null);
	const quality = new Map(agencies.map((a) => [a.id, 0.5 + random() * 0.45]));
	const [full, spot, alcohol] = publishedTemplates;

	let stored = 0;
	for (let n = 0; n < HISTORY_SIZE; n++) {
		const ageDays = 1 + random() * HISTORY_DAYS;
		// Working hours in Vietnam (08:00–16:00, UTC+7).
		const day = new Date(now.getTime() - ageDays * DAY);
		const startedAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1 + Math.floor(random() * 8), Math.floor(random() * 60)));
		if (startedAt.getTime() >= now.getTime()) continue;
		const agency = agencies[Math.floor(random() * agencies.length)];
		const inspector = inspectors[Math.floor(random() * inspectors.length)];
		const pick = random();
		const template = (pick < 0.6 ? full : pick < 0.9 ? spot : alcohol) ?? full;
		if (!agency || !inspector || !template) continue;
		const base = {
			id: seededUuid(random),
			template,
			agency,
			inspector: { id: inspector.user.id, name: inspector.user.displayName },
			signer: inspector.signer,
			startedAt,
			quality: quality.get(agency.id) ?? 0.8,
			random
		};
		const first = historyInspection({ ...base, revision: 1 });
		const receivedAt = new Date(Math.min(now.getTime(), Date.parse(first.deviceTime) + 30 * 60_000));
		await store.putSubmissions([first], receivedAt);
		stored += 1;

		const decideAt = (days: number) => new Date(Math.min(now.getTime(), startedAt.getTime() + days * DAY));
		const roll = random();
		if (ageDays < 5 || roll < 0.12) continue; // still waiting for review
		let latest = (await store.getSubmission(first.inspectionId)) as Submission;
		if (roll < 0.3 && ageDays > 8) {
			// Returned with a comment, corrected and sent again as revision 2.
			const returnedAt = decideAt(2);
			await store.appendEvent(
				{ inspectionId: latest.inspectionId, revision: 1, actorId: supervisor.id, action: 'returned', comment: 'Bổ sung ghi chú và ảnh cho các mục vi phạm.', itemComments: {} },
				returnedAt,
				'returned'
			);
			const previous = answersOf(first);
			const fixed = new Set(Object.entries(previous).filter(([, a]) => a.value === 'violation' && random() < 0.5).map(([id]) => id));
			const second = historyInspection({ ...base, revision: 2, previous, fixed });
			await store.putSubmissions([second], decideAt(4));
			latest = (await store.getSubmission(first.inspectionId)) as Submission;
			if (ageDays < 10) continue;
		}
		const approvedAt = decideAt(latest.revision === 2 ? 6 : 2);
		const recommendations = recommendationsFromApproval(latest, template, {}, supervisor.displayName, approvedAt).map((r) => ({ ...r, id: seededUuid(random) }));
		await store.appendEvent(
			{ inspectionId: latest.inspectionId, revision: latest.revision, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} },
			approvedAt,
			'approved',
			recommendations
		);
		// About half of the recommendations old enough are fixed by now; the rest stay open (many overdue).
		for (const r of recommendations) {
			const fixedAt = new Date(approvedAt.getTime() + (5 + random() * 40) * DAY);
			if (fixedAt.getTime() < now.getTime() && random() < 0.55) {
				await store.updateRecommendation(r.id, { status: 'fixed', note: 'Cơ quan đã báo cáo khắc phục.', by: supervisor.displayName, action: 'status' }, fixedAt);
			}
		}
	}
	return stored;
}

async function historyUser(store: Store, username: string, displayName: string, role: 'inspector' | 'supervisor', now: Date): Promise<User> {
	const existing = await store.getUserByUsername(username);
	if (existing) return existing;
	// No password can match this hash: the account exists only as the author of the history.
	const user = await store.createUser({ username, displayName, role, jurisdictionId: role === 'supervisor' ? (demoAgencies.find((a) => a.parentId === null)?.id ?? null) : null, passwordHash: '!history-no-login' }, now);
	return store.updateUser(user.id, { disabled: true }, now);
}
