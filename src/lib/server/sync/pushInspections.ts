import { followUpPhotoItemId } from '$lib/domain/inspection';
import type { InspectionManifest } from '$lib/domain/manifest';
import type { FollowUp } from '$lib/domain/recommendation';
import type { PushItem, PushRequest, PushResponse, PushResult } from '$lib/domain/push';
import { applyFollowUps } from '../followUp/applyFollowUps';
import { linkVisit } from '../plans/linkVisit';
import type { Store } from '../store/Store';
import type { DeviceKey } from '../store/devices/deviceRecords';
import { InvalidRecordError } from '../store/errors';
import type { PutSubmissionResult, SubmissionInput, User } from '../store/records';
import { catalogIndex } from './catalogIndex';
import { catalogSnapshot } from './catalogSnapshot';
import { retiredTemplateProblem } from './retiredTemplate';
import { checkSignature, devicesNamed } from './deviceSignatures';
import { readRecord } from './signedRecord';
import { submissionFromRecord } from './submissionFromRecord';
import { photoTypeProblem } from './photoTypes';

interface Pending {
	index: number;
	input: SubmissionInput;
	manifest: InspectionManifest;
}

/**
 * One push batch: every record read, its signature checked against the device key it names, and the
 * accepted ones stored in ONE store transaction (one fsync), one result per item in request order.
 * The device treats created and duplicate as delivered; conflict and missing-photos stay on the
 * device; rejected is shown with its message.
 */
export async function pushInspections(store: Store, user: User, request: PushRequest, now: Date): Promise<PushResponse> {
	const index = catalogIndex(store);
	const results: (PushResult | undefined)[] = new Array(request.items.length);
	const pending: Pending[] = [];
	const records = request.items.map((item) => readRecord(item.manifest));
	const devices = await devicesNamed(store, records.flatMap((r) => (r.ok ? [r.manifest.device] : [])));
	const signers = new Set<string>();
	// Account ids a team may name (disabled ones too: a record may name someone who left since): read once per batch.
	let accountIds: Promise<ReadonlySet<string>> | null = null;
	const accounts = () => (accountIds ??= store.listUsers().then((users) => new Set(users.map((u) => u.id))));
	// Retired template ids, from the catalog snapshot the pulls share (no query while none changed): once per batch.
	let retiredIds: Promise<ReadonlySet<string>> | null = null;
	const retired = () => (retiredIds ??= catalogSnapshot(store).then((snapshot) => new Set(snapshot.retiredTemplates)));
	for (const [i, record] of records.entries()) {
		if (!record.ok) {
			results[i] = rejected(record.id, record.revision, record.message);
			continue;
		}
		const { manifest } = record;
		const signature = (request.items[i] as PushItem).signature;
		let signed = checkSignature(devices, { inspectorId: manifest.inspector.id, deviceId: manifest.device, text: record.text, signature });
		// A retry of a record accepted before its key was revoked is still answered as the duplicate it is.
		if (!signed.ok && signed.revoked && (await store.getSubmission(manifest.inspectionId, manifest.revision))?.contentHash === record.hash) {
			signed = { ok: true, device: devices.get(manifest.device) as DeviceKey };
		}
		const check = signed.ok
			? submissionFromRecord({ ...record, signature }, user, {
					agency: await index.hasAgency(manifest.agencyId),
					template: await index.template(manifest.template.id, manifest.template.version),
					accounts: await accounts()
				})
			: signed;
		const problem = check.ok
			? ((await revisionProblem(store, check.input)) ?? (await retirementProblem(store, check.input, manifest, retired)) ?? (await photoTypeProblem(store, manifest)))
			: check.message;
		if (problem === null && check.ok) {
			pending.push({ index: i, input: check.input, manifest });
			signers.add(manifest.device);
		} else results[i] = rejected(manifest.inspectionId, manifest.revision, problem ?? 'Không xử lý được.');
	}

	for (const [position, stored] of (await storeAll(store, pending, results, now)).entries()) {
		const { index: i, input, manifest } = pending[position] as Pending;
		results[i] = await toResult(store, input.inspectionId, stored, now);
		// Follow-ups are inside the signed record: a duplicate carries the very follow-ups stored (applied
		// again only where they were not, as after a crash in between), and a re-send with other
		// follow-ups is another record, a conflict, which applies nothing.
		if (manifest.followUps.length > 0 && (stored.outcome === 'created' || stored.outcome === 'duplicate')) {
			await applyFollowUps(store, user, { id: input.inspectionId, agencyId: input.agencyId }, followUpsOf(manifest), now);
		}
		if (stored.outcome === 'created' || stored.outcome === 'duplicate') await linkVisit(store, manifest, now);
	}
	for (const device of signers) await store.touchDevice(device, now);
	return {
		results: results.map((result) => result ?? rejected('', 0, 'Không xử lý được.'))
	};
}

