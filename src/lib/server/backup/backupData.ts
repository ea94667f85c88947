import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../config';
import { photoPath, thumbnailPath } from '../store/sqlite/photoFiles';

/*
 * Backup and restore of an SQLite install (DATA_DIR: vhcv.sqlite and photos/), online: the server
 * may run and phones may push meanwhile.
 *
 * Consistency: the database is copied first, through SQLite's online backup API (one consistent
 * snapshot, taken page by page while writers go on; better-sqlite3 restarts the copy if a write
 * lands in between). Then the photo files are copied. A photo's file is durable before its row
 * exists, and a record is stored only once its photos are, and photos are never deleted: so every
 * photo the snapshot names is already on disk when the files are copied. An inspection acknowledged
 * after the backup started is either in the snapshot with all its photos, or not in it at all.
 * A manifest lists every file with its SHA-256, so a restore can check what it brings back.
 */

const MANIFEST = 'backup.json';
const DATABASE = 'vhcv.sqlite';

export interface BackupReport {
	dir: string;
	photos: number;
	bytes: number;
	inspections: number;
	takenAt: string;
}

interface BackupManifest {
	format: 'vhcv-backup/1';
	takenAt: string;
	database: { file: string; sha256: string; bytes: number };
	photos: number;
	inspections: number;
}

function sqliteOnly(env: Readonly<Record<string, string | undefined>>): { file: string; photoDir: string; dataDir: string } {
	const config = loadConfig(env);
	if (config.database.kind !== 'sqlite') {
		throw new Error(
			'DATABASE_URL is set: back up PostgreSQL with its own tools (pg_dump --format=custom, or a base backup with WAL archiving; see README "Backups"). Photos are in the database there.'
		);
	}
	return { file: config.database.file, photoDir: config.database.photoDir, dataDir: config.dataDir };
}

