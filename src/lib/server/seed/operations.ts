/**
 * The entry point of build/operations.js: what Node scripts outside the SvelteKit server run, compiled
 * with the app so they need no TypeScript tooling on a real install (see scripts/operationsBundle.js).
 *   npm run user  → runUserCommand
 *   npm start     → prepareStore before the server starts, printing demo logins once
 */
import { loadConfig } from '../config';
import { openStore } from '../store/openStore';
import { formatDemoLogins } from './demoAccounts';
import { seedStore, type SeedReport } from './seedStore';

export { runUserCommand, USER_COMMAND_HELP, type CommandIO } from '../auth/userCommand';
export { formatDemoLogins };

/** Migrates and seeds the configured store, then closes it; returns what was added. */
export async function prepareStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<SeedReport> {
	const config = loadConfig(env);
	const store = await openStore(config);
	try {
		return await seedStore(store, config, new Date(), { history: true });
	} finally {
		await store.close();
	}
}

// npm run verify (scripts/verify.js): the whole evidence ledger, every signature and every photo.
export async function verifyData(
	heads: readonly string[],
	onProgress: (entries: number) => void,
	env: Readonly<Record<string, string | undefined>> = process.env
): Promise<import('../ledger/verifyLedger').VerifyReport> {
	const { verifyLedger } = await import('../ledger/verifyLedger');
	const store = await openStore(loadConfig(env));
	try {
		return await verifyLedger(store, { heads, onProgress });
	} finally {
		await store.close();
	}
}

// npm run backup / npm run restore (scripts/backup.js).
export { backupData, restoreData } from '../backup/backupData';

// For the ingest benchmark (bench/ingest.js): it seals inspections with the very code a phone uses.
export { buildManifest, manifestText } from '$lib/domain/manifest';

// For the review benchmark (bench/review.js): the store, the history generator and the very reads
// the review endpoints call, so it measures the server's code and not a copy of it.
export { openSqliteStore } from '../store/sqlite/SqliteStore';
export { reviewQueue } from '../review/reviewQueue';
export { readInspection } from '../inspections/readInspection';
export { readMapPoints, readStats } from '../stats/readStats';
export { periodicReport } from '../reports/periodicReport';
export { encodeMapMarkers } from '$lib/domain/mapWire';
// For the export benchmark (bench/export.js): the very function the export endpoint calls.
export { exportFile } from '../export/exportFile';
export { openPostgresStore } from '../store/postgres/PostgresStore';
export { recommendationsFromApproval } from '../followUp/recommendationsFromApproval';
// For the pull benchmark (bench/pull.js): the very functions the pull endpoint calls.
export { pullChanges } from '../sync/pullChanges';
export { parsePullCursor } from '../sync/pullCursor';
export { parsePullFollow } from '$lib/domain/pullFollow';
export { publishedTemplates } from '$lib/content/templates';
export { demoAgencies } from '$lib/content/agencies';
export { historyInspection } from './historyInspection';
export { registerSeedSigner } from './seedSigner';
// For the signing benchmark (bench/signing.js): the phone's hash and signature, the server's read and verify.
export { sha256Hex } from '$lib/domain/sha256';
export { importVerifyKey, signText, verifyText } from '$lib/domain/signature';
export { readRecord } from '../sync/signedRecord';
export { verifyWithDevice } from '../sync/deviceSignatures';

// For the search benchmark (bench/search.js): the phone's agency search and the realistic queries the tests hold it to.
export { searchAgencies } from '$lib/domain/agencySearch';
export { AGENCY_QUERIES } from '../../../../tests/fixtures/agencyQueries';
export { prng, seededUuid } from './prng';
