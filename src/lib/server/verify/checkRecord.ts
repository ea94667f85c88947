import type { RecordCheck } from '$lib/domain/recordCheck';
import { signedPaperHashes } from '$lib/domain/signedPaper';
import { canReadInspection } from '../auth/authorize';
import { signatureStatus } from '../inspections/recordSignature';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { storedRecord } from '../sync/storedContent';

const FINGERPRINT = /^[0-9a-f]{64}$/;

/**
 * What the server holds for a fingerprint read off paper (the QR code on a biên bản): whether it has
 * exactly that record, signed by which account and device, received when, and whether it has been
 * corrected since. Any signed-in user may ask: holding the paper is what makes the question, and the
 * answer tells who signed it and when, never the findings (opening the record needs the usual right).
 */
export async function checkRecord(store: Store, user: User, fingerprint: string): Promise<RecordCheck> {
	const hash = fingerprint.toLowerCase();
	const ledgerHead = await store.ledgerHead();
	const key = FINGERPRINT.test(hash) ? await store.findRevisionByHash(hash) : null;
	const submission = key ? await store.getSubmission(key.inspectionId, key.revision) : null;
	const record = submission ? storedRecord(submission.content) : null;
	if (!submission || !record) return { fingerprint: hash, held: false, record: null, ledgerHead };
	const [latest, inspector, agencies, signature] = await Promise.all([
		store.getSubmission(submission.inspectionId),
		store.getUser(submission.inspectorId),
		store.listAgencies(),
		signatureStatus(store, record)
	]);
	const device = signature.deviceId ? await store.getDevice(signature.deviceId) : null;
	return {
		fingerprint: hash,
		held: true,
		record: {
			inspectionId: submission.inspectionId,
			revision: submission.revision,
			currentRevision: latest?.revision ?? submission.revision,
			status: submission.status,
			agencyName: agencies.find((a) => a.id === submission.agencyId)?.name ?? submission.agencyId,
			inspector: { id: submission.inspectorId, name: record.manifest.inspector?.name ?? inspector?.displayName ?? '' },
			deviceFinishedAt: submission.deviceTime,
			receivedAt: submission.receivedAt,
			signed: signature.signed,
			signatureValid: signature.valid,
			device: device ? { id: device.id, label: device.label, firstSeenAt: device.firstSeenAt, revokedAt: device.revokedAt } : null,
			signedPaper: signedPaperHashes(record.photos),
			readable: canReadInspection(user, submission, agencies)
		},
		ledgerHead
	};
}
