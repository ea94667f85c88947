import { Dexie, type Table } from 'dexie';
import type { Agency } from '$lib/domain/agency';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { PhotoMeta } from '$lib/domain/evidence';
import type { LocalizedText } from '$lib/domain/localized';
import type { AnyManifest, PhotoProvenance } from '$lib/domain/manifest';
import type { Recommendation } from '$lib/domain/recommendation';
import type { StoredAssignment } from '../assignments/assignmentStore';
import type { ReviewDecision } from '$lib/domain/sync';
import type { SyncStateRecord } from '../sync/syncState';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from './schemaHistory';
import type { DeviceKeyRecord } from '../device/deviceKey';
import { upgradeToV2 } from './upgrades';

/** An inspection as stored: parsed with InspectionSchema when read, never trusted blindly. */
export type StoredInspection = Record<string, unknown> & { id: string };

export interface RecentAgency {
	agencyId: string;
	usedAt: string;
}

/**
 * A photo's record on the device: the shared metadata plus what only the device tracks. Parsed with
 * PhotoMetaSchema when read (the extra fields are the device's own). The provenance fields are absent
 * on photos stored before the phone recorded them (no index, so no new Dexie version).
 */
export type StoredPhoto = PhotoMeta &
	PhotoProvenance & {
		/** When the server confirmed it holds these exact bytes (set by sync); null until then. */
		confirmedAt: string | null;
		/** When the full-size bytes were removed to free space (only ever after confirmation). */
		bytesRemovedAt: string | null;
		/**
		 * The photo's flags in words (taken before the visit, …), as last worded on this device
		 * (refreshPhotoWarnings.ts); absent on photos stored before. Shown beside the photo.
		 */
		warnings?: LocalizedText[];
	};

/** Encoded image bytes. An ArrayBuffer, never a Blob: WebKit has lost Blobs stored in IndexedDB. */
export interface PhotoBytes {
	photoId: string;
	mime: string;
	bytes: ArrayBuffer;
}

/** The sealed record of one finalized revision: written once, never overwritten. */
export interface RevisionRecord {
	inspectionId: string;
	revision: number;
	/** The record (a revision sealed before signing holds the older manifest /1 until it is signed). */
	manifest: AnyManifest;
	/** The exact canonical JSON that was hashed and signed: what sync sends. */
	manifestText: string;
	manifestHash: string;
	sealedAt: string;
	/** The device key's signature of manifestText; absent on revisions sealed before signing. */
	signature?: string;
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
	photos!: Table<StoredPhoto, string>;
	photoBlobs!: Table<PhotoBytes, string>;
	photoThumbs!: Table<PhotoBytes, string>;
	revisions!: Table<RevisionRecord, [string, number]>;
	syncStates!: Table<SyncStateRecord, string>;
	reviews!: Table<ReviewDecision, [string, number]>;
	recommendations!: Table<Recommendation, string>;
	deviceKeys!: Table<DeviceKeyRecord, string>;
	assignments!: Table<StoredAssignment, [string, string]>;

	constructor(name: string = DATABASE_NAME) {
		super(name);
		this.version(1).stores(SCHEMA_V1);
		this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
		this.version(3).stores(SCHEMA_V3);
		this.version(4).stores(SCHEMA_V4);
		this.version(5).stores(SCHEMA_V5);
		this.version(6).stores(SCHEMA_V6);
	}
}

let instance: InspectorDatabase | undefined;

/** The app's database, opened lazily so importing this module has no side effect. */
export function database(): InspectorDatabase {
	if (!instance) {
		// Dexie turns its debug mode on by the page's address alone (localhost, 127.0.0.1): a console
		// task and async stack per table call and promise callback, which tripled the IndexedDB part of
		// a warm start at 4× CPU in the browser tests and benchmarks (served from 127.0.0.1). Phones
		// open the app at its real address, where it is off: the built app matches them everywhere.
		if (!import.meta.env.DEV) Dexie.debug = false;
		instance = new InspectorDatabase();
	}
	return instance;
}
