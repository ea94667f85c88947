import { bodyOf, type TemplateDraft } from '$lib/domain/templateDraft';
import { ThemeRecordSchema, type ThemeRecord } from '$lib/domain/theme';
import { InvalidRecordError, NotFoundError, TemplateDraftConflictError } from '../store/errors';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { parseTemplateWorkbook, type WorkbookError } from './parseTemplateWorkbook';

/**
 * What the checklist admin page's actions do, apart from reading the request: each is one store call
 * by the signed-in administrator (checked by the caller), each failure a message for the page.
 */

export type ActionOutcome<T = object> = ({ ok: true } & T) | { ok: false; message: string; errors?: WorkbookError[] };

const STALE = 'Bản nháp vừa được người khác sửa, công bố hoặc bỏ. Hãy tải lại trang.';

async function guarded<T extends object>(work: () => Promise<T>): Promise<ActionOutcome<T>> {
	try {
		return { ok: true, ...(await work()) };
	} catch (error) {
		if (error instanceof TemplateDraftConflictError) return { ok: false, message: `${STALE} (${error.message})` };
		if (error instanceof InvalidRecordError) return { ok: false, message: `Không lưu được: ${error.message}` };
		if (error instanceof NotFoundError) return { ok: false, message: 'Không có mẫu phiếu này.' };
		throw error;
	}
}

/** A draft of the next version, starting from the latest published one. */
export function startDraft(store: Store, admin: User, templateId: string, now: Date): Promise<ActionOutcome<{ draft: TemplateDraft }>> {
	return guarded(async () => {
		const latest = (await store.listTemplates()).filter((t) => t.id === templateId).at(-1);
		if (!latest) throw new NotFoundError('template', templateId);
		return { draft: await store.saveTemplateDraft(templateId, bodyOf(latest), null, admin.id, now) };
	});
}

/**
 * Reads an uploaded checklist workbook (ExcelJS is loaded only here, on demand) and, when it has no
 * error, adds the themes it brings and makes it the template's draft (replacing the draft there is,
 * when `expectedRevision` names it). Nothing is stored while any cell is wrong.
 */
export async function importWorkbook(store: Store, admin: User, file: File, expectedRevision: number | null, now: Date): Promise<ActionOutcome<{ draft: TemplateDraft; themesAdded: string[] }>> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	let sheets: Map<string, string[][]>;
	try {
		const { readXlsxSheets } = await import('../agencies/readXlsx');
		sheets = await readXlsxSheets(bytes);
	} catch {
		return { ok: false, message: 'Không đọc được tệp: cần một tệp .xlsx xuất từ trang này.' };
	}
	const known = await store.listThemes();
	const parsed = parseTemplateWorkbook(sheets, known);
	if (!parsed.ok) return { ok: false, message: 'Tệp có lỗi; chưa có gì được nhập.', errors: parsed.errors };
	const existing = await store.getTemplateDraft(parsed.templateId);
	if (existing && existing.revision !== expectedRevision) {
		return { ok: false, message: `Mẫu phiếu "${parsed.templateId}" đang có bản nháp (lần lưu ${existing.revision}); hãy bỏ bản nháp hoặc nhập từ trang của nó.` };
	}
	const knownIds = new Set(known.map((t) => t.id));
	const added = parsed.themes.filter((t) => !knownIds.has(t.id));
	return guarded(async () => {
		for (const theme of added) await store.addTheme(theme, now);
		const draft = await store.saveTemplateDraft(parsed.templateId, parsed.input, existing?.revision ?? null, admin.id, now);
		return { draft, themesAdded: added.map((t) => t.id) };
	});
}

export const publishDraft = (store: Store, templateId: string, revision: number, now: Date) =>
	guarded(async () => ({ template: await store.publishTemplateDraft(templateId, revision, now) }));

export const discardDraft = (store: Store, templateId: string, revision: number) => guarded(async () => (await store.discardTemplateDraft(templateId, revision), {}));

export const setRetired = (store: Store, admin: User, templateId: string, retired: boolean, now: Date) =>
	guarded(async () => (await store.setTemplateRetired(templateId, retired, admin.id, now), {}));

export function addTheme(store: Store, form: { id: string; vi: string; en: string }, now: Date): Promise<ActionOutcome<{ theme: ThemeRecord }>> {
	const parsed = ThemeRecordSchema.safeParse({ id: form.id.trim(), name: { vi: form.vi.trim(), en: form.en.trim() || form.vi.trim() } });
	if (!parsed.success) return Promise.resolve({ ok: false, message: 'Mã chủ đề chỉ gồm chữ thường không dấu, số, dấu chấm, gạch nối; cần tên tiếng Việt.' });
	return guarded(async () => ({ theme: await store.addTheme(parsed.data, now) }));
}
