import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minimalJpeg } from '../../../../tests/fixtures/minimalImages';
import { jpeg, newUser, T0 } from '../../../../tests/store/fixtures';
import { openSqliteStore } from '../store/sqlite/SqliteStore';
import { photoPath } from '../store/sqlite/photoFiles';
import { backupData, restoreData } from './backupData';

const THUMBNAIL = minimalJpeg(new TextEncoder().encode('nhỏ'), 400);

describe('backup and restore', () => {
	let root: string;
	const env = (dir: string) => ({ DATA_DIR: dir });
	beforeEach(async () => {
		root = await mkdtemp(join(tmpdir(), 'vhcv-backup-test-'));
		const store = openSqliteStore({ file: join(root, 'data', 'vhcv.sqlite'), photoDir: join(root, 'data', 'photos') });
		const an = await store.createUser(newUser('an'), T0);
		const photo = jpeg('niêm yết');
		await store.putPhoto(photo.hash, 'image/jpeg', photo.bytes, T0, an.id);
		await store.putPhotoThumbnail(photo.hash, THUMBNAIL, T0, an.id);
		await store.close();
	});
	afterEach(() => rm(root, { recursive: true, force: true }));

	it('copies the database and every photo, and brings them back into an empty data directory', async () => {
		const report = await backupData(join(root, 'backup'), env(join(root, 'data')), T0);
		expect(report).toMatchObject({ photos: 1, inspections: 0, takenAt: T0.toISOString() });
		const restored = await restoreData(join(root, 'backup'), env(join(root, 'new')));
		expect(restored.photos).toBe(1);
		const store = openSqliteStore({ file: join(root, 'new', 'vhcv.sqlite'), photoDir: join(root, 'new', 'photos') });
		try {
			expect((await store.getUserByUsername('an'))?.username).toBe('an');
			const hash = jpeg('niêm yết').hash;
			expect((await store.getPhoto(hash))?.bytes).toEqual(jpeg('niêm yết').bytes);
			// Its thumbnail came along, beside it.
			expect((await store.getPhotoThumbnail(hash))?.bytes).toEqual(THUMBNAIL);
		} finally {
			await store.close();
		}
	});

	it('refuses a damaged backup whole, a directory that already holds data, and PostgreSQL', async () => {
		await backupData(join(root, 'backup'), env(join(root, 'data')));
		await expect(backupData(join(root, 'backup'), env(join(root, 'data')))).rejects.toThrow(/not empty/);
		const file = photoPath(join(root, 'backup', 'photos'), jpeg('niêm yết').hash);
		const bytes = await readFile(file);
		await writeFile(file, Buffer.concat([bytes, Buffer.from([0])]));
		await expect(restoreData(join(root, 'backup'), env(join(root, 'new')))).rejects.toThrow(/damaged/);
		await writeFile(file, bytes);
		await expect(restoreData(join(root, 'backup'), env(join(root, 'data')))).rejects.toThrow(/already exists/);
		await expect(backupData(join(root, 'pg'), { DATABASE_URL: 'postgres://localhost/x' })).rejects.toThrow(/pg_dump/);
		// A log left in the target by a crashed database would be replayed onto the restored one.
		await writeFile(join(root, 'crashed-wal'), '');
		const { mkdir, rename } = await import('node:fs/promises');
		await mkdir(join(root, 'crashed'), { recursive: true });
		await rename(join(root, 'crashed-wal'), join(root, 'crashed', 'vhcv.sqlite-wal'));
		await expect(restoreData(join(root, 'backup'), env(join(root, 'crashed')))).rejects.toThrow(/vhcv.sqlite-wal already exists/);
	});
});
