import { expect, it } from 'vitest';
import { UnreadablePhotoError, UnsupportedPhotoError } from '$lib/server/store/errors';
import { minimalJpeg } from '../../fixtures/minimalImages';
import type { StoreContext } from '../store.contract';
import { T0, jpeg, later, png, seeded } from '../fixtures';

const thumb = (seed: string) => minimalJpeg(new TextEncoder().encode(seed), 400);

export function thumbnailsContract(ctx: () => StoreContext): void {
	it("stores a photo's thumbnail once, for a holder of the photo, and gives it back", async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const photo = jpeg('ảnh hiện trường');
		const small = thumb('nhỏ');
		// Nobody holds the photo yet: no thumbnail can be given to it.
		expect(await store.putPhotoThumbnail(photo.hash, small, T0, an.id)).toBe('not-held');
		await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, T0, an.id);
		expect(await store.getPhotoThumbnail(photo.hash)).toBeNull();
		// Someone who does not hold the photo cannot give it one either.
		expect(await store.putPhotoThumbnail(photo.hash, small, T0, binh.id)).toBe('not-held');
		expect(await store.putPhotoThumbnail(photo.hash, small, later(1000), an.id)).toBe('stored');
		// The first one stays.
		expect(await store.putPhotoThumbnail(photo.hash, thumb('khác'), later(2000), an.id)).toBe('exists');
		const stored = await store.getPhotoThumbnail(photo.hash);
		expect(stored?.mime).toBe('image/jpeg');
		expect(stored?.size).toBe(small.byteLength);
		expect(stored?.createdAt).toBe(later(1000).toISOString());
		expect(Buffer.from(stored?.bytes ?? []).equals(Buffer.from(small))).toBe(true);
		// The photo itself is untouched.
		expect(Buffer.from((await store.getPhoto(photo.hash))?.bytes ?? []).equals(Buffer.from(photo.bytes))).toBe(true);
	});

	it('refuses what is not a small readable JPEG', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const photo = jpeg('ảnh');
		await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, T0, an.id);
		await expect(store.putPhotoThumbnail(photo.hash, png('p').bytes, T0, an.id)).rejects.toBeInstanceOf(UnsupportedPhotoError);
		await expect(store.putPhotoThumbnail(photo.hash, thumb('cắt').slice(0, -2), T0, an.id)).rejects.toBeInstanceOf(UnreadablePhotoError);
		await expect(store.putPhotoThumbnail(photo.hash, minimalJpeg(new Uint8Array([1]), 70 * 1024), T0, an.id)).rejects.toBeInstanceOf(UnsupportedPhotoError);
		expect(await store.getPhotoThumbnail(photo.hash)).toBeNull();
	});

	it('lists the held photos still without a thumbnail, telling nothing of photos the asker does not hold', async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const [a, b, c] = [jpeg('a'), jpeg('b'), jpeg('c')];
		for (const p of [a, b]) await store.putPhoto(p.hash, 'image/jpeg', p.bytes, T0, an.id);
		await store.putPhoto(c.hash, 'image/jpeg', c.bytes, T0, binh.id);
		await store.putPhotoThumbnail(a.hash, thumb('a'), T0, an.id);
		expect(await store.missingThumbnails([c.hash, b.hash, a.hash, b.hash], an.id)).toEqual([b.hash]);
		expect(await store.missingThumbnails([], an.id)).toEqual([]);
	});
}
