import { tick } from 'svelte';
import { z } from 'zod/mini';
import { ApiErrorBodySchema } from '$lib/domain/apiError';
import { DraftInputSchema, TemplateDraftSchema, type TemplateDraft } from '$lib/domain/templateDraft';
import { blankItem, blankSection, fromBody, takeIds, toInput, type DraftForm, type ItemForm, type SectionForm } from './draftForm';
import { problemsByAddress, serverIssues, WHOLE_DRAFT } from './draftIssues';
import { draftMessage } from './draftMessages';
import { itemStep, moveItem, moveSection, type Direction, type ItemPlace } from './draftMoves';

// The schema's own messages in Vietnamese, for this check only (draftMessages.ts says why not Zod's locale).
const IN_VIETNAMESE = { error: draftMessage };
const SavedSchema = z.object({ draft: TemplateDraftSchema });

type Removed = { kind: 'item'; sectionKey: string; index: number; item: ItemForm } | { kind: 'section'; index: number; section: SectionForm };

export const itemAddress = (section: SectionForm, item: ItemForm) => `sections.${section.key}.items.${item.key}`;
export const sectionAddress = (section: SectionForm) => `sections.${section.key}`;
const quoted = (text: string, fallback: string) => `“${text.trim() || fallback}”`;
const itemName = (item: ItemForm) => quoted(item.text.vi, 'mục mới');
const sectionName = (section: SectionForm) => quoted(section.title.vi, 'phần mới');

/**
 * The item editor's draft: the fields in memory (draftForm.ts), the structure changes (add, remove
 * with undo, move one step at a time), the save with the draft's revision check, and what the page
 * says about it: problems by field (the shared schema's, before the save and from the server), a
 * line for screen readers after each move, and where the focus goes so it stays on what was moved.
 */
export class DraftEditor {
	readonly templateId: string;
	form = $state() as DraftForm;
	revision = $state(0);
	problems = $state<Record<string, string[]>>({});
	/** Why the last save did not happen, for the top of the page. */
	failure = $state<string | null>(null);
	notice = $state<string | null>(null);
	saving = $state(false);
	/** Said by the page's live region: moves, additions, removals. */
	announcement = $state('');
	removed = $state<Removed | null>(null);
	/** The items whose fields are shown, by key. */
	open = $state<Record<string, boolean>>({});
	#saved = $state('');
	readonly dirty = $derived(JSON.stringify(toInput(this.form)) !== this.#saved);

	constructor(draft: TemplateDraft) {
		this.templateId = draft.templateId;
		this.form = fromBody(draft.body);
		this.revision = draft.revision;
		this.#saved = JSON.stringify(toInput(this.form));
	}

	#announce(text: string): void {
		// The same words twice in a row would not be read again: a trailing space makes them new.
		this.announcement = text === this.announcement ? `${text}\u00a0` : text;
		this.notice = null;
	}

