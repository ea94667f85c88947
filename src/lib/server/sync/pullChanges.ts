import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { Recommendation } from '$lib/domain/recommendation';
import type { PullResponse, ReturnedInspection, ReviewDecision } from '$lib/domain/sync';
import { listRecommendations } from '../followUp/listRecommendations';
import type { Store } from '../store/Store';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '../store/canonical';
import type { ReviewEvent, SubmissionSummary, User } from '../store/records';
import { colleagueList } from './colleagues';
import { formatPullCursor, type PullCursor } from './pullCursor';
import { inspectionFromContent } from './storedContent';

/** Changes per pull; `more` tells the device to pull again at once. */
export const PULL_PAGE = 100;

/**
 * What changed for this user since the cursor: the catalog when it differs from the device's, and
 * the decisions (approved / returned, with comments) on the user's own inspections, with the full
 * content of returned ones so a device that lost its copy can still correct them. The feed is the
 * store's change order, so a decision made while the device was offline is never skipped.
 */
export async function pullChanges(store: Store, user: User, cursor: PullCursor, colleaguesVersion: string | null = null): Promise<PullResponse> {
	const [templates, agencies] = await Promise.all([store.listTemplates(), store.listAgencies()]);
	const catalog = catalogFingerprint(templates, agencies);
	const changes = await store.changesSince(cursor.seq, { inspectorId: user.id }, PULL_PAGE);

	const decisions: ReviewDecision[] = [];
	const returned: ReturnedInspection[] = [];
	const names = new Map<string, string>();
	for (const change of changes.items) {
		if (change.status === 'sent') continue;
		const event = await decisionEvent(store, change);
		if (!event) continue;
		decisions.push({
			inspectionId: change.inspectionId,
			revision: change.revision,
			action: change.status,
			comment: event.comment,
			itemComments: event.itemComments,
			by: await reviewerName(store, event.actorId, names),
			at: event.at
		});
		if (change.status === 'returned') {
			const content = await returnedContent(store, change);
			if (content) returned.push(content);
		}
	}

	const unchanged = cursor.catalog === catalog;
	const recommendations = user.role === 'inspector' ? (await listRecommendations(store, user, { status: 'open' }, new Date())).map(forDevice) : null;
	return {
		cursor: formatPullCursor({ seq: changes.cursor, catalog }),
		templates: unchanged ? [] : templates,
		agencies: unchanged ? [] : agencies,
		decisions,
		...(returned.length > 0 ? { returned } : {}),
		...(recommendations ? { recommendations } : {}),
		...(changes.items.length === PULL_PAGE ? { more: true } : {}),
		ledgerHead: await store.ledgerHead(),
		...(await colleaguesChange(store, colleaguesVersion))
	};
}

/** The colleagues list when it differs from the version the device holds (teams are picked from it offline). */
async function colleaguesChange(store: Store, held: string | null): Promise<Pick<PullResponse, 'colleagues'>> {
	const list = await colleagueList(store);
	return list.version === held ? {} : { colleagues: list };
}

/** The trail entries every app version can read: those before "deadline" existed parse the action strictly. */
const DEVICE_ACTIONS: ReadonlySet<string> = new Set(['created', 'status', 'follow-up']);

/** A recommendation as devices get it: the current deadline, and only the trail entries they can read (they show none). */
function forDevice(recommendation: Recommendation): Recommendation {
	return { ...recommendation, history: recommendation.history.filter((entry) => DEVICE_ACTIONS.has(entry.action)) };
}

/** 16 hex digits of SHA-256 over the canonical catalog: changes whenever any template or agency does. */
export function catalogFingerprint(templates: readonly ChecklistTemplate[], agencies: readonly Agency[]): string {
	return sha256Hex(canonicalJson({ templates, agencies })).slice(0, 16);
}

/** The trail entry that set the revision's current status (the latest such entry). */
async function decisionEvent(store: Store, change: SubmissionSummary): Promise<ReviewEvent | undefined> {
	const events = await store.listEvents(change.inspectionId);
	return events.findLast((e) => e.revision === change.revision && e.action === change.status);
}

async function reviewerName(store: Store, actorId: string, names: Map<string, string>): Promise<string> {
	let name = names.get(actorId);
	if (name === undefined) {
		name = (await store.getUser(actorId))?.displayName ?? '';
		names.set(actorId, name);
	}
	return name;
}

/**
 * The returned revision's content, only while it is the latest: once a correction has been sent, a
 * phone without the inspection (a new phone, a cleared browser) must not reopen the old revision as
 * work to redo; it would stay "returned" there, and its correction would clash with the one sent.
 */
async function returnedContent(store: Store, change: SubmissionSummary): Promise<ReturnedInspection | null> {
	const submission = await store.getSubmission(change.inspectionId);
	if (!submission || submission.revision !== change.revision) return null;
	return inspectionFromContent(submission.content, submission.revision, 'returned');
}
