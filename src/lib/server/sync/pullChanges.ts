import type { PullFollow } from '$lib/domain/pullFollow';
import type { PullResponse, ReturnedInspection, ReviewDecision } from '$lib/domain/sync';
import { listRecommendations } from '../followUp/listRecommendations';
import type { Store } from '../store/Store';
import type { ReviewEvent, SubmissionSummary, User } from '../store/records';
import { agencyChangesSince } from './catalogHistory';
import { catalogSnapshot } from './catalogSnapshot';
import { colleagueList } from './colleagues';
import { assignmentList } from '../plans/assignments';
import { formatPullCursor, type PullCursor } from './pullCursor';
import { forDevice, pullRecommendations } from './pullRecommendations';
import { inspectionFromContent } from './storedContent';

/** Changes per pull; `more` tells the device to pull again at once. */
export const PULL_PAGE = 100;

/**
 * What changed for this user since the cursor: the catalog when it differs from the device's, and
 * the decisions (approved / returned, with comments) on the user's own inspections, with the full
 * content of returned ones so a device that lost its copy can still correct them. The feed is the
 * store's change order, so a decision made while the device was offline is never skipped.
 * Inspectors also get the open recommendations of the agencies their phone follows, per agency and
 * only when changed (`follow`, see pullRecommendations.ts); an app version that sends no `held`
 * (null) still gets the whole list it replaces its copy with.
 */
export async function pullChanges(
	store: Store,
	user: User,
	cursor: PullCursor,
	follow: PullFollow | null = null,
	now = new Date(),
	colleaguesVersion: string | null = null,
	assignmentsVersion: string | null = null,
	/** The phone applies `agencyChanges` (catalog=delta): it may get only the agencies changed. */
	agencyDelta = false
): Promise<PullResponse> {
	const snapshot = await catalogSnapshot(store);
	const catalog = snapshot.fingerprint;
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
	const agencyChanges = !unchanged && agencyDelta && cursor.catalog ? agencyChangesSince(store, cursor.catalog, snapshot.parts, snapshot.agencies) : null;
	const inspector = user.role === 'inspector' && !user.disabled;
	// From now on this account's phone knows these retirements: new inspections it starts on them are refused (retiredTemplate.ts).
	if (!unchanged && inspector) await store.noteRetirementsSent(user.id, snapshot.retiredTemplates, now);
	const recommendations = inspector && !follow ? (await listRecommendations(store, user, { status: 'open' }, now)).map((r) => forDevice(r, now)) : null;
	const pulled = inspector && follow ? await pullRecommendations(store, user, follow, snapshot.agencyIds, now, snapshot.successorOf) : null;
	const recommendationUpdates = pulled?.updates ?? null;
	return {
		cursor: formatPullCursor({ seq: changes.cursor, catalog }),
		...(agencyChanges
			? { templates: [], agencies: [], agencyChanges }
			: {
					templates: unchanged ? [] : snapshot.templates,
					agencies: unchanged ? [] : snapshot.agencies,
					...(unchanged ? {} : { retiredTemplates: snapshot.retiredTemplates }),
					...(unchanged ? {} : { themes: snapshot.themes })
				}),
		decisions,
		...(returned.length > 0 ? { returned } : {}),
		...(recommendations ? { recommendations } : {}),
		...(recommendationUpdates ? { recommendationUpdates } : {}),
		...(changes.items.length === PULL_PAGE || pulled?.more ? { more: true } : {}),
		ledgerHead: await store.ledgerHead(),
		...(await colleaguesChange(store, colleaguesVersion)),
		...(await assignmentsChange(store, user, now, assignmentsVersion))
	};
}

/** The colleagues list when it differs from the version the device holds (teams are picked from it offline). */
async function colleaguesChange(store: Store, held: string | null): Promise<Pick<PullResponse, 'colleagues'>> {
	const list = await colleagueList(store);
	return list.version === held ? {} : { colleagues: list };
}

/** The user's assignments when they differ from the version the device holds (a colleague started one, a plan changed). */
async function assignmentsChange(store: Store, user: User, now: Date, held: string | null): Promise<Pick<PullResponse, 'assignments'>> {
	const list = await assignmentList(store, user, now);
	return list.version === held ? {} : { assignments: list };
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
