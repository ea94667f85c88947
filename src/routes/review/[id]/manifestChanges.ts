import type { AnyManifest } from '$lib/domain/manifest';
import { diffRevisions } from '$lib/domain/revisionDiff';

/**
 * The shared revision diff, reduced to what the review page marks: the items whose answer, note or
 * photos changed (highlighted where they stand), and the other parts of the record that changed.
 */
export interface ManifestChanges {
	items: Set<string>;
	other: ('generalNotes' | 'representative' | 'location' | 'photos')[];
}

export function manifestChanges(before: AnyManifest, after: AnyManifest): ManifestChanges {
	const diff = diffRevisions(before, after);
	const items = new Set(diff.answers.map((a) => a.itemId));
	const photos = [...diff.photosAdded, ...diff.photosRemoved];
	for (const p of photos) if (p.itemId) items.add(p.itemId);
	const other: ManifestChanges['other'] = [];
	if (diff.generalNotes) other.push('generalNotes');
	if (diff.representative) other.push('representative');
	if (diff.location) other.push('location');
	if (photos.length > 0) other.push('photos');
	return { items, other };
}
