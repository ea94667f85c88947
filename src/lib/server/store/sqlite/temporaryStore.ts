import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../Store';
import { openSqliteStore } from './SqliteStore';

/** A throwaway SQLite store in a temporary directory, for unit tests of what sits on top of a store. */
export async function temporaryStore(): Promise<{ store: Store; dataDir: string; dispose: () => Promise<void> }> {
	const dataDir = await mkdtemp(join(tmpdir(), 'vhcv-auth-'));
	const store = openSqliteStore({ file: join(dataDir, 'vhcv.sqlite'), photoDir: join(dataDir, 'photos') });
	return {
		store,
		dataDir,
		dispose: async () => {
			await store.close();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}
