import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceItem, testAgency, testTemplate } from '$lib/testing/checklistFixtures';
import { type PullResponse } from '$lib/domain/sync';
import { PushRequestSchema, type PushRequest, type PushResult } from '$lib/domain/push';
import { followUpPhotoItemId } from '$lib/domain/inspection';
import type { InspectionManifest } from '$lib/domain/manifest';
import { importVerifyKey, verifyText } from '$lib/domain/signature';
import type { PublicKeyJwk } from '$lib/domain/signatureSchemas';
import { saveSignedIn } from '../session/accountStore';
import { InspectorDatabase } from '../db/database';
import { savePhoto } from '../evidence/savePhoto';
import { createInspection } from '../inspections/createInspection';
import { readInspection, saveAnswer, saveDetails, saveFollowUp } from '../inspections/inspectionStore';
import { finalizeWithManifest } from '../inspections/sealInspection';
import { SyncHttpError } from './syncApi';
import { syncOnce } from './syncOnce';

const template = testTemplate('sync-test', [complianceItem('dress.id-card', { photo: true })]);
const agency = testAgency();
const USER = 'inspector-1';

/**
 * A server in memory with the protocol's rules: photos by hash, inspections exactly once by
 * (id, revision, content). `dropNext` makes the next request of a kind fail like a lost connection,
 * either before the server acts or after it acted but before the answer arrived.
 */
class FakeServer {
	photos = new Map<string, number>();
	/** Thumbnail uploads per photo hash. */
	thumbnails = new Map<string, number>();
	inspections = new Map<string, string>();
	requests: string[] = [];
	drop: { path: string; after: boolean } | null = null;
	decisions: PullResponse['decisions'] = [];
	recommendations: NonNullable<PullResponse['recommendations']> = [];
	pushed: PushRequest['items'] = [];
	/** Registered device keys, by id: every pushed record is verified against the one it names. */
	devices = new Map<string, CryptoKey>();
	/** Each push's Content-Encoding and its size on the wire. */
	pushBodies: { encoding: string | null; bytes: number }[] = [];

	fetch: typeof fetch = async (input, init) => {
		const url = new URL(String(input), 'http://device.test');
		const key = `${init?.method ?? 'GET'} ${url.pathname}`;
		this.requests.push(key);
		const dropping = this.drop && url.pathname.startsWith(this.drop.path) ? this.drop : null;
		if (dropping && !dropping.after) {
			this.drop = null;
			throw new TypeError('Failed to fetch');
		}
		const response = await this.#handle(url, init);
		if (dropping?.after) {
			this.drop = null;
			throw new TypeError('Failed to fetch');
		}
		return response;
	};

	async #handle(url: URL, init: RequestInit | undefined): Promise<Response> {
		const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
		if (url.pathname === '/api/devices') {
			const { id, publicKey } = JSON.parse(String(init?.body)) as { id: string; publicKey: PublicKeyJwk };
			this.devices.set(id, await importVerifyKey(publicKey));
			return json({ device: { id } });
		}
		if (url.pathname === '/api/photos/missing') {
			const { hashes } = JSON.parse(String(init?.body)) as { hashes: string[] };
			return json({ missing: hashes.filter((h) => !this.photos.has(h)), missingThumbnails: hashes.filter((h) => this.photos.has(h) && !this.thumbnails.has(h)) });
		}
		if (url.pathname.endsWith('/thumbnail')) {
			const hash = url.pathname.split('/').at(-2) ?? '';
			if (!this.photos.has(hash)) return new Response('not held', { status: 409 });
			this.thumbnails.set(hash, (this.thumbnails.get(hash) ?? 0) + 1);
			return new Response(null, { status: 201 });
		}
		if (url.pathname.startsWith('/api/photos/')) {
			const hash = url.pathname.split('/').at(-1) ?? '';
			const bytes = Buffer.from(init?.body as ArrayBuffer);
			if (createHash('sha256').update(bytes).digest('hex') !== hash) return new Response('mismatch', { status: 400 });
			this.photos.set(hash, (this.photos.get(hash) ?? 0) + 1);
			return new Response(null, { status: 201 });
		}
		if (url.pathname === '/api/sync/push') {
			const encoding = new Headers(init?.headers).get('content-encoding');
			const raw = Buffer.from(init?.body as Uint8Array);
			this.pushBodies.push({ encoding, bytes: raw.byteLength });
			const text = (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
			const request = PushRequestSchema.parse(JSON.parse(text));
			this.pushed.push(...request.items);
			const results: PushResult[] = [];
			for (const item of request.items) {
				const record = JSON.parse(item.manifest) as InspectionManifest;
				const key = `${record.inspectionId}@${record.revision}`;
				const content = item.manifest;
				const base = { id: record.inspectionId, revision: record.revision, missingPhotos: [] as string[] };
				const device = this.devices.get(record.device);
				if (!device || !(await verifyText(device, item.manifest, item.signature))) {
					results.push({ ...base, outcome: 'rejected', receivedAt: null, message: 'bad signature' });
					continue;
				}
				results.push(this.#store(key, content, base, record.photos.map((p) => p.sha256)));
			}
			return json({ results });
		}
		if (url.pathname === '/api/sync/pull') {
			const cursor = Number(url.searchParams.get('cursor') ?? '0');
			return json({
				cursor: String(this.decisions.length),
				templates: [],
				agencies: [],
				decisions: this.decisions.slice(cursor),
				recommendations: this.recommendations
			});
		}
		return new Response('not found', { status: 404 });
	}

	#store(key: string, content: string, base: Pick<PushResult, 'id' | 'revision' | 'missingPhotos'>, hashes: string[]): PushResult {
		const missing = hashes.filter((h) => !this.photos.has(h));
		if (missing.length > 0) return { ...base, outcome: 'missing-photos', receivedAt: null, missingPhotos: missing };
		const existing = this.inspections.get(key);
		if (existing === undefined) {
			this.inspections.set(key, content);
			return { ...base, outcome: 'created', receivedAt: '2026-03-02T05:00:00.000Z' };
		}
		return existing === content ? { ...base, outcome: 'duplicate', receivedAt: '2026-03-02T05:00:00.000Z' } : { ...base, outcome: 'conflict', receivedAt: null };
	}
}

