import type { NewRecommendation } from '$lib/server/store/recommendationRecords';
import type { Store } from '$lib/server/store/Store';
import type { User } from '$lib/server/store/records';
import { T0, later, newUser, seeded } from './fixtures';
import { STATS_TEMPLATE, statsSubmission } from './reviewFixtures';

const AT_XA = '40000000-0000-4000-8000-000000000001';
const AT_SO = '40000000-0000-4000-8000-000000000002';
const AT_TINH = '40000000-0000-4000-8000-000000000003';

function recommendation(id: string, inspectionId: string, agencyId: string): NewRecommendation {
	return { id, inspectionId, revision: 1, agencyId, itemId: 'a1', itemText: 'Mục a1', what: 'Mục a1: Ghi chú a1', deadline: '2026-04-01T16:59:59.999Z', by: 'Giám sát' };
}

/**
 * An inspected xa-a (lately, so the server knows a phone of an's needs it); binh inspected so-noi-vu
 * and tinh. Each approval made open recommendations.
 */
export async function province(store: Store): Promise<{ an: User; binh: User }> {
	const { an, binh } = await seeded(store);
	await store.putTemplate(STATS_TEMPLATE, T0);
	const at = (agencyId: string, id: string, inspector: User) => statsSubmission(inspector, { id, agencyId, startedAt: '2026-02-20T01:00:00.000Z', answers: { a1: 'violation' }, location: null });
	await store.putSubmissions([at('xa-a', AT_XA, an), at('so-noi-vu', AT_SO, binh), at('tinh', AT_TINH, binh)], T0);
	const supervisor = await store.createUser(newUser('gs', 'supervisor', 'tinh'), T0);
	const approve = (inspectionId: string, recommendations: NewRecommendation[]) =>
		store.appendEvent({ inspectionId, revision: 1, actorId: supervisor.id, action: 'approved', comment: '', itemComments: {} }, later(1000), 'approved', recommendations);
	await approve(AT_XA, [recommendation('r-xa-1', AT_XA, 'xa-a')]);
	await approve(AT_SO, [recommendation('r-so-1', AT_SO, 'so-noi-vu'), recommendation('r-so-2', AT_SO, 'so-noi-vu')]);
	await approve(AT_TINH, [recommendation('r-tinh-1', AT_TINH, 'tinh')]);
	return { an, binh };
}

