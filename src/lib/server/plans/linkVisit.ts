import type { InspectionManifest } from '$lib/domain/manifest';
import type { Store } from '../store/Store';

/**
 * Links a stored inspection to the visit its signed record names, when the visit exists, the
 * inspector is on its team and the agency is the visit's. Otherwise the record stays what it is, an
 * inspection outside a plan: a phone may have started a visit that was since moved or removed, and
 * a sealed record must not be refused for it. Run after the record is stored (created or a retry's
 * duplicate), so a crash in between is mended by the retry.
 */
export async function linkVisit(store: Store, manifest: InspectionManifest, now: Date): Promise<boolean> {
	if (!manifest.visitId) return false;
	const visit = await store.getVisit(manifest.visitId);
	if (!visit || visit.agencyId !== manifest.agencyId || !visit.team.some((m) => m.accountId === manifest.inspector.id)) return false;
	await store.linkVisitInspection(visit.id, manifest.inspectionId, now);
	return true;
}
