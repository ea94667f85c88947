import type { AnyManifest } from '$lib/domain/manifest';
import { readManifest } from '$lib/client/supervisor/inspectionView';

/**
 * The sealed manifest of an earlier revision (GET /api/inspections/{id}/revisions/{n}), or null
 * when the server does not answer: the page then lists the revisions without the comparison.
 */
export async function previousManifest(fetcher: typeof fetch, id: string, revision: number): Promise<AnyManifest | null> {
	return (await previousRecord(fetcher, id, revision))?.manifest ?? null;
}

/** The same with the revision's fingerprint (the SHA-256 of its text), for the corrected biên bản. */
export async function previousRecord(fetcher: typeof fetch, id: string, revision: number): Promise<{ manifest: AnyManifest; hash: string | null } | null> {
	try {
		const response = await fetcher(`/api/inspections/${encodeURIComponent(id)}/revisions/${revision}`, { credentials: 'same-origin' });
		if (!response.ok) return null;
		const body: unknown = await response.json();
		const text = manifestTextOf(body);
		const hash = (body as { manifestHash?: unknown }).manifestHash;
		return text === null ? null : { manifest: readManifest(text), hash: typeof hash === 'string' ? hash : null };
	} catch {
		return null;
	}
}

function manifestTextOf(body: unknown): string | null {
	if (!body || typeof body !== 'object') return null;
	const b = body as { manifest?: unknown; content?: { manifest?: unknown } };
	if (typeof b.content?.manifest === 'string') return b.content.manifest;
	if (typeof b.manifest === 'string') return b.manifest;
	return null;
}
