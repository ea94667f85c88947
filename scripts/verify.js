// `npm run verify [-- --head <sha256> ...]`: re-checks everything the server holds as evidence, against
// the same DATA_DIR or DATABASE_URL as the server (see src/lib/server/ledger/verifyLedger.ts): the
// hash-chained ledger from its first entry, every stored revision, trail event, recommendation,
// device key, conclusion, visit decision and notice, and agency change against its entry, every
// record's signature, and every cited photo's bytes. Names the first thing that fails and exits 1;
// exits 0 when all holds. `--head` checks that a ledger head printed earlier (on a biên bản or a
// conclusion) is in the chain: nothing before it was rewritten.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, process.env.BUILD_OUT ?? 'build', 'operations.js');

if (!existsSync(bundle)) {
	console.error(`${bundle} does not exist. Run \`npm run build\` first: this command uses the built server code.`);
	process.exit(1);
}

const args = process.argv.slice(2);
/** @type {string[]} */
const heads = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--head' && args[i + 1]) heads.push(String(args[++i]).toLowerCase());
	else {
		console.error('Usage: npm run verify [-- --head <sha256> ...]');
		process.exit(2);
	}
}

try {
	/** @type {typeof import('../src/lib/server/seed/operations')} */
	const operations = await import(pathToFileURL(bundle).href);
	const started = Date.now();
	let last = 0;
	const report = await operations.verifyData(heads, (entries) => {
		if (entries - last >= 50_000) {
			last = entries;
			console.log(`  … ${entries} ledger entries`);
		}
	});
	const c = report.checked;
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (report.ok) {
		console.log(`Ledger verified: ${report.entries} entries, head ${report.head ?? '(empty)'} (${seconds} s).`);
		console.log(
			`  ${c.revisions} revisions (${c.signed} signed, ${c.sealedBeforeSigning} sealed before signing), ${c.events} trail events, ` +
				`${c.recommendations} recommendations, ${c.devices} device keys, ${c.conclusions} conclusions, ${c.visitDocuments} visit decisions and notices, ${c.agencyChanges} agency changes, ${c.photos} photos re-hashed.`
		);
	} else {
		const where = report.failure?.seq ? `ledger entry ${report.failure.seq}: ` : '';
		console.error(`VERIFY FAILED at ${where}${report.failure?.message}`);
		process.exitCode = 1;
	}
	for (const [head, found] of Object.entries(report.heads)) {
		console.log(found ? `  printed head ${head}: in the chain` : `  printed head ${head}: NOT in the chain`);
		if (!found) process.exitCode = 1;
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
