import { canonicalJson } from '$lib/domain/canonicalJson';
import { MANIFEST_FORMAT, type InspectionManifest } from '$lib/domain/manifest';
import { sha256Hex } from '../store/canonical';
import { detectPhotoMime } from '../store/photoCheck';
import type { DeviceKey } from '../store/devices/deviceRecords';
import { agencyChangeStateHash, entryHash, eventStateHash, GENESIS_HASH, recommendationStateHash, visitDocumentRecordHash, type LedgerBody } from '../store/ledger/ledgerEntries';
import type { ReviewEvent } from '../store/records';
import type { Store } from '../store/Store';
import { checkSignatureAsOf } from '../sync/deviceSignatures';
import { storedRecord } from '../sync/storedContent';

/**
 * Re-checks everything the server holds as evidence, and names the first thing that fails:
 *  1. the ledger: every entry's hash and the chain of previous hashes, from the first entry;
 *  2. every stored revision against its entry (content hash), its record's own hash, and its
 *     signature against the device key the ledger says was registered for the inspector;
 *  3. every trail event and every recommendation against its latest entry, every device key too,
 *     every agency change against its entry and every changed agency against its latest change,
 *     every issued visit decision and notice against its entry (its text against its hash);
 *  4. that nothing is stored outside the ledger (counts);
 *  5. every photo a record cites: its bytes still hash to its name, are of the type stored with them
 *     (JPEG, PNG or WebP, by their first bytes), and that type is the one the signed record names.
 * A head printed earlier (on a biên bản or a conclusion) can be checked to be in the chain: then
 * nothing before it was rewritten.
 */
export interface VerifyReport {
	ok: boolean;
	entries: number;
	head: string | null;
	checked: { revisions: number; signed: number; sealedBeforeSigning: number; events: number; recommendations: number; devices: number; photos: number; conclusions: number; visitDocuments: number; agencyChanges: number };
	/** The first failure found, in words, with the ledger entry it concerns when there is one. */
	failure: { seq: number | null; message: string } | null;
	/** Whether each head asked about is in the chain. */
	heads: Record<string, boolean>;
}

const PAGE = 1000;

class Failure extends Error {
	constructor(
		readonly seq: number | null,
		message: string
	) {
		super(message);
	}
}

/** How many times the row checks run when entries keep arriving meanwhile (see verifyLedger). */
const ROW_CHECK_ROUNDS = 5;

const emptyCounts = (): VerifyReport['checked'] => ({ revisions: 0, signed: 0, sealedBeforeSigning: 0, events: 0, recommendations: 0, devices: 0, photos: 0, conclusions: 0, visitDocuments: 0, agencyChanges: 0 });

export async function verifyLedger(store: Store, options: { heads?: readonly string[]; onProgress?: (entries: number) => void } = {}): Promise<VerifyReport> {
	const checked = emptyCounts();
	const heads = Object.fromEntries((options.heads ?? []).map((h) => [h, false]));
	let entries = 0;
	let head: string | null = null;
	const progress = (n: number) => {
		entries = n;
		options.onProgress?.(n);
	};
	try {
		let state = await walkChain(store, heads, progress);
		head = state.head;
		// The server keeps working while this runs: a row stored after the walk reached the end has its
		// entry after that end (a row and its entry commit together). So a row check that fails is
		// repeated after walking on from there, and only a failure with nothing new in the ledger, or
		// one that outlasts a few rounds, is reported.
		for (let round = 1; ; round++) {
			try {
				Object.assign(checked, emptyCounts());
				await checkRows(store, state, checked);
				break;
			} catch (error) {
				const end = state.seq;
				if (!(error instanceof Failure) || round >= ROW_CHECK_ROUNDS) throw error;
				state = await walkChain(store, heads, progress, state);
				head = state.head;
				if (state.seq === end) throw error;
			}
		}
		return { ok: true, entries, head, checked, failure: null, heads };
	} catch (error) {
		if (!(error instanceof Failure)) throw error;
		return { ok: false, entries, head, checked, failure: { seq: error.seq, message: error.message }, heads };
	}
}

interface ChainState {
	head: string | null;
	/** The last entry walked (0: none) and its hash: where a later walk goes on from. */
	seq: number;
	prevHash: string;
	revisions: Map<string, { seq: number; contentHash: string; inspectorId: string }>;
	events: Map<number, { seq: number; eventHash: string; inspectionId: string }>;
	recommendations: Map<string, { seq: number; stateHash: string }>;
	devices: Map<string, { seq: number; publicKeyHash: string; userId: string; revoked: boolean }>;
	conclusions: Map<string, { seq: number; documentHash: string; records: string[] }>;
	visitDocuments: Map<string, { seq: number; symbol: string; documentHash: string | null; recordHash: string }>;
	agencyChanges: Map<number, { seq: number; stateHash: string; agencyId: string }>;
}

