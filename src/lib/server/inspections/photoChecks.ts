import { sha256Hex } from '../store/canonical';
import type { Store } from '../store/Store';

export interface PhotoCheck {
	sha256: string;
	/** The server hashed the bytes it holds now and got the hash recorded at capture. */
	serverHashMatches: boolean;
}

/**
 * Recomputed on every read rather than trusted from upload time: this is what shows that nothing
 * changed the stored bytes since (a file edited on disk, a row changed in the database).
 */
export async function photoChecks(store: Store, hashes: readonly string[]): Promise<PhotoCheck[]> {
	const checks: PhotoCheck[] = [];
	for (const hash of hashes) {
		const photo = await store.getPhoto(hash).catch(() => null);
		checks.push({ sha256: hash, serverHashMatches: photo !== null && sha256Hex(photo.bytes) === hash });
	}
	return checks;
}
