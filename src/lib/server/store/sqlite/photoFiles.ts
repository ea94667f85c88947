import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** photos/ab/cd/<hash>: two levels keep directories small with hundreds of thousands of photos. */
export function photoPath(photoDir: string, hash: string): string {
	return join(photoDir, hash.slice(0, 2), hash.slice(2, 4), hash);
}

/**
 * Writes a photo so that it is either absent or complete, never half written, even after a power cut:
 * temporary file, fsync, rename over the final name, fsync the directories that changed. A crash
 * before the rename leaves only a *.tmp file, which nothing reads.
 */
export async function writePhotoFile(photoDir: string, hash: string, bytes: Uint8Array): Promise<void> {
	await writeDurably(photoDir, photoPath(photoDir, hash), bytes);
}

/** A photo's thumbnail beside it: photos/ab/cd/<hash>.thumb.jpg. */
export function thumbnailPath(photoDir: string, hash: string): string {
	return `${photoPath(photoDir, hash)}.thumb.jpg`;
}

export async function writeThumbnailFile(photoDir: string, hash: string, bytes: Uint8Array): Promise<void> {
	await writeDurably(photoDir, thumbnailPath(photoDir, hash), bytes);
}

/** The thumbnail's bytes, or null when its file is not there. */
export async function readThumbnailFile(photoDir: string, hash: string): Promise<Uint8Array | null> {
	try {
		return new Uint8Array(await readFile(thumbnailPath(photoDir, hash)));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

async function writeDurably(photoDir: string, path: string, bytes: Uint8Array): Promise<void> {
	const dir = dirname(path);
	await mkdir(dir, { recursive: true });
	const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
	const file = await open(temporary, 'wx');
	try {
		await file.writeFile(bytes);
		await file.sync();
	} finally {
		await file.close();
	}
	try {
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	// The rename, and any directory just created, are durable only once their directories are synced.
	for (const changed of [dir, dirname(dir), photoDir]) await syncDirectory(changed);
}

export async function readPhotoFile(photoDir: string, hash: string): Promise<Uint8Array> {
	return new Uint8Array(await readFile(photoPath(photoDir, hash)));
}

async function syncDirectory(dir: string): Promise<void> {
	let handle;
	try {
		handle = await open(dir, 'r');
		await handle.sync();
	} catch {
		// Windows cannot open a directory for fsync; NTFS orders the rename itself.
	} finally {
		await handle?.close();
	}
}