let db: InspectorDatabase;
let name: string;

beforeEach(async () => {
	name = `sync-${Math.random().toString(36).slice(2)}`;
	db = new InspectorDatabase(name);
	// The inspector signed in on this phone: finalize signs with their device key.
	await saveSignedIn({ id: USER, username: 'an', displayName: 'An', role: 'inspector', jurisdiction: null }, db);
});

afterEach(async () => {
	db.close();
	await Dexie.delete(name);
});

/** A finalized inspection with one photo, as the inspector leaves it on the phone. */
async function finalizedWithPhoto(before: (id: string) => Promise<void> = async () => {}): Promise<string> {
	const created = await createInspection(template, agency, { id: USER, name: 'An' }, db);
	await before(created.id);
	await saveAnswer(created.id, 'dress.id-card', { value: 'violation', note: 'Không đeo thẻ' }, db);
	await saveDetails(created.id, { team: created.team, representative: { name: 'Bình', position: '' }, generalNotes: '' }, db);
	const bytes = new Uint8Array([0xff, 0xd8, 0xff, ...randomBytes(2000)]).buffer;
	const sha256 = createHash('sha256').update(Buffer.from(bytes)).digest('hex');
	const at = '2026-03-02T01:45:00.000Z';
	await savePhoto(
		{
			meta: { id: uuidv7(), inspectionId: created.id, itemId: 'dress.id-card', caption: '', mime: 'image/jpeg', sha256, byteLength: bytes.byteLength, width: 1600, height: 1200, capturedAt: at, location: null, addedAt: at },
			image: { mime: 'image/jpeg', bytes },
			thumb: { mime: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]).buffer }
		},
		null,
		db
	);
	const sealed = await finalizeWithManifest(created.id, template, db);
	expect(sealed.ok).toBe(true);
	return created.id;
}

