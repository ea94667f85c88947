import { z } from 'zod/mini';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { InspectionManifestSchema, MANIFEST_FORMAT, TEAM_TEXT_MANIFEST_FORMAT, type InspectionManifest } from '$lib/domain/manifest';
import { fromTeamTextManifest, TeamTextManifestSchema } from '$lib/domain/manifestV2';
import { sha256Hex } from '../store/canonical';

/**
 * The shared manifest schema compiled by Zod into one generated validator (as the push schema is,
 * pushSchema.ts): it runs for every record of every push. Same schema, same answers; a record the
 * fast path refuses is parsed again by the runtime parser for its message.
 */
const FastManifestSchema = z.compile(InspectionManifestSchema);

export type RecordRead =
	| { ok: true; manifest: InspectionManifest; text: string; hash: string }
	| { ok: false; message: string; id: string; revision: number };

/**
 * Reads a record's text once: JSON, the shared manifest schema, and canonical form (the text must be
 * exactly canonicalJson of what it parses to, so one record has one text, one hash, and no field the
 * schema does not know). The hash is the record's fingerprint, the one the phone showed.
 */
export function readRecord(text: string): RecordRead {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return refuse('Bản ghi gửi lên không phải JSON.', null);
	}
	const format = (raw as { format?: unknown } | null)?.format;
	if (format === TEAM_TEXT_MANIFEST_FORMAT) return readTeamText(raw, text);
	if (format !== MANIFEST_FORMAT) {
		const reason = typeof format === 'string' && format.startsWith('vhcv-inspection-manifest/')
			? `Bản ghi theo định dạng cũ (${format}) chưa được ký: hãy cập nhật ứng dụng trên điện thoại rồi gửi lại.`
			: 'Bản ghi gửi lên không phải biên bản kiểm tra.';
		return refuse(reason, raw);
	}
	const fast = FastManifestSchema.safeParse(raw);
	const parsed = fast.success ? fast : InspectionManifestSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return refuse(`Bản ghi không hợp lệ (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`, raw);
	}
	if (canonicalJson(parsed.data) !== text) return refuse('Bản ghi không ở dạng chuẩn (canonical JSON) hoặc có trường không thuộc biên bản.', raw);
	return { ok: true, manifest: parsed.data, text, hash: sha256Hex(text) };
}

/**
 * A signed record sealed before the team was structured (a phone that finalized before updating):
 * checked against its own format and canonical form, then read as the current format. Text, hash and
 * signature stay its own.
 */
function readTeamText(raw: unknown, text: string): RecordRead {
	const parsed = TeamTextManifestSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return refuse(`Bản ghi không hợp lệ (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`, raw);
	}
	if (canonicalJson(parsed.data) !== text) return refuse('Bản ghi không ở dạng chuẩn (canonical JSON) hoặc có trường không thuộc biên bản.', raw);
	return { ok: true, manifest: fromTeamTextManifest(parsed.data), text, hash: sha256Hex(text) };
}

function refuse(message: string, raw: unknown): RecordRead {
	const record = (raw ?? {}) as { inspectionId?: unknown; revision?: unknown };
	return {
		ok: false,
		message,
		id: typeof record.inspectionId === 'string' ? record.inspectionId : '',
		revision: typeof record.revision === 'number' && Number.isInteger(record.revision) ? record.revision : 0
	};
}
