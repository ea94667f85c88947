/**
 * Where the parties sign the printed biên bản on paper instead of the screen (signatures.onPaper),
 * the inspector photographs the signed page and attaches it to the record "as such": a photo whose
 * itemId is this mark. It is inside the signed record like every photo (hash, capture facts), so the
 * signed paper and the data cannot be separated or swapped unnoticed; it is not evidence of a
 * finding, and the biên bản and the review pages show it as the signed original's photo.
 */
export const SIGNED_PAPER_ITEM_ID = 'paper.signed';

/** The hashes of a record's photos of its signed paper page, in record order. */
export function signedPaperHashes(photos: readonly { itemId: string | null; sha256: string }[]): string[] {
	return photos.filter((p) => p.itemId === SIGNED_PAPER_ITEM_ID).map((p) => p.sha256);
}
