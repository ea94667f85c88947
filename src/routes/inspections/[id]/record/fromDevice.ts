import { allAgencies } from '$lib/client/catalog/catalogStore';
import { database } from '$lib/client/db/database';
import { listPhotos } from '$lib/client/evidence/photoStore';
import { openInspection } from '$lib/client/inspections/openInspection';
import { recordTeam } from '$lib/domain/recordTeam';
import { signedPaperHashes } from '$lib/domain/signedPaper';
import { scoreInspection } from '$lib/domain/scoring';
import { LedgerHeadSchema } from '$lib/domain/sync';
import { LEDGER_HEAD_KEY } from '$lib/client/sync/storePull';
import { correctionOf } from './correction';
import { NO_SIGNATURES } from '$lib/domain/signatureDrawing';
import { agencyOnRecordDay, rootOf, type RecordLoad } from './recordData';
import { setAsideOf } from '$lib/client/inspections/setAsideOf';

/**
 * The record from IndexedDB only, so the inspector can print it on site with no network. Only a
 * finalized (sealed) revision has a record: a draft can still change.
 */
export async function recordFromDevice(id: string): Promise<RecordLoad | null> {
	const opened = await openInspection(id);
	if (!opened.ok) return null;
	const { inspection, template, agency } = opened;
	// A draft has no record yet, except to be printed for signing on paper (then it says so).
	const forSigning = inspection.status === 'draft' && inspection.signatures?.onPaper === true;
	if (inspection.status === 'draft' && !forSigning) {
		return {
			ok: false,
			message: {
				vi: 'Phiếu chưa hoàn tất nên chưa có biên bản để in (trừ khi các bên ký trên giấy: chọn mục đó ở phần Chữ ký).',
				en: 'The inspection is not finalized yet, so there is no record to print (unless the parties sign on paper: tick that under Signatures).'
			}
		};
	}
	const [sealed, photos, agencies, head] = await Promise.all([
		database().revisions.get([id, inspection.revision]),
		listPhotos(id),
		allAgencies(),
		database().settings.get(LEDGER_HEAD_KEY)
	]);
	const ledgerHead = LedgerHeadSchema.safeParse(head?.value);
	// A correction made after a return: what changed from the revision before, both sealed on this phone.
	const previous = inspection.revision > 1 ? await database().revisions.get([id, inspection.revision - 1]) : undefined;
	const photoCounts = new Map<string | null, number>();
	for (const p of photos) photoCounts.set(p.itemId, (photoCounts.get(p.itemId) ?? 0) + 1);
	// On the device the supervisor has not decided yet: each violation is a proposed recommendation.
	const score = scoreInspection(template, inspection);
	const onDay = agencyOnRecordDay(agency, inspection.startedAt);
	return {
		ok: true,
		record: {
			inspectionId: id,
			revision: inspection.revision,
			status: inspection.status,
			template,
			agency: onDay,
			province: rootOf(new Map(agencies.map((a) => [a.id, a])), onDay),
			// The name the record was signed under (the account's), not what the device keeps for the draft.
			inspection: {
				...inspection,
				inspectorName: sealed?.manifest.inspector.name ?? inspection.inspectorName,
				team: sealed ? recordTeam(sealed.manifest) : inspection.team
			},
			setAside: await setAsideOf(template.id, inspection.templateMoves),
			manifestHash: sealed?.manifestHash ?? inspection.manifestHash ?? null,
			signed: Boolean(sealed?.signature),
			signatures: (sealed?.manifest && 'signatures' in sealed.manifest ? sealed.manifest.signatures : undefined) ?? NO_SIGNATURES,
			ledgerHead: ledgerHead.success ? ledgerHead.data : null,
			photoCounts,
			recommendations: score.violations.map((v) => ({ itemId: v.item.id, what: v.item.text.vi, deadline: null })),
			proposed: true,
			signedPaper: signedPaperHashes(sealed?.manifest.photos ?? photos),
			forSigning,
			correction: previous && sealed ? correctionOf(template, previous.manifest, sealed.manifest, previous.manifestHash) : null
		}
	};
}
