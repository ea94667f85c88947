import { AGENCY_KINDS, type Agency, type AgencyKind } from '$lib/domain/agency';
import { insideVietnam, wouldCycle } from '$lib/domain/agencyTree';
import { text } from '../admin/readForm';

export interface AgencyFormProblem {
	field: 'id' | 'name' | 'parentId' | 'kind' | 'location' | 'closed' | 'form';
	message: string;
}

const CODE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** A coordinate typed with a point or a comma; '' is none. */
function coordinate(value: string): number | null | undefined {
	const t = value.trim();
	if (t === '') return null;
	return /^-?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : undefined;
}

/**
 * The agency the add or edit form describes, checked as the store will check it (so the message
 * names the field): code, name, kind, an existing open parent that is not the agency itself nor
 * below it, both coordinates or none, inside Vietnam. `before` is the stored agency (null: adding).
 */
export function agencyFromForm(form: FormData, before: Agency | null, tree: ReadonlyMap<string, Agency>, now: Date): { agency: Agency } | { problem: AgencyFormProblem } {
	const id = before?.id ?? text(form, 'id').trim().toLowerCase();
	if (!before) {
		if (!CODE.test(id)) return { problem: { field: 'id', message: 'Mã chỉ gồm chữ không dấu, số, dấu chấm và gạch nối.' } };
		if (tree.has(id)) return { problem: { field: 'id', message: `Đã có cơ quan mã "${id}".` } };
	}
	const name = text(form, 'name').trim();
	if (name === '') return { problem: { field: 'name', message: 'Cần nhập tên.' } };
	const kind = text(form, 'kind');
	if (!(AGENCY_KINDS as readonly string[]).includes(kind)) return { problem: { field: 'kind', message: 'Chọn loại cơ quan.' } };
	const parentCode = text(form, 'parentId').trim().toLowerCase();
	const parentId = parentCode === '' ? null : parentCode;
	if (parentId !== null) {
		const parent = tree.get(parentId);
		if (!parent) return { problem: { field: 'parentId', message: `Không có cơ quan mã "${parentId}".` } };
		if (parent.closedAt !== undefined) return { problem: { field: 'parentId', message: `${parent.name} đã đóng; chọn cơ quan cấp trên khác.` } };
		if (before && wouldCycle(tree, before.id, parentId)) return { problem: { field: 'parentId', message: 'Không thể chuyển một cơ quan vào dưới chính nó hoặc đơn vị trực thuộc của nó.' } };
	}
	const lat = coordinate(text(form, 'lat'));
	const lng = coordinate(text(form, 'lng'));
	if (lat === undefined || lng === undefined) return { problem: { field: 'location', message: 'Vĩ độ, kinh độ phải là số (ví dụ 21.82).' } };
	if ((lat === null) !== (lng === null)) return { problem: { field: 'location', message: 'Cần cả vĩ độ và kinh độ, hoặc để trống cả hai.' } };
	const location = lat === null || lng === null ? null : { lat, lng };
	if (location && !insideVietnam(location)) return { problem: { field: 'location', message: 'Toạ độ nằm ngoài Việt Nam (vĩ độ, kinh độ có bị đảo?).' } };
	const closed = text(form, 'closed') === 'on';
	if (closed && before && !before.closedAt && [...tree.values()].some((a) => a.parentId === before.id && a.closedAt === undefined)) {
		return { problem: { field: 'closed', message: 'Còn đơn vị trực thuộc đang hoạt động: chuyển hoặc đóng chúng trước.' } };
	}
	const agency: Agency = { id, parentId, name, kind: kind as AgencyKind, address: text(form, 'address').trim(), location };
	if (closed) agency.closedAt = before?.closedAt ?? now.toISOString();
	// A correction keeps the reorganisation history; a reopened agency no longer has a successor.
	if (closed && before?.successorId) agency.successorId = before.successorId;
	if (before?.formerly) agency.formerly = before.formerly;
	return { agency };
}
