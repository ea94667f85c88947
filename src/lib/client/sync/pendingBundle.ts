import type { InspectionManifest } from '$lib/domain/manifest';
import { PENDING_BUNDLE_FORMAT, type BundleItem, type BundlePhoto, type PendingBundle } from '$lib/domain/pendingBundle';
import { database, type InspectorDatabase } from '../db/database';
import { readOutbox } from './outbox';
import { signedEntries } from './signOutbox';

/**
 * Everything this user's phone still has to send, as one self-verifying file (see
 * domain/pendingBundle.ts): the outbox exactly as a sync would send it (each signed record) and
 * every photo's bytes. Nothing on the device changes: the inspections stay in the
 * outbox and are still sent when a connection allows (the server answers that as a duplicate).
 */
export async function buildPendingBundle(
	account: { id: string; displayName: string },
	now: Date = new Date(),
	db: InspectorDatabase = database()
): Promise<{ bundle: PendingBundle; photoBytes: number } | null> {
	const entries = await signedEntries(await readOutbox(account.id, db), db);
	const items: BundleItem[] = [];
	let photoBytes = 0;
	for (const { item, photoIdByHash } of entries) {
		const photos: BundlePhoto[] = [];
		for (const meta of (JSON.parse(item.manifest) as InspectionManifest).photos) {
			const photoId = photoIdByHash.get(meta.sha256);
			const stored = photoId ? await db.photoBlobs.get(photoId) : undefined;
			// Bytes are removed only once the server has confirmed the photo, so it has them already.
			if (!stored) continue;
			photos.push({ sha256: meta.sha256, mime: meta.mime, base64: base64Of(stored.bytes) });
			photoBytes += stored.bytes.byteLength;
		}
		items.push({ item, photos });
	}
	if (items.length === 0) return null;
	return {
		bundle: { format: PENDING_BUNDLE_FORMAT, exportedAt: now.toISOString(), exportedBy: { id: account.id, name: account.displayName }, items },
		photoBytes
	};
}

/**
 * The file's name: what it is, and when in Vietnam time (UTC+7 all year), so several exports on one
 * phone do not collide and the name reads as the inspector's clock did.
 */
export function bundleFileName(exportedAt: Date): string {
	const vietnam = new Date(exportedAt.getTime() + 7 * 3600_000);
	const stamp = vietnam.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
	return `phieu-cho-gui-${stamp}.json`;
}

/** Standard base64 in slices (String.fromCharCode takes a bounded number of arguments). */
export function base64Of(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Hands the file to the browser's download (the Files app on an iPhone, Downloads on Android). */
export function saveBundle(bundle: PendingBundle): { name: string; bytes: number } {
	const blob = new Blob([JSON.stringify(bundle)], { type: 'application/json' });
	const name = bundleFileName(new Date(bundle.exportedAt));
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has taken its copy once the click is handled; revoke a while later (Firefox needs the URL for a moment after the click).
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
	return { name, bytes: blob.size };
}
