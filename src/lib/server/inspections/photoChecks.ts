import { sha256Hex } from '../store/canonical';
import type { Store } from '../store/Store';

export interface PhotoCheck {
	sha256: string;
	/** The server hashed the bytes it holds now and got the hash recorded at capture. */
	serverHashMatches: boolean;
	/**
	 * Another inspection cites the same bytes (a photo flag: photoFlags.ts). Says only that, never
	 * which: the other record may be outside the reader's jurisdiction.
	 */
	elsewhere: boolean;
}

/**
 * Recomputed on every read rather than trusted from upload time: this is what shows that nothing
 * changed the stored bytes since (a file edited on disk, a row changed in the database).
 */
export async function photoChecks(store: Store, inspectionId: string, hashes: readonly string[]): Promise<PhotoCheck[]> {
	const checks: PhotoCheck[] = [];
	for (const hash of hashes) {
		const photo = await store.getPhoto(hash).catch(() => null);
		const references = await store.photoReferences(hash);
		checks.push({
			sha256: hash,
			serverHashMatches: photo !== null && sha256Hex(photo.bytes) === hash,
			elsewhere: references.some((r) => r.inspectionId !== inspectionId)
		});
	}
	return checks;
}
