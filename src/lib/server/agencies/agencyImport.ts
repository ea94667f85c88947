import { AGENCY_KINDS, AgencySchema, type Agency, type AgencyKind } from '$lib/domain/agency';
import { AGENCY_KIND_LABELS } from '$lib/domain/agencyKinds';
import { insideVietnam, treeProblems } from '$lib/domain/agencyTree';
import { foldVietnamese } from '$lib/domain/search';
import type { AgencyEdit } from '../store/agencies/agencyChangeSql';
import { columnsOf } from './sheetColumns';

/**
 * An agency spreadsheet checked against the stored tree, as a whole: either every row is good and
 * the result is the edit that makes the stored tree the file's, or the file is refused with every bad
 * row and its reason. The file is the whole open tree: an open agency it leaves out is closed (and
 * shown so in the preview), a closed one it lists is reopened. Linear in the rows (5,000 in
 * milliseconds), so it runs again, unchanged, when the administrator applies the preview.
 */

export interface SheetError {
	/** The row as the spreadsheet numbers it (the header is row 1); 0 for the file as a whole. */
	row: number;
	code: string;
	reason: string;
}

export interface ImportPreview {
	added: Agency[];
	/** Name, kind, address or location changed (and reopened ones). */
	changed: { before: Agency; after: Agency }[];
	moved: { before: Agency; after: Agency }[];
	closed: Agency[];
	unchanged: number;
	edits: AgencyEdit[];
}

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; errors: SheetError[] };

const CODE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** A kind as typed, for matching: accents, case and punctuation optional ("Xã phường" is "Xã, phường"). */
const kindKey = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
const KIND_BY_TEXT = new Map<string, AgencyKind>([
	...AGENCY_KINDS.map((kind) => [kindKey(kind), kind] as const),
	...AGENCY_KINDS.map((kind) => [kindKey(AGENCY_KIND_LABELS[kind]), kind] as const)
]);

/** A coordinate as typed: a decimal point or comma, nothing else. */
function coordinate(text: string): number | null | 'bad' {
	const t = text.trim();
	if (t === '') return null;
	if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return 'bad';
	return Number(t.replace(',', '.'));
}