	/** Focuses the first of `ids` that is on the page and can take it (a move button at an end is disabled). */
	async #focus(...ids: string[]): Promise<void> {
		await tick();
		for (const id of ids) {
			const element = document.getElementById(id);
			if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
				element.focus();
				element.scrollIntoView({ block: 'nearest' });
				return;
			}
		}
	}

	canMoveItem(place: ItemPlace, direction: Direction): boolean {
		return itemStep(this.form, place, direction) !== null;
	}

	async moveItem(place: ItemPlace, direction: Direction): Promise<void> {
		const item = this.form.sections[place.section]?.items[place.index];
		const to = moveItem(this.form, place, direction);
		const section = to ? this.form.sections[to.section] : undefined;
		if (!item || !to || !section) return;
		const where = `nay là mục ${to.section + 1}.${to.index + 1}`;
		const way = direction === 'up' ? 'lên' : 'xuống';
		this.#announce(
			to.section === place.section ? `Đã chuyển mục ${itemName(item)} ${way}, ${where}.` : `Đã chuyển mục ${itemName(item)} sang phần ${to.section + 1} ${sectionName(section)}, ${where}.`
		);
		const other = direction === 'up' ? 'down' : 'up';
		await this.#focus(`${direction}-${item.key}`, `${other}-${item.key}`);
	}

	async moveSection(index: number, direction: Direction): Promise<void> {
		const section = this.form.sections[index];
		const to = moveSection(this.form, index, direction);
		if (!section || to === null) return;
		this.#announce(`Đã chuyển phần ${sectionName(section)} ${direction === 'up' ? 'lên' : 'xuống'}, nay là phần ${to + 1}.`);
		const other = direction === 'up' ? 'down' : 'up';
		await this.#focus(`${direction}-${section.key}`, `${other}-${section.key}`);
	}

	async addItem(sectionIndex: number): Promise<void> {
		const section = this.form.sections[sectionIndex];
		if (!section) return;
		const item = blankItem();
		section.items.push(item);
		this.open[item.key] = true;
		this.#announce(`Đã thêm mục mới ${sectionIndex + 1}.${section.items.length} vào phần ${sectionIndex + 1}.`);
		await this.#focus(`f-${itemAddress(section, item)}.text.vi`);
	}

	async addSection(theme: string): Promise<void> {
		const section = blankSection(theme);
		this.form.sections.push(section);
		const item = section.items[0];
		if (item) this.open[item.key] = true;
		this.#announce(`Đã thêm phần mới ${this.form.sections.length}, với một mục mới.`);
		await this.#focus(`f-${sectionAddress(section)}.title.vi`);
	}

	async removeItem(place: ItemPlace): Promise<void> {
		const section = this.form.sections[place.section];
		const [item] = section?.items.splice(place.index, 1) ?? [];
		if (!section || !item) return;
		this.removed = { kind: 'item', sectionKey: section.key, index: place.index, item };
		this.#announce(`Đã bỏ mục ${itemName(item)} (chưa lưu; có thể hoàn tác).`);
		const next = section.items[place.index] ?? section.items[place.index - 1];
		await this.#focus(next ? `toggle-${next.key}` : `add-item-${section.key}`, 'undo');
	}

	async removeSection(index: number): Promise<void> {
		const [section] = this.form.sections.splice(index, 1);
		if (!section) return;
		this.removed = { kind: 'section', index, section };
		this.#announce(`Đã bỏ phần ${sectionName(section)} và ${section.items.length} mục của nó (chưa lưu; có thể hoàn tác).`);
		const next = this.form.sections[index] ?? this.form.sections[index - 1];
		await this.#focus(next ? `f-${sectionAddress(next)}.title.vi` : 'add-section', 'undo');
	}

	async undo(): Promise<void> {
		const removed = this.removed;
		if (!removed) return;
		this.removed = null;
		if (removed.kind === 'section') {
			this.form.sections.splice(Math.min(removed.index, this.form.sections.length), 0, removed.section);
			this.#announce(`Đã khôi phục phần ${sectionName(removed.section)}.`);
			await this.#focus(`f-${sectionAddress(removed.section)}.title.vi`);
			return;
		}
		const section = this.form.sections.find((s) => s.key === removed.sectionKey) ?? this.form.sections[0];
		if (!section) return;
		section.items.splice(Math.min(removed.index, section.items.length), 0, removed.item);
		this.#announce(`Đã khôi phục mục ${itemName(removed.item)}.`);
		await this.#focus(`toggle-${removed.item.key}`);
	}

	/** Checks the draft with the shared schema; the problems are shown by their fields and the first is focused. */
	async check(): Promise<boolean> {
		const parsed = DraftInputSchema.safeParse(toInput(this.form), IN_VIETNAMESE);
		if (parsed.success) {
			this.problems = {};
			return true;
		}
		await this.#showProblems(problemsByAddress(this.form, parsed.error.issues));
		return false;
	}

	async #showProblems(problems: Record<string, string[]>): Promise<void> {
		this.problems = problems;
		const count = Object.values(problems).reduce((n, list) => n + list.length, 0);
		const whole = problems[WHOLE_DRAFT] ?? [];
		this.failure = `Chưa lưu: ${count} chỗ cần sửa, được ghi ngay dưới từng ô.${whole.length > 0 ? ` ${whole.join(' ')}` : ''}`;
		// Items with a problem open, so the field with the message is on the page.
		for (const section of this.form.sections) {
			for (const item of section.items) {
				const prefix = `${itemAddress(section, item)}.`;
				if (Object.keys(problems).some((address) => address.startsWith(prefix))) this.open[item.key] = true;
			}
		}
		await tick();
		const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
		first?.focus();
		first?.scrollIntoView({ block: 'center' });
	}

	async save(): Promise<void> {
		if (this.saving) return;
		this.failure = null;
		this.notice = null;
		if (!(await this.check())) return;
		this.saving = true;
		const content = toInput(this.form);
		let response: Response;
		try {
			response = await fetch('/api/admin/templates/draft', {
				method: 'PUT',
				credentials: 'same-origin',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ templateId: this.templateId, revision: this.revision, content })
			});
		} catch {
			this.saving = false;
			this.failure = 'Không kết nối được máy chủ; bản nháp chưa lưu. Các thay đổi vẫn còn trên trang: hãy thử lại khi có mạng.';
			return;
		}
		const body: unknown = await response.json().catch(() => null);
		this.saving = false;
		if (response.ok) {
			const saved = SavedSchema.safeParse(body);
			if (!saved.success) {
				this.failure = 'Máy chủ trả lời không đúng dạng. Hãy tải lại trang để xem bản nháp đã lưu.';
				return;
			}
			takeIds(this.form, saved.data.draft.body);
			this.revision = saved.data.draft.revision;
			this.#saved = JSON.stringify(toInput(this.form));
			this.problems = {};
			this.removed = null;
			this.notice = `Đã lưu bản nháp (lần lưu ${this.revision}).`;
			return;
		}
		const error = ApiErrorBodySchema.safeParse(body);
		const message = error.success ? error.data.error.message : `Máy chủ báo lỗi (${response.status}); bản nháp chưa lưu.`;
		const fields = error.success ? error.data.error.fields : undefined;
		if (fields) {
			await this.#showProblems(problemsByAddress(this.form, serverIssues(fields)));
			this.failure = `${message} ${this.failure ?? ''}`.trim();
		} else {
			this.failure = message;
		}
	}
}