/** The record's follow-ups with the ids of their evidence photos, as the recommendations take them. */
function followUpsOf(manifest: InspectionManifest): FollowUp[] {
	return manifest.followUps.map((f) => ({
		...f,
		photoIds: manifest.photos.filter((p) => p.itemId === followUpPhotoItemId(f.recommendationId)).map((p) => p.id)
	}));
}

/**
 * A revision after the first exists only because a supervisor returned the one before it (the phone
 * reopens a returned inspection as the next revision, same agency): without this, an inspector could
 * replace a record under review or already approved, or move it to another agency and so out of the
 * jurisdiction that decided it. A revision the server already has goes on to the store, which
 * answers a retry as a duplicate. Safe outside the store's transaction: a returned revision stays
 * returned, and only this same inspector can add the next one, which the store then deduplicates.
 */
async function revisionProblem(store: Store, input: SubmissionInput): Promise<string | null> {
	if (input.revision === 1) return null;
	const latest = await store.getSubmission(input.inspectionId);
	if (latest && (latest.revision >= input.revision || latest.inspectorId !== input.inspectorId)) return null;
	if (!latest || latest.revision !== input.revision - 1 || latest.status !== 'returned') {
		return `Lần gửi ${input.revision} chỉ được nhận sau khi lần gửi ${input.revision - 1} bị trả lại để sửa.`;
	}
	if (latest.agencyId !== input.agencyId) return 'Biên bản gửi lại phải giữ cơ quan được kiểm tra của lần gửi trước.';
	return null;
}

/**
 * A new inspection on a retired template, started after its phone was told of the retirement, is
 * refused (retiredTemplate.ts has the rule). Only a first revision the server does not hold yet is
 * new: a retry is answered by the store as the duplicate it is, and a correction after a return
 * finishes an inspection the server took.
 */
async function retirementProblem(store: Store, input: SubmissionInput, manifest: InspectionManifest, retired: () => Promise<ReadonlySet<string>>): Promise<string | null> {
	if (input.revision !== 1 || !(await retired()).has(input.templateId)) return null;
	if (await store.getSubmission(input.inspectionId, 1)) return null;
	const template = await catalogIndex(store).template(input.templateId, input.templateVersion);
	return retiredTemplateProblem(await store.getRetirementNotice(input.templateId, input.inspectorId), manifest.startedAt, template?.title.vi ?? input.templateId);
}

/**
 * The store refuses a whole batch for one item it cannot take (an agency deleted between the check
 * and the write, say) and names it: that item is rejected and removed from `pending` (in place, so
 * results line up with it), and the rest are stored without it.
 */
async function storeAll(store: Store, pending: Pending[], results: (PushResult | undefined)[], now: Date): Promise<PutSubmissionResult[]> {
	while (pending.length > 0) {
		try {
			return await store.putSubmissions(
				pending.map((p) => p.input),
				now
			);
		} catch (error) {
			if (!(error instanceof InvalidRecordError) || error.index === undefined) throw error;
			const [bad] = pending.splice(error.index, 1);
			if (!bad) throw error;
			results[bad.index] = rejected(bad.input.inspectionId, bad.input.revision, 'Máy chủ không lưu được biên bản này (dữ liệu tham chiếu không tồn tại).');
		}
	}
	return [];
}

async function toResult(store: Store, id: string, stored: PutSubmissionResult, now: Date): Promise<PushResult> {
	const base = { id, revision: stored.revision, missingPhotos: [] as string[] };
	switch (stored.outcome) {
		case 'created':
			return { ...base, outcome: 'created', receivedAt: now.toISOString() };
		case 'duplicate': {
			// A retry: answer with the time it first arrived, which is when the server took it on.
			const first = await store.getSubmission(stored.inspectionId, stored.revision);
			return { ...base, outcome: 'duplicate', receivedAt: first?.receivedAt ?? null };
		}
		case 'conflict':
			return stored.reason === 'other-inspector'
				? rejected(id, stored.revision, 'Mã biên bản này đã thuộc về biên bản của người khác.')
				: {
						...base,
						outcome: 'conflict',
						receivedAt: null,
						message: `Lần gửi ${stored.revision} của biên bản này đã có trên máy chủ với nội dung khác. Biên bản vẫn được giữ trên máy.`
					};
		case 'missing-photos':
			return {
				...base,
				outcome: 'missing-photos',
				receivedAt: null,
				missingPhotos: stored.missing,
				message: `Còn ${stored.missing.length} ảnh chưa gửi lên máy chủ.`
			};
	}
}

function rejected(id: string, revision: number, message: string): PushResult {
	return { id, revision, outcome: 'rejected', receivedAt: null, missingPhotos: [], message };
}
