import type { Agency } from '$lib/domain/agency';
import { todaysAgencyId } from '$lib/domain/agencyHistory';
import type { ChecklistTemplate } from '$lib/domain/checklist';
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
		if (snapshot && snapshot.version === version) return snapshot;
	}
	const loading = load(store, version);
	snapshots.set(store, loading);
	loading.catch(() => {
		if (snapshots.get(store) === loading) snapshots.delete(store);
	});
	return loading;
}

async function load(store: Store, version: number): Promise<CatalogSnapshot> {
	const [templates, agencies, retired] = await Promise.all([store.listTemplates(), store.listAgencies(), store.listRetiredTemplates()]);
	const retiredTemplates = retired.map((r) => r.templateId);
	const fingerprint = catalogFingerprint(templates, agencies, retiredTemplates);
	const parts = catalogParts(templates, retiredTemplates, agencies);
	rememberCatalog(store, fingerprint, parts);
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const successorOf = new Map(agencies.filter((a) => a.successorId !== undefined).map((a) => [a.id, todaysAgencyId(byId, a.id)]));
	return { version, templates, agencies, retiredTemplates, fingerprint, agencyIds: new Set(byId.keys()), parts, successorOf };
}

/** Changes whenever any template or agency does, or a template is retired or brought back. */
export function catalogFingerprint(templates: readonly ChecklistTemplate[], agencies: readonly Agency[], retiredTemplates: readonly string[] = []): string {
	// Without retirements the fingerprint is the one of before them, so phones do not all reload the catalog.
	return sha256Hex(canonicalJson(retiredTemplates.length > 0 ? { templates, agencies, retiredTemplates } : { templates, agencies })).slice(0, 16);
}
