import type { InspectionManifest } from '$lib/domain/manifest';
import type { Store } from '../store/Store';

/**
 * A record names each photo's type (JPEG, or WebP from a Chromium phone) beside its hash; the server
 * stored the photo under the type its bytes really have (photoCheck.ts). A record whose type is
 * not the stored photo's (it says WebP, the bytes are a JPEG) would print and export a photo as what
 * it is not: it is refused, naming the photo. Photos not uploaded yet are the store's missing-photos.
 */
export async function photoTypeProblem(store: Store, manifest: InspectionManifest): Promise<string | null> {
	for (const photo of manifest.photos) {
		const held = await store.getPhotoInfo(photo.sha256);
		if (held && held.mime !== photo.mime) {
			return `Biên bản ghi ảnh ${photo.sha256.slice(0, 12)}… là ${photo.mime} nhưng ảnh trên máy chủ là ${held.mime}.`;
		}
	}
	return null;
}
