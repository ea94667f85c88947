import type { Config } from '../config';
import type { Store } from '../store/Store';

/**
 * The one store and configuration of this server process, opened by the `init` hook before the
 * first request. Endpoints read them through these functions instead of opening their own.
 */
interface Runtime {
	store: Store;
	config: Config;
}

let current: Runtime | null = null;

export function setRuntime(runtime: Runtime | null): void {
	current = runtime;
}

function runtime(): Runtime {
	if (!current) throw new Error('The server store is not open yet (the init hook has not run)');
	return current;
}

export function appStore(): Store {
	return runtime().store;
}

export function appConfig(): Config {
	return runtime().config;
}
