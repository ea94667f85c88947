import type { Config } from '../config';
import type { Store } from '../store/Store';
import { createDemoAccounts, type DemoLogin } from './demoAccounts';
import { seedHistory } from './seedHistory';
import { seedCatalog, type CatalogSeedReport } from './seedCatalog';

export interface SeedReport extends CatalogSeedReport {
	/** Filled only when demo accounts were created just now (demo mode, no accounts yet). */
	demoLogins: DemoLogin[];
	/** Past inspections added as demo history (`npm start` on an empty store in demo mode). */
	historyAdded?: number;
}

/**
 * Everything a fresh or upgraded store needs before serving; safe to run at every start and from
 * several processes (each step is idempotent).
 */
export async function seedStore(
	store: Store,
	config: Pick<Config, 'demoMode' | 'demoPassword'>,
	now = new Date(),
	/**
	 * history: also seed six months of past inspections when this start created the demo accounts
	 * (an empty store). `npm start` asks for it; a bare `node build` (and so the browser tests) does not.
	 */
	options: { history?: boolean } = {}
): Promise<SeedReport> {
	const catalog = await seedCatalog(store, now);
	const demoLogins =
		config.demoMode && (await store.countUsers()) === 0 ? await createDemoAccounts(store, now, { password: config.demoPassword }) : [];
	if (options.history && config.demoMode && demoLogins.length > 0) return { ...catalog, demoLogins, historyAdded: await seedHistory(store, now) };
	return { ...catalog, demoLogins };
}
