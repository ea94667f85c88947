import { expect, it } from 'vitest';
import { OversizedPhotoError, PhotoHashMismatchError, UnreadablePhotoError, UnsupportedPhotoError } from '$lib/server/store/errors';
import { sha256Hex } from '$lib/server/store/canonical';
import type { StoreContext } from '../store.contract';
import { T0, jpeg, later, png, seeded } from '../fixtures';

export function photosContract(ctx: () => StoreContext): void {
	it('lists the photos a user has not uploaded, each once, in the order asked', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const [a, b, c] = [jpeg('a'), png('b'), jpeg('c')];
		await store.putPhoto(b.hash, 'image/png', b.bytes, T0, an.id);
		expect(await store.missingPhotos([c.hash, b.hash, a.hash, c.hash], an.id)).toEqual([c.hash, a.hash]);
		expect(await store.missingPhotos([], an.id)).toEqual([]);
	});

	it("answers for the asker alone: another's photo is missing until they upload the bytes themselves, which are checked", async () => {
		const { store } = ctx();
		const { an, binh } = await seeded(store);
		const photo = jpeg('của An');
		await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, T0, an.id);
		// The server has the bytes, but says nothing of them to someone who has not shown to hold them.
		expect(await store.missingPhotos([photo.hash], binh.id)).toEqual([photo.hash]);
		// Claiming the hash with other bytes proves nothing.
		await expect(store.putPhoto(photo.hash, 'image/jpeg', photo.bytes.slice(0, -1), later(1000), binh.id)).rejects.toBeInstanceOf(PhotoHashMismatchError);
		expect(await store.missingPhotos([photo.hash], binh.id)).toEqual([photo.hash]);
		expect(await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, later(2000), binh.id)).toBe('exists');
		expect(await store.missingPhotos([photo.hash], binh.id)).toEqual([]);
		expect((await store.getPhoto(photo.hash))?.createdAt).toBe(T0.toISOString());
	});

	it('stores a photo once and gives back the same bytes; a repeated upload is a no-op', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const photo = jpeg('ảnh hiện trường');
		expect(await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, T0, an.id)).toBe('stored');
		expect(await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, later(1000), an.id)).toBe('exists');
		const stored = await store.getPhoto(photo.hash);
		expect(stored).toEqual({ hash: photo.hash, mime: 'image/jpeg', size: photo.bytes.byteLength, createdAt: T0.toISOString(), bytes: photo.bytes });
		expect(stored?.bytes).toBeInstanceOf(Uint8Array);
		expect(await store.getPhotoInfo(photo.hash)).toEqual({ hash: photo.hash, mime: 'image/jpeg', size: photo.bytes.byteLength, createdAt: T0.toISOString() });
		expect(await store.getPhoto(sha256Hex('nothing'))).toBeNull();
		expect(await store.photoReferences(photo.hash)).toEqual([]);
	});

	it('refuses bytes that do not match their hash, and stores nothing', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const photo = jpeg('đúng');
		const truncated = photo.bytes.slice(0, -1);
		await expect(store.putPhoto(photo.hash, 'image/jpeg', truncated, T0, an.id)).rejects.toBeInstanceOf(PhotoHashMismatchError);
		expect(await store.missingPhotos([photo.hash], an.id)).toEqual([photo.hash]);
		await expect(store.putPhoto('not-a-hash', 'image/jpeg', photo.bytes, T0, an.id)).rejects.toBeInstanceOf(UnsupportedPhotoError);
	});

	it('refuses what is not a JPEG or PNG, or not of the declared type', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
		await expect(store.putPhoto(sha256Hex(text), 'image/jpeg', text, T0, an.id)).rejects.toBeInstanceOf(UnsupportedPhotoError);
		const heic = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 1, 2, 3]);
		await expect(store.putPhoto(sha256Hex(heic), 'image/heic', heic, T0, an.id)).rejects.toBeInstanceOf(UnsupportedPhotoError);
		const photo = jpeg('khai sai loại');
		await expect(store.putPhoto(photo.hash, 'image/png', photo.bytes, T0, an.id)).rejects.toBeInstanceOf(UnsupportedPhotoError);
		expect(await store.missingPhotos([sha256Hex(text), sha256Hex(heic), photo.hash], an.id)).toHaveLength(3);
	});

	it('refuses bytes with the right first bytes that no reader could open, and stores nothing', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const photo = jpeg('cắt dở');
		// Cut before its end marker, as an interrupted copy would be, and hashed as cut.
		const cut = photo.bytes.slice(0, -2);
		await expect(store.putPhoto(sha256Hex(cut), 'image/jpeg', cut, T0, an.id)).rejects.toBeInstanceOf(UnreadablePhotoError);
		const document = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('không phải ảnh')]);
		await expect(store.putPhoto(sha256Hex(document), 'image/png', document, T0, an.id)).rejects.toBeInstanceOf(UnreadablePhotoError);
		expect(await store.missingPhotos([sha256Hex(cut), sha256Hex(document)], an.id)).toHaveLength(2);
	});

	it('refuses a picture larger than any the app sends (2048 px a side), however small the file', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		// 600 bytes whose frame header claims 10000×10000: a reader would allocate 400 MB to show it.
		const bomb = jpeg('khổng lồ').bytes;
		bomb.set([0x27, 0x10, 0x27, 0x10], 2 + 69 + 5);
		const error = await store.putPhoto(sha256Hex(bomb), 'image/jpeg', bomb, T0, an.id).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OversizedPhotoError);
		expect(error).toMatchObject({ width: 10000, height: 10000, maxSide: 2048 });
		expect(await store.missingPhotos([sha256Hex(bomb)], an.id)).toHaveLength(1);
		// 2048 on the long side is still taken.
		const edge = jpeg('vừa đủ').bytes;
		edge.set([0x06, 0x00, 0x08, 0x00], 2 + 69 + 5);
		expect(await store.putPhoto(sha256Hex(edge), 'image/jpeg', edge, T0, an.id)).toBe('stored');
	});

	it('accepts concurrent uploads of the same photo as one', async () => {
		const { store } = ctx();
		const { an } = await seeded(store);
		const photo = png('cùng lúc');
		const results = await Promise.all([1, 2, 3].map(() => store.putPhoto(photo.hash, 'image/png', photo.bytes, T0, an.id)));
		expect(results.filter((r) => r === 'stored')).toHaveLength(1);
		expect((await store.getPhoto(photo.hash))?.bytes).toEqual(photo.bytes);
	});
}
