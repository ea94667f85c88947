import type { Config } from '../config';
import type { Store } from '../store/Store';
import { createDemoAccounts, type DemoLogin } from './demoAccounts';
import { seedCatalog, type CatalogSeedReport } from './seedCatalog';

export interface SeedReport extends CatalogSeedReport {
	/** Filled only when demo accounts were created just now (demo mode, no accounts yet). */
	demoLogins: DemoLogin[];
}

/**
 * Everything a fresh or upgraded store needs before serving; safe to run at every start and from
 * several processes (each step is idempotent).
 */
export async function seedStore(store: Store, config: Pick<Config, 'demoMode' | 'demoPassword'>, now = new Date()): Promise<SeedReport> {
	const catalog = await seedCatalog(store, now);
	const demoLogins =
		config.demoMode && (await store.countUsers()) === 0 ? await createDemoAccounts(store, now, { password: config.demoPassword }) : [];
	return { ...catalog, demoLogins };
}