describe('syncOnce', () => {
	it('sends photos the server lacks, then the inspections, and marks them sent and confirmed', async () => {
		const server = new FakeServer();
		const first = await finalizedWithPhoto();
		const second = await finalizedWithPhoto();
		const summary = await syncOnce(USER, () => {}, server.fetch, db);
		expect(summary).toEqual({ sent: 2, conflicts: 0, rejected: 0, waiting: 0 });
		expect(server.inspections.size).toBe(2);
		// One push for both inspections: round trips do not grow with their number.
		expect(server.requests.filter((r) => r === 'POST /api/sync/push')).toHaveLength(1);
		// Gzipped; each item is the signed record itself, as sealed at finalize, signed by this phone's registered key.
		expect(server.pushBodies.map((b) => b.encoding)).toEqual(['gzip']);
		expect(server.devices.size).toBe(1);
		for (const item of server.pushed) {
			const record = JSON.parse(item.manifest) as InspectionManifest;
			const sealed = await db.revisions.get([record.inspectionId, record.revision]);
			expect(item).toEqual({ manifest: sealed?.manifestText, signature: sealed?.signature });
			expect(record.inspector).toEqual({ id: USER, name: 'An' });
		}
		for (const id of [first, second]) {
			const read = await readInspection(id, db);
			expect(read?.ok && read.inspection.status).toBe('sent');
		}
		expect((await db.photos.toArray()).every((p) => p.confirmedAt !== null)).toBe(true);
	});

	it('signs a revision finalized before the app signed records, once, and sends it', async () => {
		const server = new FakeServer();
		const id = await finalizedWithPhoto();
		// As an older version left it: sealed (manifest /1, hash), no signature, no device key yet.
		const sealed = await db.revisions.get([id, 1]);
		if (!sealed) throw new Error('not sealed');
		const legacyText = sealed.manifestText.replace('vhcv-inspection-manifest/3', 'vhcv-inspection-manifest/1');
		const { signature, ...unsigned } = sealed;
		expect(signature).toBeTruthy();
		await db.revisions.put({ ...unsigned, manifestText: legacyText });
		await db.deviceKeys.clear();

		expect(await syncOnce(USER, () => {}, server.fetch, db)).toMatchObject({ sent: 1, rejected: 0 });
		const signed = await db.revisions.get([id, 1]);
		expect(signed?.signature).toBeTruthy();
		expect(signed?.manifestText).toContain('vhcv-inspection-manifest/3');
		expect(server.pushed.map((p) => p.manifest)).toEqual([signed?.manifestText]);
		const read = await readInspection(id, db);
		expect(read?.ok && [read.inspection.status, read.inspection.manifestHash]).toEqual(['sent', signed?.manifestHash]);
	});

	it('recovers from a push whose answer was lost: the retry is a duplicate, stored once', async () => {
		const server = new FakeServer();
		const id = await finalizedWithPhoto();
		server.drop = { path: '/api/sync/push', after: true };
		await expect(syncOnce(USER, () => {}, server.fetch, db)).rejects.toBeInstanceOf(SyncHttpError);
		const stillWaiting = await readInspection(id, db);
		expect(stillWaiting?.ok && stillWaiting.inspection.status).toBe('finalized');

		const summary = await syncOnce(USER, () => {}, server.fetch, db);
		expect(summary.sent).toBe(1);
		expect(server.inspections.size).toBe(1);
		const read = await readInspection(id, db);
		expect(read?.ok && read.inspection.status).toBe('sent');
	});

	it('recovers from a photo upload cut off before the server stored it', async () => {
		const server = new FakeServer();
		await finalizedWithPhoto();
		server.drop = { path: '/api/photos/', after: false };
		await expect(syncOnce(USER, () => {}, server.fetch, db)).rejects.toBeInstanceOf(SyncHttpError);
		expect(server.inspections.size).toBe(0);
		await syncOnce(USER, () => {}, server.fetch, db);
		expect(server.inspections.size).toBe(1);
		expect([...server.photos.values()]).toEqual([1]);
	});

	it("sends each photo's thumbnail right after it, and one lost with the connection at the next run", async () => {
		const server = new FakeServer();
		await finalizedWithPhoto();
		await syncOnce(USER, () => {}, server.fetch, db);
		const [hash] = [...server.photos.keys()];
		expect(server.requests.filter((r) => r.startsWith('PUT'))).toEqual([`PUT /api/photos/${hash}`, `PUT /api/photos/${hash}/thumbnail`]);
		expect([...server.thumbnails.values()]).toEqual([1]);

		// As a run cut between the two leaves it: the server holds the photo, not its thumbnail. The
		// next run sends the thumbnail alone, still with one push.
		const again = new FakeServer();
		// The same server as far as keys go: this phone registered its key there already.
		again.devices = server.devices;
		const id = await finalizedWithPhoto();
		const held = (await db.photos.where('inspectionId').equals(id).first())?.sha256 ?? '';
		again.photos.set(held, 1);
		await syncOnce(USER, () => {}, again.fetch, db);
		expect(again.requests.filter((r) => r.startsWith('PUT'))).toEqual([`PUT /api/photos/${held}/thumbnail`]);
		expect(again.requests.filter((r) => r === 'POST /api/sync/push')).toHaveLength(1);
		expect(again.inspections.size).toBe(1);
	});

	it('goes on when the server refuses a thumbnail: pages show the photo instead', async () => {
		const server = new FakeServer();
		await finalizedWithPhoto();
		const refusing: typeof fetch = async (input, init) =>
			String(input).endsWith('/thumbnail') ? new Response('{"error":{"code":"photo-unsupported"}}', { status: 415 }) : server.fetch(input, init);
		expect((await syncOnce(USER, () => {}, refusing, db)).sent).toBe(1);
	});

	it('keeps a conflicting inspection on the device, marked, and does not resend it', async () => {
		const server = new FakeServer();
		const id = await finalizedWithPhoto();
		const revision = 1;
		server.inspections.set(`${id}@${revision}`, 'something else');
		const summary = await syncOnce(USER, () => {}, server.fetch, db);
		expect(summary.conflicts).toBe(1);
		const state = await db.syncStates.get(id);
		expect(state?.state).toBe('conflict');
		const read = await readInspection(id, db);
		expect(read?.ok && read.inspection.status).toBe('finalized');
		server.requests = [];
		await syncOnce(USER, () => {}, server.fetch, db);
		expect(server.requests).not.toContain('POST /api/sync/push');
	});

	it('sends only the signed-in user’s inspections', async () => {
		const server = new FakeServer();
		await finalizedWithPhoto();
		const summary = await syncOnce('someone-else', () => {}, server.fetch, db);
		expect(summary.sent).toBe(0);
		expect(server.inspections.size).toBe(0);
	});

	it('brings a return decision down and marks the inspection returned, keeping the cursor', async () => {
		const server = new FakeServer();
		const id = await finalizedWithPhoto();
		await syncOnce(USER, () => {}, server.fetch, db);
		server.decisions.push({ inspectionId: id, revision: 1, action: 'returned', comment: 'Bổ sung ảnh rõ hơn', itemComments: { 'dress.id-card': 'Ảnh mờ' }, by: 'Lê Minh Châu', at: '2026-03-03T02:00:00.000Z' });
		await syncOnce(USER, () => {}, server.fetch, db);
		const read = await readInspection(id, db);
		expect(read?.ok && read.inspection.status).toBe('returned');
		expect((await db.reviews.get([id, 1]))?.itemComments['dress.id-card']).toBe('Ảnh mờ');
		expect((await db.settings.get(`syncCursor:${USER}`))?.value).toBe('1');
	});

	it('says unauthorized when the session has expired, and changes nothing', async () => {
		const id = await finalizedWithPhoto();
		const expired: typeof fetch = async () => new Response('{}', { status: 401 });
		await expect(syncOnce(USER, () => {}, expired, db)).rejects.toMatchObject({ kind: 'unauthorized' });
		const read = await readInspection(id, db);
		expect(read?.ok && read.inspection.status).toBe('finalized');
	});

	it('brings open recommendations to the device and sends the follow-up with its evidence photos', async () => {
		const server = new FakeServer();
		server.recommendations = [
			{
				id: 'rec-1',
				inspectionId: 'earlier',
				revision: 1,
				agencyId: agency.id,
				itemId: 'dress.id-card',
				itemText: 'Đeo thẻ',
				what: 'Đeo thẻ công chức khi làm việc',
				deadline: '2026-02-28T16:59:59.000Z',
				status: 'open',
				overdue: true,
				createdAt: '2026-01-29T03:00:00.000Z',
				fixedAt: null,
				fixedInInspectionId: null,
				history: []
			}
		];
		await syncOnce(USER, () => {}, server.fetch, db);
		expect((await db.recommendations.get('rec-1'))?.agencyId).toBe(agency.id);

		await finalizedWithPhoto(async (id) => {
			await saveFollowUp(id, { recommendationId: 'rec-1', fixed: true, note: 'Đã đeo thẻ đầy đủ' }, db);
			const bytes = new Uint8Array([0xff, 0xd8, 0xff, ...randomBytes(500)]).buffer;
			const sha256 = createHash('sha256').update(Buffer.from(bytes)).digest('hex');
			const at = '2026-03-02T01:50:00.000Z';
			await savePhoto(
				{
					meta: { id: uuidv7(), inspectionId: id, itemId: followUpPhotoItemId('rec-1'), caption: 'Thẻ', mime: 'image/jpeg', sha256, byteLength: bytes.byteLength, width: 800, height: 600, capturedAt: at, location: null, addedAt: at },
					image: { mime: 'image/jpeg', bytes },
					thumb: { mime: 'image/jpeg', bytes: new Uint8Array([1]).buffer }
				},
				null,
				db
			);
		});
		server.recommendations = [];
		await syncOnce(USER, () => {}, server.fetch, db);
		const pushed = JSON.parse(server.pushed.at(-1)?.manifest ?? '{}') as InspectionManifest;
		// Inside the signed record: the follow-up and its evidence photo.
		expect(pushed.followUps).toEqual([{ recommendationId: 'rec-1', fixed: true, note: 'Đã đeo thẻ đầy đủ' }]);
		expect(pushed.photos.filter((p) => p.itemId === followUpPhotoItemId('rec-1'))).toHaveLength(1);
		// The server's current set is empty now: the device copy follows it.
		expect(await db.recommendations.count()).toBe(0);
	});
});
