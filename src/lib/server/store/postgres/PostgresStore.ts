import { postgresTemplateAdmin } from './templateAdmin';
import type { Store } from '../Store';
import { postgresPlans } from './plans';
import { postgresReview } from './review';
import { postgresCatalog } from './catalog';
import { postgresEvents } from './events';
import { postgresPhotos } from './photos';
import { postgresThumbnails } from './thumbnails';
import { openPool, type PostgresStoreOptions } from './pool';
import { postgresPutSubmissions } from './putSubmissions';
import { postgresRateLimits } from './rateLimits';
import { postgresSecondFactor } from './secondFactor';
import { postgresSessions } from './sessions';
import { postgresSubmissionReads } from './submissionReads';
import { postgresUsers } from './users';
import { postgresDevices } from './devices';
import { postgresLedger } from './ledger';
import { postgresRegister } from './register';
import { postgresConclusions } from './conclusions';

/**
 * The store for several app servers behind a load balancer: every piece of state (sessions, rate
 * limits, photos, the change sequence) is in PostgreSQL and no process keeps any of its own.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
	const pool = await openPool(options);
	return {
		kind: 'postgres',
		async close() {
			await pool.end();
		},
		...postgresUsers(pool),
		...postgresSecondFactor(pool),
		...postgresSessions(pool),
		...postgresRateLimits(pool),
		...postgresCatalog(pool),
		...postgresTemplateAdmin(pool),
		...postgresPutSubmissions(pool, pool.options.max),
		...postgresSubmissionReads(pool),
		...postgresPhotos(pool),
		...postgresThumbnails(pool),
		...postgresEvents(pool),
		...postgresReview(pool),
		...postgresDevices(pool),
		...postgresLedger(pool),
		...postgresPlans(pool),
		...postgresRegister(pool),
		...postgresConclusions(pool)
	};
}
