import { Dexie, type Table } from 'dexie';
import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2 } from './schemaHistory';
import { upgradeToV2 } from './upgrades';

/** An inspection as stored: parsed with InspectionSchema when read, never trusted blindly. */
export type StoredInspection = Record<string, unknown> & { id: string };

export interface RecentAgency {
	agencyId: string;
	usedAt: string;
}

export interface Setting {
	key: string;
	value: unknown;
}

/**
 * The one database on the device. Every inspector change is written here at once; it is the truth
 * the interface reads from and, later, what the sync engine sends.
 */
export class InspectorDatabase extends Dexie {
	inspections!: Table<StoredInspection, string>;
	templates!: Table<ChecklistTemplate, [string, number]>;
	agencies!: Table<Agency, string>;
	settings!: Table<Setting, string>;
	recentAgencies!: Table<RecentAgency, string>;

	constructor(name: string = DATABASE_NAME) {
		super(name);
		this.version(1).stores(SCHEMA_V1);
		this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
	}
}

let instance: InspectorDatabase | undefined;

/** The app's database, opened lazily so importing this module has no side effect. */
export function database(): InspectorDatabase {
	instance ??= new InspectorDatabase();
	return instance;
}
