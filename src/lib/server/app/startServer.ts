import { loadConfig } from '../config';
import { formatDemoLogins } from '../seed/demoAccounts';
import { seedStore } from '../seed/seedStore';
import { openStore } from '../store/openStore';
import { setRuntime } from './runtime';
import '../http/zodLocale';

/** Expired sessions are refused on sight anyway; the sweep only keeps the table small. */
const SESSION_SWEEP_MS = 6 * 60 * 60 * 1000;

/**
 * What the `init` hook does once per process: check the environment, open and migrate the store,
 * seed the catalog (safe at every start and from several servers at once), and sweep expired
 * sessions now and then. Demo logins are printed only when this start created them, which happens
 * when `node build` runs on an empty store without `npm start` (that prints them itself).
 */
export async function startServer(env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
	const config = loadConfig(env);
	const store = await openStore(config);
	const report = await seedStore(store, config);
	if (report.demoLogins.length > 0) console.log(formatDemoLogins(report.demoLogins));
	if (report.templatesDeferred) console.log(`Shipped checklist versions not published (an administrator's template): ${report.templatesDeferred.join(', ')}`);
	setRuntime({ store, config });

	const sweep = () => {
		store.deleteExpiredSessions(new Date()).catch((error: unknown) => console.error('Could not delete expired sessions:', error));
	};
	sweep();
	const timer = setInterval(sweep, SESSION_SWEEP_MS);
	// The sweep must not keep a stopping process alive.
	timer.unref();

	// adapter-node emits this after the last open request has finished (SIGTERM / SIGINT).
	process.once('sveltekit:shutdown', () => {
		clearInterval(timer);
		setRuntime(null);
		store.close().catch((error: unknown) => console.error('Could not close the store:', error));
	});
}
