import { allAgencies, getTemplate } from '$lib/client/catalog/catalogStore';
import { refreshCatalog } from '$lib/client/catalog/refreshCatalog';
import { loadThemeNames } from '$lib/client/catalog/themeNames';
import { z } from 'zod/mini';
import { fetchApi } from '$lib/client/supervisor/fetchApi';
import { InspectionViewSchema, readManifest, sealOf } from '$lib/client/supervisor/inspectionView';
import { recordTeam } from '$lib/domain/recordTeam';
import { signedPaperHashes } from '$lib/domain/signedPaper';
import { scoreInspection } from '$lib/domain/scoring';
import { previousRecord } from '$lib/client/supervisor/previousManifest';
import { correctionOf } from './correction';
import { NO_SIGNATURES } from '$lib/domain/signatureDrawing';
import { agencyOnRecordDay, rootOf, type RecordLoad } from './recordData';
import { setAsideOf } from '$lib/client/inspections/setAsideOf';

/**
 * The record as the server holds it (a supervisor's device has no copy): the sealed manifest, and
 * the recommendations the approval created, with their deadlines.
 */
export async function recordFromServer(fetcher: typeof fetch, id: string, revision: number | null = null): Promise<RecordLoad> {
	const view = await fetchApi(fetcher, `/api/inspections/${encodeURIComponent(id)}`, (body) => InspectionViewSchema.parse(body));
	if (!view.ok) return { ok: false, message: view.message };
	const latest = view.data.submission;
	// An earlier revision: its own record, status and fingerprint; recommendations belong to the latest.
	const earlier = revision !== null && revision !== latest.revision ? await earlierRevision(fetcher, id, revision) : null;
	if (revision !== null && revision !== latest.revision && !earlier) {
		return { ok: false, message: { vi: `Không tìm thấy lần gửi ${revision} của biên bản này.`, en: `Revision ${revision} of this record was not found.` } };
	}
	const s = earlier?.submission ?? latest;
	const recommendations = earlier ? undefined : view.data.recommendations;
	const content = earlier ? { manifest: earlier.manifestText, photos: earlier.photos } : view.data.content;
	const manifest = readManifest(content.manifest);
	// A supervisor who just signed in may not have the catalog yet: fetch it once first.
	if (!(await getTemplate(s.templateId, s.templateVersion))) await refreshCatalog();
	const [template, agencies] = await Promise.all([getTemplate(s.templateId, s.templateVersion), allAgencies(), loadThemeNames()]);
	if (!template) return { ok: false, message: { vi: 'Máy chưa có mẫu phiếu của biên bản này.', en: 'This device lacks the checklist of this record.' } };
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const agency = agencyOnRecordDay(byId.get(s.agencyId), manifest.startedAt);
	const inspection = {
		answers: Object.fromEntries(Object.entries(manifest.answers).map(([k, a]) => [k, { ...a, updatedAt: manifest.startedAt }])),
		startedAt: manifest.startedAt,
		finishedAt: manifest.finishedAt,
		inspectorName: manifest.inspector.name,
		team: recordTeam(manifest),
		representative: manifest.representative,
		generalNotes: manifest.generalNotes,
		...(manifest.templateMoves ? { templateMoves: manifest.templateMoves } : {})
	};
	const photoCounts = new Map<string | null, number>();
	for (const p of content.photos) photoCounts.set(p.itemId, (photoCounts.get(p.itemId) ?? 0) + 1);
	const approved = s.status === 'approved' && recommendations !== undefined;
	const previous = s.revision > 1 ? await previousRecord(fetcher, id, s.revision - 1) : null;
	return {
		ok: true,
		record: {
			inspectionId: id,
			revision: s.revision,
			status: s.status,
			template,
			agency,
			province: rootOf(byId, agency),
			inspection,
			setAside: await setAsideOf(s.templateId, inspection.templateMoves),
			manifestHash: earlier ? earlier.manifestHash : sealOf(view.data).hash,
			signed: earlier ? earlier.signed : (view.data.signature?.signed ?? false),
			signatures: ('signatures' in manifest ? manifest.signatures : undefined) ?? NO_SIGNATURES,
			ledgerHead: view.data.ledgerHead ?? null,
			photoCounts,
			recommendations: approved
				? recommendations.map((r) => ({ itemId: r.itemId, what: r.what, deadline: r.deadline }))
				: scoreInspection(template, inspection).violations.map((v) => ({ itemId: v.item.id, what: v.item.text.vi, deadline: null })),
			proposed: !approved,
			signedPaper: signedPaperHashes(manifest.photos),
			forSigning: false,
			correction: previous ? correctionOf(template, previous.manifest, manifest, previous.hash) : null
		}
	};
}

const RevisionSchema = z.object({
	submission: z.object({ revision: z.int(), status: InspectionViewSchema.shape.submission.shape.status, templateId: z.string(), templateVersion: z.int(), agencyId: z.string() }),
	// A signed record ({ manifest, signature }) or one sealed before signing ({ manifest, photos }).
	content: z.object({ manifest: z.string(), signature: z.optional(z.string()), photos: z.optional(z.array(z.object({ itemId: z.nullable(z.string()) }))) }),
	manifestHash: z.nullable(z.string())
});

/** GET /api/inspections/{id}/revisions/{n}: the stored record of that revision, as the biên bản needs it. */
async function earlierRevision(fetcher: typeof fetch, id: string, revision: number) {
	const got = await fetchApi(fetcher, `/api/inspections/${encodeURIComponent(id)}/revisions/${revision}`, (body) => RevisionSchema.parse(body));
	if (!got.ok) return null;
	const { content, submission, manifestHash } = got.data;
	const manifest = readManifest(content.manifest);
	const photos = content.photos ?? manifest.photos;
	return { submission, manifestText: content.manifest, manifestHash, photos, signed: typeof content.signature === 'string' };
}