export function checkAgencySheet(rows: readonly (readonly string[])[], stored: readonly Agency[], now: Date): ImportCheck {
	const errors: SheetError[] = [];
	const header = rows[0];
	if (!header) return { ok: false, errors: [{ row: 0, code: '', reason: 'Tệp trống.' }] };
	const { index, missing } = columnsOf(header);
	if (missing.length > 0) return { ok: false, errors: [{ row: 1, code: '', reason: `Thiếu cột: ${missing.join(', ')}.` }] };
	const cell = (row: readonly string[], key: keyof typeof index) => {
		const at = index[key];
		return at === undefined ? '' : (row[at] ?? '').trim();
	};

	const fromFile = new Map<string, { agency: Agency; row: number }>();
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r] as readonly string[];
		if (row.every((c) => c.trim() === '')) continue;
		const rowNumber = r + 1;
		const code = cell(row, 'code').toLowerCase();
		const before = errors.length;
		const fail = (reason: string) => errors.push({ row: rowNumber, code, reason });
		if (code === '') {
			fail('Thiếu mã.');
			continue;
		}
		if (!CODE.test(code)) fail('Mã chỉ gồm chữ không dấu, số, dấu chấm và gạch nối.');
		const earlier = fromFile.get(code);
		if (earlier) {
			fail(`Mã trùng với dòng ${earlier.row}.`);
			continue;
		}
		const name = cell(row, 'name');
		if (name === '') fail('Thiếu tên.');
		const kindText = cell(row, 'kind');
		const kind = KIND_BY_TEXT.get(kindKey(kindText));
		if (!kind) fail(`Loại "${kindText}" không có; dùng một trong: ${AGENCY_KINDS.map((k) => AGENCY_KIND_LABELS[k]).join('; ')}.`);
		const lat = coordinate(cell(row, 'lat'));
		const lng = coordinate(cell(row, 'lng'));
		let location: Agency['location'] = null;
		if (lat === 'bad' || lng === 'bad') fail('Vĩ độ, kinh độ phải là số (ví dụ 21.82).');
		else if ((lat === null) !== (lng === null)) fail('Cần cả vĩ độ và kinh độ, hoặc để trống cả hai.');
		else if (lat !== null && lng !== null) {
			location = { lat, lng };
			if (!insideVietnam(location)) fail(`Toạ độ ${lat}, ${lng} nằm ngoài Việt Nam (vĩ độ, kinh độ có bị đảo?).`);
		}
		const parentCode = cell(row, 'parentCode').toLowerCase();
		const agency: Agency = { id: code, parentId: parentCode === '' ? null : parentCode, name, kind: kind ?? 'unit', address: cell(row, 'address'), location };
		if (parentCode === code) fail('Cơ quan không thể là cấp trên của chính nó.');
		// Whatever the checks above did not name (the shared schema is the last word).
		else if (errors.length === before && !AgencySchema.safeParse(agency).success) fail('Dòng không hợp lệ.');
		fromFile.set(code, { agency, row: rowNumber });
	}
	if (fromFile.size === 0 && errors.length === 0) errors.push({ row: 0, code: '', reason: 'Tệp không có cơ quan nào.' });

	// The tree as the file describes it: parents must be in the file (a parent left out would be closed).
	const rowOf = (id: string) => fromFile.get(id)?.row ?? 0;
	for (const problem of treeProblems([...fromFile.values()].map((e) => e.agency))) {
		if (problem.kind === 'unknown-parent') {
			const storedParent = stored.some((a) => a.id === problem.parentId);
			errors.push({
				row: rowOf(problem.id),
				code: problem.id,
				reason: storedParent ? `Cơ quan cấp trên "${problem.parentId}" không có trong tệp (nếu để ngoài tệp, nó sẽ bị đóng).` : `Không có cơ quan cấp trên mã "${problem.parentId}".`
			});
		} else if (problem.kind === 'cycle' && problem.path.length > 1) {
			errors.push({ row: rowOf(problem.id), code: problem.id, reason: `Vòng lặp cấp trên: ${[...problem.path, problem.path[0]].join(' → ')}.` });
		}
	}
	if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
	return { ok: true, preview: previewOf(fromFile, stored, now) };
}

function previewOf(fromFile: ReadonlyMap<string, { agency: Agency }>, stored: readonly Agency[], now: Date): ImportPreview {
	const preview: ImportPreview = { added: [], changed: [], moved: [], closed: [], unchanged: 0, edits: [] };
	const storedById = new Map(stored.map((a) => [a.id, a]));
	for (const { agency } of fromFile.values()) {
		const before = storedById.get(agency.id) ?? null;
		if (!before) {
			preview.added.push(agency);
			preview.edits.push({ before: null, after: agency });
			continue;
		}
		// Only the file's columns count; a closed agency listed again is reopened.
		const after: Agency = { ...before, ...agency };
		delete after.closedAt;
		delete after.successorId;
		const moved = before.parentId !== after.parentId;
		const changed =
			before.name !== after.name || before.kind !== after.kind || before.address !== after.address || before.closedAt !== undefined || before.location?.lat !== after.location?.lat || before.location?.lng !== after.location?.lng;
		if (moved) preview.moved.push({ before, after });
		if (changed) preview.changed.push({ before, after });
		if (moved || changed) preview.edits.push({ before, after });
		else preview.unchanged += 1;
	}
	const closedAt = now.toISOString();
	for (const agency of stored) {
		if (fromFile.has(agency.id) || agency.closedAt !== undefined) continue;
		preview.closed.push(agency);
		preview.edits.push({ before: agency, after: { ...agency, closedAt } });
	}
	return preview;
}
