import type { Agency } from '$lib/domain/agency';
import { todaysAgencyId } from '$lib/domain/agencyHistory';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { ThemeRecord } from '$lib/domain/theme';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '../store/canonical';
import type { Store } from '../store/Store';
import { catalogParts, rememberCatalog, type CatalogParts } from './catalogHistory';

/** The catalog as one app server last read it, with its fingerprint: computed once per catalog version. */
export interface CatalogSnapshot {
	version: number;
	templates: ChecklistTemplate[];
	agencies: Agency[];
	/** Templates an administrator retired: phones offer them for no new inspection. */
	retiredTemplates: string[];
	/** Every theme with its name (the nine seeded and any an administrator added): phones and statistics name themes from it. */
	themes: ThemeRecord[];
	/** 16 hex digits of SHA-256 over the canonical catalog: what the pull cursor names. */
	fingerprint: string;
	agencyIds: ReadonlySet<string>;
	/** Per-agency and template hashes, for pulls that send only the agencies changed (catalogHistory.ts). */
	parts: CatalogParts;
	/** Each merged or split agency → the agency that carries it on today. */
	successorOf: ReadonlyMap<string, string>;
}

const snapshots = new WeakMap<Store, Promise<CatalogSnapshot>>();

/**
 * The current catalog for a pull. Every pull reads only the catalog's version (one row, bumped by
 * triggers on any agency or template write, from any app server); the lists are read and hashed
 * again only when it moved. Version before lists: a change in between leaves a snapshot newer than
 * its version, which the next call reloads; never an older one kept as current.
 */
export async function catalogSnapshot(store: Store): Promise<CatalogSnapshot> {
	const version = await store.catalogVersion();
	const cached = snapshots.get(store);
	if (cached) {
		const snapshot = await cached.catch(() => null);
		// A newer snapshot than the version just read (another call loaded it meanwhile) is no older: keep it.
		if (snapshot && snapshot.version >= version) return snapshot;
	}
	const loading = load(store, version);
	snapshots.set(store, loading);
	loading.catch(() => {
		if (snapshots.get(store) === loading) snapshots.delete(store);
	});
	return loading;
}

/**
 * Runs `work` on the current catalog without waiting for the version read first: with the snapshot
 * this server last loaded, while the version is read alongside. When the version has moved, the
 * result is thrown away and `work` runs again on the new snapshot, so nothing is ever answered from
 * an old catalog; a review read then costs one round trip less (four sequential ones were the
 * queue's p95 during a sync burst on PostgreSQL). `work` must only read.
 */
export async function withCatalogSnapshot<T>(store: Store, work: (snapshot: CatalogSnapshot) => Promise<T>): Promise<T> {
	const known = await (snapshots.get(store)?.catch(() => null) ?? null);
	if (!known) return work(await catalogSnapshot(store));
	// Settled either way, so a failure of a run that is thrown away is never an unhandled rejection.
	const onKnown = work(known).then(
		(value) => ({ value }),
		(error: unknown) => ({ error })
	);
	const current = await catalogSnapshot(store);
	// Moved: the new catalog's run starts at once; the old one's answer is never used.
	if (current !== known) return work(current);
	const result = await onKnown;
	if ('error' in result) throw result.error;
	return result.value;
}

async function load(store: Store, version: number): Promise<CatalogSnapshot> {
	const [templates, agencies, retired, themes] = await Promise.all([store.listTemplates(), store.listAgencies(), store.listRetiredTemplates(), store.listThemes()]);
	const retiredTemplates = retired.map((r) => r.templateId);
	const fingerprint = catalogFingerprint(templates, agencies, retiredTemplates, themes);
	const parts = catalogParts(templates, retiredTemplates, agencies, themes);
	rememberCatalog(store, fingerprint, parts);
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const successorOf = new Map(agencies.filter((a) => a.successorId !== undefined).map((a) => [a.id, todaysAgencyId(byId, a.id)]));
	// Adding a theme moves no catalog version, but only a published version can use it, which does.
	return { version, templates, agencies, retiredTemplates, themes, fingerprint, agencyIds: new Set(byId.keys()), parts, successorOf };
}

/**
 * Changes whenever any template or agency does, a template is retired or brought back, or a theme is
 * added. Themes joined the catalog after retirements: every phone reloads the catalog once to get
 * their names (its pages name themes from the data), then only when something changes.
 */
export function catalogFingerprint(
	templates: readonly ChecklistTemplate[],
	agencies: readonly Agency[],
	retiredTemplates: readonly string[] = [],
	themes: readonly ThemeRecord[] = []
): string {
	// Without retirements the catalog hashes as before them (phones did not all reload the catalog for them).
	const catalog = { templates, agencies, ...(retiredTemplates.length > 0 ? { retiredTemplates } : {}), ...(themes.length > 0 ? { themes } : {}) };
	return sha256Hex(canonicalJson(catalog)).slice(0, 16);
}