async function walkChain(store: Store, heads: Record<string, boolean>, progress: (entries: number) => void, from?: ChainState): Promise<ChainState> {
	const state: ChainState = from ?? {
		head: null,
		seq: 0,
		prevHash: GENESIS_HASH,
		revisions: new Map(),
		events: new Map(),
		recommendations: new Map(),
		devices: new Map(),
		conclusions: new Map(),
		visitDocuments: new Map(),
		agencyChanges: new Map()
	};
	let prevHash = state.prevHash;
	let seq = state.seq;
	for (;;) {
		const page = await store.readLedger(seq, PAGE);
		for (const entry of page) {
			if (entry.seq !== seq + 1) throw new Failure(entry.seq, `Sổ cái thiếu mục ${seq + 1} (mục tiếp theo là ${entry.seq}).`);
			if (entry.prevHash !== prevHash) throw new Failure(entry.seq, `Mục ${entry.seq} không nối với mục trước (mã băm mục trước không khớp).`);
			if (entry.hash !== entryHash(entry.prevHash, entry.body)) throw new Failure(entry.seq, `Mục ${entry.seq} đã bị sửa (mã băm không khớp với nội dung).`);
			let body: LedgerBody & { seq: number; at: string };
			try {
				body = JSON.parse(entry.body) as LedgerBody & { seq: number; at: string };
			} catch {
				throw new Failure(entry.seq, `Mục ${entry.seq} không đọc được.`);
			}
			if (body.seq !== entry.seq || body.at !== entry.at) throw new Failure(entry.seq, `Mục ${entry.seq} ghi số thứ tự hoặc thời điểm khác với nội dung đã băm.`);
			record(state, body, entry.seq);
			if (entry.hash in heads) heads[entry.hash] = true;
			prevHash = entry.hash;
			seq = entry.seq;
		}
		progress(seq);
		if (page.length < PAGE) break;
	}
	state.head = seq === 0 ? null : prevHash;
	state.seq = seq;
	state.prevHash = prevHash;
	return state;
}

function record(state: ChainState, body: LedgerBody, seq: number): void {
	switch (body.kind) {
		case 'revision': {
			const key = `${body.inspectionId}@${body.revision}`;
			if (state.revisions.has(key)) throw new Failure(seq, `Lần gửi ${body.revision} của biên bản ${body.inspectionId} được ghi hai lần vào sổ cái.`);
			state.revisions.set(key, { seq, contentHash: body.contentHash, inspectorId: body.inspectorId });
			return;
		}
		case 'event':
			state.events.set(body.eventId, { seq, eventHash: body.eventHash, inspectionId: body.inspectionId });
			return;
		case 'recommendation':
			state.recommendations.set(body.recommendationId, { seq, stateHash: body.stateHash });
			return;
		case 'device': {
			const known = state.devices.get(body.deviceId);
			if (body.change === 'registered' && known) throw new Failure(seq, `Khoá thiết bị ${body.deviceId} được đăng ký hai lần.`);
			if (body.change === 'revoked' && !known) throw new Failure(seq, `Khoá thiết bị ${body.deviceId} bị thu hồi trước khi được đăng ký.`);
			state.devices.set(body.deviceId, { seq: known?.seq ?? seq, publicKeyHash: body.publicKeyHash, userId: body.userId, revoked: body.change === 'revoked' });
			return;
		}
		case 'conclusion':
			if (state.conclusions.has(body.conclusionId)) throw new Failure(seq, `Kết luận ${body.symbol} được ghi hai lần vào sổ cái.`);
			state.conclusions.set(body.conclusionId, { seq, documentHash: body.documentHash, records: body.records });
			return;
		case 'visitDocument':
			if (state.visitDocuments.has(body.documentId)) throw new Failure(seq, `Văn bản ${body.symbol} của cuộc kiểm tra được ghi hai lần vào sổ cái.`);
			state.visitDocuments.set(body.documentId, { seq, symbol: body.symbol, documentHash: body.documentHash, recordHash: body.recordHash });
			return;
		case 'agency':
			if (state.agencyChanges.has(body.changeId)) throw new Failure(seq, `Thay đổi cơ quan số ${body.changeId} được ghi hai lần vào sổ cái.`);
			state.agencyChanges.set(body.changeId, { seq, stateHash: body.stateHash, agencyId: body.agencyId });
			return;
		default:
			throw new Failure(seq, `Mục ${seq} có loại không biết.`);
	}
}

