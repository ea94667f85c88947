import type { Agency } from '$lib/domain/agency';
import { formatIsoDate, vietnamDate } from '$lib/domain/dates';
import { planReorganisation, ReorganisationError, ReorganisationSchema, type Reorganisation, type ReorganisationPlan } from '$lib/domain/agencyReorganisation';
import { text } from '../admin/readForm';
import { AgencyConflictError, InvalidRecordError } from '../store/errors';
import type { Store } from '../store/Store';
import type { User } from '../store/records';

/**
 * The admin page's reorganisation forms (merge, split, rename with an effective date): read the
 * form, plan against the stored tree, and write it as one store change with the recommendations it
 * moves. Each failure is a message for the page; nothing is half-applied.
 */

const KIND_TEXT = { merge: 'sáp nhập', split: 'chia tách', rename: 'đổi tên' } as const;

/** Codes typed one per line or separated by commas or spaces. */
const codes = (value: string) => value.toLowerCase().split(/[\s,;]+/).filter(Boolean);

/** "code | name" (or "code, name" / "code; name"), one new agency a line. */
function newAgencies(value: string): { id: string; name: string }[] {
	return value
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const at = line.search(/[|,;\t]/);
			return at < 0 ? { id: line.toLowerCase(), name: '' } : { id: line.slice(0, at).trim().toLowerCase(), name: line.slice(at + 1).trim() };
		});
}

export function reorganisationFromForm(form: FormData): Reorganisation | { message: string } {
	const kind = text(form, 'kind');
	const effectiveOn = text(form, 'effectiveOn').trim();
	const candidate =
		kind === 'rename'
			? { kind, effectiveOn, id: text(form, 'agencyId').trim(), name: text(form, 'name') }
			: kind === 'split'
				? { kind, effectiveOn, id: text(form, 'agencyId').trim(), into: newAgencies(text(form, 'into')) }
				: {
						kind,
						effectiveOn,
						mergedIds: codes(text(form, 'mergedIds')),
						into: {
							id: text(form, 'intoId').trim().toLowerCase(),
							...(text(form, 'intoName').trim() ? { name: text(form, 'intoName') } : {}),
							...(text(form, 'intoParentId').trim() ? { parentId: text(form, 'intoParentId').trim().toLowerCase() } : {})
						}
					};
	const parsed = ReorganisationSchema.safeParse(candidate);
	if (parsed.success) return parsed.data;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveOn)) return { message: 'Chọn ngày hiệu lực.' };
	if (kind === 'split') return { message: 'Chia tách cần ít nhất hai cơ quan mới, mỗi dòng "mã | tên" (mã: chữ không dấu, số, dấu chấm, gạch nối).' };
	if (kind === 'merge') return { message: 'Sáp nhập cần mã các cơ quan được sáp nhập và mã cơ quan sau sáp nhập (chữ không dấu, số, dấu chấm, gạch nối).' };
	return { message: 'Cần mã cơ quan và tên mới.' };
}

export async function reorganise(store: Store, admin: User, form: FormData, now: Date): Promise<{ ok: true; message: string; successorId: string } | { ok: false; message: string }> {
	const reorg = reorganisationFromForm(form);
	if ('message' in reorg) return { ok: false, message: reorg.message };
	const agencies = await store.listAgencies();
	const byId = new Map(agencies.map((a) => [a.id, a]));
	let plan: ReorganisationPlan;
	try {
		plan = planReorganisation(agencies, reorg, vietnamDate(now));
	} catch (error) {
		if (error instanceof ReorganisationError) return { ok: false, message: error.message };
		throw error;
	}
	const nameOf = (id: string) => plan.edits.find((e) => e.after.id === id)?.after.name ?? byId.get(id)?.name ?? id;
	const when = `${KIND_TEXT[reorg.kind]}, hiệu lực ${formatIsoDate(reorg.effectiveOn)}`;
	const transfers = plan.transfers.map((t) => ({ ...t, note: `Chuyển từ ${nameOf(t.from)} sang ${nameOf(t.to)} (${when})` }));
	try {
		await store.changeAgencies(plan.edits, { id: admin.id, source: reorg.kind }, now, { effectiveOn: reorg.effectiveOn, transfers, by: admin.displayName });
	} catch (error) {
		if (error instanceof AgencyConflictError) return { ok: false, message: 'Danh mục cơ quan vừa được người khác sửa. Hãy tải lại trang và làm lại.' };
		if (error instanceof InvalidRecordError) return { ok: false, message: `Không lưu được: ${error.message}` };
		throw error;
	}
	const successorId = reorg.kind === 'rename' ? reorg.id : reorg.kind === 'split' ? (reorg.into[0]?.id ?? reorg.id) : reorg.into.id;
	return { ok: true, message: describe(reorg, byId, nameOf, when), successorId };
}

function describe(reorg: Reorganisation, byId: ReadonlyMap<string, Agency>, nameOf: (id: string) => string, when: string): string {
	switch (reorg.kind) {
		case 'rename':
			return `Đã đổi tên ${byId.get(reorg.id)?.name ?? reorg.id} thành ${nameOf(reorg.id)} (${when}).`;
		case 'merge':
			return `Đã sáp nhập ${reorg.mergedIds.filter((id) => id !== reorg.into.id).map(nameOf).join(', ')} vào ${nameOf(reorg.into.id)} (${when}).`;
		case 'split':
			return `Đã chia tách ${nameOf(reorg.id)} thành ${reorg.into.map((n) => nameOf(n.id)).join(', ')} (${when}).`;
	}
}
