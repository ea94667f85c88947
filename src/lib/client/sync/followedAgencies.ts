import { MAX_FOLLOW, type PullFollow } from '$lib/domain/pullFollow';
import type { RecommendationUpdates } from '$lib/domain/sync';
import { database, type InspectorDatabase } from '../db/database';

/**
 * Which agencies' open recommendations this phone keeps (read offline by the follow-up section of
 * the next inspection there). The phone asks for the agencies used on it lately and those opened
 * while online; the server adds those the user inspected lately or is assigned, and sends an
 * agency's set only when it differs from the version held here (pullFollow.ts).
 */

/** Agency id → version of the rows held, device-wide like the rows. Absent: the copy predates per-agency pulls. */
export const HELD_KEY = 'recommendationVersions';
/** Agencies opened while online (new inspection page), newest first, with when. */
export const OPENED_KEY = 'openedAgencies';

const RECENT_DAYS = 180;
const OPENED_KEPT = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Opened {
	agencyId: string;
	at: string;
}

export async function readHeld(db: InspectorDatabase = database()): Promise<Map<string, string> | null> {
	const row = await db.settings.get(HELD_KEY);
	if (!row || typeof row.value !== 'object' || row.value === null) return null;
	return new Map(Object.entries(row.value as Record<string, string>));
}

async function readOpened(db: InspectorDatabase): Promise<Opened[]> {
	const row = await db.settings.get(OPENED_KEY);
	return Array.isArray(row?.value) ? (row.value as Opened[]) : [];
}

/** What the next pull asks for: opened and recently used agencies (newest first), and what is held. */
export async function pullFollow(db: InspectorDatabase = database(), now = new Date()): Promise<PullFollow> {
	const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
	const [opened, recent, held] = await Promise.all([readOpened(db), db.recentAgencies.where('usedAt').aboveOrEqual(since).reverse().sortBy('usedAt'), readHeld(db)]);
	const follow = new Set<string>();
	for (const id of [...opened.filter((o) => o.at >= since).map((o) => o.agencyId), ...recent.map((r) => r.agencyId)]) {
		if (follow.size >= MAX_FOLLOW) break;
		follow.add(id);
	}
	return { follow: [...follow], held: held ?? new Map() };
}

/** The inspector opened this agency with a connection: follow it, so the next pull (made at once) brings its recommendations. */
export async function followAgency(agencyId: string, db: InspectorDatabase = database(), now = new Date()): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const opened = (await readOpened(db)).filter((o) => o.agencyId !== agencyId);
		await db.settings.put({ key: OPENED_KEY, value: [{ agencyId, at: now.toISOString() }, ...opened].slice(0, OPENED_KEPT) });
	});
}

/**
 * Stores per-agency changes inside applyPull's transaction: an agency's rows are replaced whole, a
 * dropped agency's removed. The first such pull on a phone whose copy came whole (older app
 * version) replaces that copy: the agencies it needs are in this same response, so none is ever
 * missing in between.
 */
export async function applyRecommendationUpdates(updates: RecommendationUpdates | undefined, db: InspectorDatabase): Promise<void> {
	let held = await readHeld(db);
	if (held === null) {
		await db.recommendations.clear();
		held = new Map();
	} else if (!updates) {
		return;
	}
	for (const agency of updates?.agencies ?? []) {
		await db.recommendations.where('agencyId').equals(agency.agencyId).delete();
		await db.recommendations.bulkPut(agency.open);
		held.set(agency.agencyId, agency.version);
	}
	for (const agencyId of updates?.dropped ?? []) {
		await db.recommendations.where('agencyId').equals(agencyId).delete();
		held.delete(agencyId);
	}
	await db.settings.put({ key: HELD_KEY, value: Object.fromEntries(held) });
}
