// `npm run backup -- DIR`: an online copy of this install's data (SQLite database and photos) into DIR,
// while the server runs and phones send. `npm run restore -- DIR` brings it back into DATA_DIR.
// Both run build/operations.js (see scripts/user.js), against the same DATA_DIR as the server.
// With DATABASE_URL (PostgreSQL) they refuse and point to pg_dump: see README, "Backups".
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, process.env.BUILD_OUT ?? 'build', 'operations.js');
const [command, dir] = process.argv.slice(2);

if (!existsSync(bundle)) {
	console.error(`${bundle} does not exist. Run \`npm run build\` first: this command uses the built server code.`);
	process.exit(1);
}
if ((command !== 'backup' && command !== 'restore') || !dir) {
	console.error('Usage: npm run backup -- <directory>   |   npm run restore -- <directory>');
	process.exit(2);
}

try {
	/** @type {typeof import('../src/lib/server/seed/operations')} */
	const operations = await import(pathToFileURL(bundle).href);
	const report = command === 'backup' ? await operations.backupData(resolve(dir)) : await operations.restoreData(resolve(dir));
	const mb = (report.bytes / 1e6).toFixed(1);
	console.log(
		command === 'backup'
			? `Backed up ${report.inspections} inspections and ${report.photos} photos (${mb} MB) into ${dir}, as of ${report.takenAt}.`
			: `Restored ${report.inspections} inspections and ${report.photos} photos (${mb} MB) from ${dir} (taken ${report.takenAt}) into DATA_DIR. Start the server.`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