async function checkRows(store: Store, state: ChainState, checked: VerifyReport['checked']): Promise<void> {
	const devices = new Map<string, DeviceKey>();
	for (const [id, logged] of state.devices) {
		const device = await store.getDevice(id);
		if (!device) throw new Failure(logged.seq, `Khoá thiết bị ${id} có trong sổ cái nhưng không còn trên máy chủ.`);
		if (sha256Hex(device.publicKey) !== logged.publicKeyHash || device.userId !== logged.userId) {
			throw new Failure(logged.seq, `Khoá thiết bị ${id} trên máy chủ khác với khoá đã ghi vào sổ cái.`);
		}
		if ((device.revokedAt !== null) !== logged.revoked) throw new Failure(logged.seq, `Trạng thái thu hồi của khoá thiết bị ${id} khác với sổ cái.`);
		devices.set(id, device);
		checked.devices += 1;
	}

	/** Each cited photo, with the type a signed record gives it (sealed-before-signing ones name none here). */
	const photos = new Map<string, string | null>();
	for (const [key, logged] of state.revisions) {
		const [inspectionId = '', revision = '0'] = key.split('@');
		const submission = await store.getSubmission(inspectionId, Number(revision));
		if (!submission) throw new Failure(logged.seq, `Lần gửi ${revision} của biên bản ${inspectionId} có trong sổ cái nhưng không còn trên máy chủ.`);
		if (submission.contentHash !== logged.contentHash || submission.inspectorId !== logged.inspectorId) {
			throw new Failure(logged.seq, `Lần gửi ${revision} của biên bản ${inspectionId} đã bị thay đổi sau khi ghi sổ cái.`);
		}
		// A signed record's hash is its text's; one sealed before signing hashed its whole stored content.
		const stored = storedRecord(submission.content);
		const ownHash = stored?.signature ? sha256Hex(stored.text) : sha256Hex(canonicalJson(submission.content));
		if (ownHash !== submission.contentHash) throw new Failure(logged.seq, `Nội dung lần gửi ${revision} của biên bản ${inspectionId} không khớp với mã băm của nó.`);
		if (stored?.signature && stored.manifest.format === MANIFEST_FORMAT) {
			const manifest = stored.manifest as InspectionManifest;
			const device = devices.get(manifest.device);
			const valid = device !== undefined && checkSignatureAsOf(device, { inspectorId: submission.inspectorId, text: stored.text, signature: stored.signature });
			if (!valid) throw new Failure(logged.seq, `Chữ ký số của lần gửi ${revision} biên bản ${inspectionId} không hợp lệ với khoá thiết bị đã đăng ký.`);
			checked.signed += 1;
		} else checked.sealedBeforeSigning += 1;
		const named = stored?.signature && stored.manifest.format === MANIFEST_FORMAT ? (stored.manifest as InspectionManifest).photos : [];
		for (const hash of submission.photoHashes) {
			const mime = named.find((p) => p.sha256 === hash)?.mime ?? null;
			if (mime && photos.get(hash) && photos.get(hash) !== mime) {
				throw new Failure(logged.seq, `Biên bản ${inspectionId} ghi ảnh ${hash} là ${mime}, khác với một biên bản khác dẫn chiếu cùng ảnh.`);
			}
			if (!photos.get(hash)) photos.set(hash, mime);
		}
		checked.revisions += 1;
	}

	const trails = new Map<string, Map<number, ReviewEvent>>();
	for (const [id, logged] of state.events) {
		let trail = trails.get(logged.inspectionId);
		if (!trail) {
			trail = new Map((await store.listEvents(logged.inspectionId)).map((e) => [e.id, e]));
			trails.set(logged.inspectionId, trail);
		}
		const event = trail.get(id);
		if (!event || eventStateHash(event) !== logged.eventHash) throw new Failure(logged.seq, `Sự kiện ${id} của biên bản ${logged.inspectionId} đã bị thay đổi hoặc xoá.`);
		checked.events += 1;
	}

	for (const [id, logged] of state.recommendations) {
		const current = await store.getRecommendation(id);
		if (!current || recommendationStateHash(current) !== logged.stateHash) throw new Failure(logged.seq, `Kiến nghị ${id} đã bị thay đổi ngoài ứng dụng (khác với mục cuối trong sổ cái).`);
		checked.recommendations += 1;
	}

	for (const [id, logged] of state.conclusions) {
		const conclusion = await store.getConclusion(id);
		const records = conclusion?.inspections.map((r) => `${r.inspectionId}@${r.revision}:${r.manifestHash}`).sort();
		if (!conclusion || sha256Hex(canonicalJson(conclusion.document)) !== logged.documentHash || conclusion.documentHash !== logged.documentHash || JSON.stringify(records) !== JSON.stringify([...logged.records].sort())) {
			throw new Failure(logged.seq, `Kết luận ${id} đã bị thay đổi hoặc xoá sau khi ban hành.`);
		}
		checked.conclusions += 1;
	}

	await checkVisitDocuments(store, state, checked);
	await checkAgencyChanges(store, state, checked);

	const counts = await store.countRecords();
	const outside: string[] = [];
	if (counts.submissions !== state.revisions.size) outside.push(`${counts.submissions - state.revisions.size} lần gửi biên bản`);
	if (counts.events !== state.events.size) outside.push(`${counts.events - state.events.size} sự kiện`);
	if (counts.recommendations !== state.recommendations.size) outside.push(`${counts.recommendations - state.recommendations.size} kiến nghị`);
	if (counts.devices !== state.devices.size) outside.push(`${counts.devices - state.devices.size} khoá thiết bị`);
	if (counts.conclusions !== state.conclusions.size) outside.push(`${counts.conclusions - state.conclusions.size} kết luận`);
	if (outside.length > 0) throw new Failure(null, `Có dữ liệu được thêm ngoài sổ cái: ${outside.join(', ')}.`);

	for (const [hash, named] of photos) {
		const photo = await store.getPhoto(hash);
		if (!photo) throw new Failure(null, `Ảnh ${hash} mà một biên bản dẫn chiếu không còn trên máy chủ.`);
		if (sha256Hex(photo.bytes) !== hash) throw new Failure(null, `Ảnh ${hash} đã bị thay đổi: các byte không còn khớp với mã băm.`);
		const actual = detectPhotoMime(photo.bytes);
		if (actual !== photo.mime) throw new Failure(null, `Ảnh ${hash} được lưu là ${photo.mime} nhưng các byte là ${actual ?? 'một loại không phải ảnh'}.`);
		if (named && named !== photo.mime) throw new Failure(null, `Biên bản ghi ảnh ${hash} là ${named} nhưng ảnh trên máy chủ là ${photo.mime}.`);
		checked.photos += 1;
	}
}

