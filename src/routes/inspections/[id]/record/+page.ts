import type { PageLoad } from './$types';
import { recordFromDevice } from './fromDevice';
import type { RecordLoad } from './recordData';

// The device first (offline, the inspector's own record); the server only when the device has no
// copy (a supervisor) or when asked with ?from=server (to show the approved recommendations).
// `source` says where "‹ Quay lại" leads: the inspector's summary, or the supervisor's review page.
export const load: PageLoad = async ({ params, url, fetch }): Promise<{ loaded: RecordLoad; source: 'device' | 'server' }> => {
	// ?revision=n: an earlier revision as it was (the original of a corrected biên bản), from the server.
	const revision = Number(url.searchParams.get('revision') ?? '') || null;
	if (url.searchParams.get('from') !== 'server' && revision === null) {
		const local = await recordFromDevice(params.id);
		if (local) return { loaded: local, source: 'device' };
	}
	// Loaded on demand: the server path (and its schemas) stays out of the inspector's offline chunk.
	const { recordFromServer } = await import('./fromServer');
	return { loaded: await recordFromServer(fetch, params.id, revision), source: 'server' };
};
