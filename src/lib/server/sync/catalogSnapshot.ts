import type { Agency } from '$lib/domain/agency';
import { THEMES, type ChecklistTemplate } from '$lib/domain/checklist';
import type { ThemeRecord } from '$lib/domain/theme';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '../store/canonical';
import type { Store } from '../store/Store';

/** The catalog as one app server last read it, with its fingerprint: computed once per catalog version. */
export interface CatalogSnapshot {
	version: number;
	templates: ChecklistTemplate[];
	agencies: Agency[];
	/** Templates an administrator retired: phones offer them for no new inspection. */
	retiredTemplates: string[];
	/** Themes an administrator added (the nine seed themes' names are in the app): phones and statistics name them. */
	addedThemes: ThemeRecord[];
	/** 16 hex digits of SHA-256 over the canonical catalog: what the pull cursor names. */
	fingerprint: string;
	agencyIds: ReadonlySet<string>;
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
	const [templates, agencies, retired, themes] = await Promise.all([store.listTemplates(), store.listAgencies(), store.listRetiredTemplates(), store.listThemes()]);
	const retiredTemplates = retired.map((r) => r.templateId);
	// Adding a theme moves no catalog version, but only a published version can use it, which does.
	const addedThemes = themes.filter((t) => !(THEMES as readonly string[]).includes(t.id));
	return {
		version,
		templates,
		agencies,
		retiredTemplates,
		addedThemes,
		fingerprint: catalogFingerprint(templates, agencies, retiredTemplates, addedThemes),
		agencyIds: new Set(agencies.map((a) => a.id))
	};
}

/** Changes whenever any template or agency does, a template is retired or brought back, or a theme is added. */
export function catalogFingerprint(
	templates: readonly ChecklistTemplate[],
	agencies: readonly Agency[],
	retiredTemplates: readonly string[] = [],
	addedThemes: readonly ThemeRecord[] = []
): string {
	// Without retirements or added themes the fingerprint is the one of before them, so phones do not all reload the catalog.
	const catalog = { templates, agencies, ...(retiredTemplates.length > 0 ? { retiredTemplates } : {}), ...(addedThemes.length > 0 ? { themes: addedThemes } : {}) };
	return sha256Hex(canonicalJson(catalog)).slice(0, 16);
}