/**
 * Every issued decision and notice of a visit against its entry: none added, edited or removed
 * outside the app, and its stored text still hashing to the hash stored with it and logged.
 */
async function checkVisitDocuments(store: Store, state: ChainState, checked: VerifyReport['checked']): Promise<void> {
	const seen = new Set<string>();
	for (let after = ''; ; ) {
		const page = await store.readVisitDocumentIssues(after, PAGE);
		for (const issued of page) {
			const logged = state.visitDocuments.get(issued.id);
			if (!logged) throw new Failure(null, `Văn bản ${issued.symbol} của cuộc kiểm tra ${issued.visitId} được thêm ngoài sổ cái.`);
			const textHash = issued.document === null ? null : sha256Hex(issued.document);
			if (textHash !== issued.documentHash || issued.documentHash !== logged.documentHash || visitDocumentRecordHash(issued) !== logged.recordHash) {
				throw new Failure(logged.seq, `Văn bản ${logged.symbol} của cuộc kiểm tra đã bị thay đổi sau khi ban hành.`);
			}
			seen.add(issued.id);
			checked.visitDocuments += 1;
			after = issued.id;
		}
		if (page.length < PAGE) break;
	}
	for (const [id, logged] of state.visitDocuments) if (!seen.has(id)) throw new Failure(logged.seq, `Văn bản ${logged.symbol} (${id}) có trong sổ cái nhưng không còn trên máy chủ.`);
}

/**
 * Every agency change row against its entry (none added, edited or removed outside the app), and
 * every agency that has changes against its latest one: an agency row edited in the database
 * (renamed, moved, reopened) no longer matches what the ledger says it became.
 */
async function checkAgencyChanges(store: Store, state: ChainState, checked: VerifyReport['checked']): Promise<void> {
	const latest = new Map<string, { seq: number; after: string }>();
	const seen = new Set<number>();
	for (let after = 0; ; ) {
		const page = await store.readAgencyChanges(after, PAGE);
		for (const change of page) {
			const logged = state.agencyChanges.get(change.id);
			if (!logged) throw new Failure(null, `Thay đổi cơ quan số ${change.id} (${change.agencyId}) được thêm ngoài sổ cái.`);
			if (agencyChangeStateHash(change) !== logged.stateHash || change.agencyId !== logged.agencyId) throw new Failure(logged.seq, `Thay đổi cơ quan số ${change.id} đã bị sửa sau khi ghi sổ cái.`);
			latest.set(change.agencyId, { seq: logged.seq, after: canonicalJson(change.after) });
			seen.add(change.id);
			checked.agencyChanges += 1;
			after = change.id;
		}
		if (page.length < PAGE) break;
	}
	for (const [id, logged] of state.agencyChanges) if (!seen.has(id)) throw new Failure(logged.seq, `Thay đổi cơ quan số ${id} có trong sổ cái nhưng không còn trên máy chủ.`);
	for (const agency of await store.listAgencies()) {
		const last = latest.get(agency.id);
		if (last && last.after !== canonicalJson(agency)) throw new Failure(last.seq, `Cơ quan ${agency.id} trên máy chủ khác với thay đổi cuối cùng đã ghi sổ cái.`);
	}
}