async function sha256File(path: string): Promise<string> {
	return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** Copies the configured SQLite install into `dir` (new or empty), online. */
export async function backupData(dir: string, env: Readonly<Record<string, string | undefined>> = process.env, now = new Date()): Promise<BackupReport> {
	const source = sqliteOnly(env);
	if (!existsSync(source.file)) throw new Error(`No database at ${source.file}: nothing to back up (is DATA_DIR right?)`);
	await mkdir(dir, { recursive: true });
	if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty: a backup goes into a new or empty directory`);

	const db = new Database(source.file, { readonly: true, fileMustExist: true });
	const target = join(dir, DATABASE);
	try {
		// After the first step, the rest in one: a step holds the source's read lock, so writers never
		// change it mid-step, and there is no window for a write to restart the copy again and again.
		await db.backup(target, { progress: ({ totalPages }) => Math.max(100, totalPages) });
	} finally {
		db.close();
	}
	// What the snapshot holds: its photos and inspections, read from the copy itself.
	const copy = new Database(target, { readonly: true });
	let hashes: string[];
	let inspections: number;
	let thumbnails: string[];
	try {
		hashes = copy.prepare('SELECT hash FROM photos ORDER BY hash').pluck().all() as string[];
		inspections = copy.prepare('SELECT count(DISTINCT inspection_id) FROM submissions').pluck().get() as number;
		thumbnails = thumbnailHashes(copy);
	} finally {
		copy.close();
	}
	let bytes = (await stat(target)).size;
	for (const hash of hashes) {
		const from = photoPath(source.photoDir, hash);
		const to = photoPath(join(dir, 'photos'), hash);
		await mkdir(dirname(to), { recursive: true });
		await copyFile(from, to);
		bytes += (await stat(to)).size;
	}
	bytes += await copyThumbnails(thumbnails, source.photoDir, join(dir, 'photos'));
	const manifest: BackupManifest = {
		format: 'vhcv-backup/1',
		takenAt: now.toISOString(),
		database: { file: DATABASE, sha256: await sha256File(target), bytes: (await stat(target)).size },
		photos: hashes.length,
		inspections
	};
	await writeFile(join(dir, MANIFEST), JSON.stringify(manifest, null, '\t') + '\n');
	return { dir, photos: hashes.length, bytes, inspections, takenAt: manifest.takenAt };
}

/**
 * Brings a backup back as the configured DATA_DIR, which must not hold a database yet (stop the
 * server and move the old one aside first). Checks the database's hash, its integrity, and every
 * photo's bytes against its name before anything is put in place; a damaged backup is refused whole.
 */
export async function restoreData(dir: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<BackupReport> {
	const target = sqliteOnly(env);
	const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as BackupManifest;
	if (manifest.format !== 'vhcv-backup/1') throw new Error(`${dir} is not a backup made by npm run backup`);
	for (const file of [target.file, `${target.file}-wal`, `${target.file}-shm`, `${target.file}-journal`]) {
		// A log left by the old database would be replayed onto the restored one.
		if (existsSync(file)) throw new Error(`${file} already exists: stop the server and move the data directory aside before restoring into it`);
	}
	// The backup's own name for its database is not trusted as a path.
	const database = join(dir, DATABASE);
	if ((await sha256File(database)) !== manifest.database.sha256) throw new Error('The backup database does not match its recorded SHA-256: the backup is damaged');
	const db = new Database(database, { readonly: true });
	let hashes: string[];
	let thumbnails: string[];
	try {
		const check = db.pragma('integrity_check', { simple: true });
		if (check !== 'ok') throw new Error(`The backup database fails SQLite's integrity check: ${String(check)}`);
		hashes = db.prepare('SELECT hash FROM photos ORDER BY hash').pluck().all() as string[];
		thumbnails = thumbnailHashes(db);
	} finally {
		db.close();
	}
	for (const hash of hashes) {
		const file = photoPath(join(dir, 'photos'), hash);
		if (!existsSync(file)) throw new Error(`The backup lacks the photo ${hash}`);
		if ((await sha256File(file)) !== hash) throw new Error(`The backup's photo ${hash} is damaged (its bytes do not match its name)`);
	}
	// Into place: the photos first, the database last under a temporary name, renamed when complete.
	let bytes = 0;
	for (const hash of hashes) {
		const to = photoPath(target.photoDir, hash);
		await mkdir(dirname(to), { recursive: true });
		await copyFile(photoPath(join(dir, 'photos'), hash), to);
		bytes += (await stat(to)).size;
	}
	bytes += await copyThumbnails(thumbnails, join(dir, 'photos'), target.photoDir);
	await mkdir(dirname(target.file), { recursive: true });
	const partial = `${target.file}.restoring`;
	await rm(partial, { force: true });
	await copyFile(database, partial);
	await rename(partial, target.file);
	bytes += (await stat(target.file)).size;
	return { dir: relative(process.cwd(), target.dataDir) || '.', photos: hashes.length, bytes, inspections: manifest.inspections, takenAt: manifest.takenAt };
}

/** Photos with a thumbnail (schema 7 on); a database from before has none. */
function thumbnailHashes(db: Database.Database): string[] {
	const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photo_thumbnails'").get();
	return table ? (db.prepare('SELECT photo_hash FROM photo_thumbnails ORDER BY photo_hash').pluck().all() as string[]) : [];
}

/**
 * Thumbnails beside their photos. One that is not there is skipped rather than failing the copy:
 * it can be made again from the photo, and pages show the photo instead (readThumbnailFile).
 */
async function copyThumbnails(hashes: readonly string[], fromDir: string, toDir: string): Promise<number> {
	let bytes = 0;
	for (const hash of hashes) {
		const from = thumbnailPath(fromDir, hash);
		if (!existsSync(from)) continue;
		const to = thumbnailPath(toDir, hash);
		await mkdir(dirname(to), { recursive: true });
		await copyFile(from, to);
		bytes += (await stat(to)).size;
	}
	return bytes;
}
