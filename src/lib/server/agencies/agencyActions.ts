import { z } from 'zod/mini';
import type { Agency } from '$lib/domain/agency';
import { AGENCY_KIND_LABELS } from '$lib/domain/agencyKinds';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '../store/canonical';
import { AgencyConflictError, InvalidRecordError } from '../store/errors';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { agencyFromForm, type AgencyFormProblem } from './agencyForm';
import { checkAgencySheet, type SheetError } from './agencyImport';
import { readCsv } from './readCsv';

/**
 * What the admin page's actions do, apart from reading the request: each is one store edit by the
 * signed-in administrator (checked by the caller), and each failure is a message for the page.
 */

const STALE = 'Cơ quan này vừa được người khác sửa. Hãy tải lại trang và sửa lại.';

export async function saveAgency(store: Store, admin: User, form: FormData, id: string | null, now: Date): Promise<{ agency: Agency } | { problem: AgencyFormProblem }> {
	const agencies = await store.listAgencies();
	const tree = new Map(agencies.map((a) => [a.id, a]));
	const before = id === null ? null : (tree.get(id) ?? null);
	if (id !== null && !before) return { problem: { field: 'form', message: `Không có cơ quan mã "${id}".` } };
	const read = agencyFromForm(form, before, tree, now);
	if ('problem' in read) return read;
	try {
		await store.changeAgencies([{ before, after: read.agency }], { id: admin.id, source: 'form' }, now);
		return read;
	} catch (error) {
		if (error instanceof AgencyConflictError) return { problem: { field: 'form', message: STALE } };
		if (error instanceof InvalidRecordError) return { problem: { field: 'form', message: `Không lưu được: ${error.message}` } };
		throw error;
	}
}

/** The tree as read when the preview was made: applying a preview of another tree is refused. */
export const catalogFingerprint = (agencies: readonly Agency[]) => sha256Hex(canonicalJson(agencies)).slice(0, 16);

export interface PreviewSummary {
	added: { id: string; name: string }[];
	changed: { id: string; before: string; after: string }[];
	moved: { id: string; name: string; from: string | null; to: string | null }[];
	closed: { id: string; name: string }[];
	unchanged: number;
}

export type SheetOutcome = { ok: false; errors: SheetError[] } | { ok: true; preview: PreviewSummary; rows: string; fingerprint: string };

/** Reads an uploaded .xlsx or .csv (UTF-8) into rows; ExcelJS is loaded only here, on demand. */
export async function readSheet(file: File): Promise<string[][]> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	// A zip (xlsx) starts with "PK"; anything else is read as CSV text.
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		const { readXlsx } = await import('./readXlsx');
		return readXlsx(bytes);
	}
	return readCsv(new TextDecoder('utf-8').decode(bytes));
}

export async function previewSheet(store: Store, rows: string[][], now: Date): Promise<SheetOutcome> {
	const agencies = await store.listAgencies();
	const checked = checkAgencySheet(rows, agencies, now);
	if (!checked.ok) return checked;
	const p = checked.preview;
	const names = new Map(agencies.map((a) => [a.id, a.name]));
	return {
		ok: true,
		rows: JSON.stringify(rows),
		fingerprint: catalogFingerprint(agencies),
		preview: {
			added: p.added.map((a) => ({ id: a.id, name: a.name })),
			changed: p.changed.map((c) => ({ id: c.after.id, before: describe(c.before), after: describe(c.after) })),
			moved: p.moved.map((m) => ({ id: m.after.id, name: m.after.name, from: m.before.parentId && (names.get(m.before.parentId) ?? m.before.parentId), to: m.after.parentId && (names.get(m.after.parentId) ?? m.after.parentId) })),
			closed: p.closed.map((a) => ({ id: a.id, name: a.name })),
			unchanged: p.unchanged
		}
	};
}

function describe(a: Agency): string {
	return [a.closedAt ? `${a.name} (đã đóng)` : a.name, AGENCY_KIND_LABELS[a.kind], a.address, a.location ? `${a.location.lat}, ${a.location.lng}` : ''].filter(Boolean).join(' · ');
}

const RowsSchema = z.array(z.array(z.string()));

/** Applies a previewed file: checked again, against the same tree the preview saw, in one transaction. */
export async function applySheet(store: Store, admin: User, rowsJson: string, fingerprint: string, now: Date): Promise<{ ok: true; changed: number } | { ok: false; message: string; errors?: SheetError[] }> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(rowsJson);
	} catch {
		return { ok: false, message: 'Dữ liệu xem trước bị hỏng; hãy chọn lại tệp.' };
	}
	const rows = RowsSchema.safeParse(parsed);
	if (!rows.success) return { ok: false, message: 'Dữ liệu xem trước bị hỏng; hãy chọn lại tệp.' };
	const agencies = await store.listAgencies();
	if (catalogFingerprint(agencies) !== fingerprint) return { ok: false, message: 'Danh mục cơ quan đã thay đổi từ khi xem trước. Hãy chọn lại tệp để xem trước lần nữa.' };
	const checked = checkAgencySheet(rows.data, agencies, now);
	if (!checked.ok) return { ok: false, message: 'Tệp có lỗi.', errors: checked.errors };
	try {
		return { ok: true, changed: await store.changeAgencies(checked.preview.edits, { id: admin.id, source: 'import' }, now) };
	} catch (error) {
		if (error instanceof AgencyConflictError) return { ok: false, message: 'Danh mục cơ quan đã thay đổi từ khi xem trước. Hãy chọn lại tệp để xem trước lần nữa.' };
		throw error;
	}
}
