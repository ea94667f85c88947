import { allItems, type ChecklistTemplate } from '$lib/domain/checklist';
import { canonicalJson } from '$lib/domain/canonicalJson';
import { vietnamDate } from '$lib/domain/dates';
import { assignIds, DraftInputSchema, type DraftInput, type RetiredTemplate, type RetirementNotice, type TemplateDraft } from '$lib/domain/templateDraft';
import { ThemeRecordSchema, type ThemeRecord } from '$lib/domain/theme';
import type { Statement } from '../agencies/agencyChangeSql';
import { templateRecord } from '../catalogRecords';
import { InvalidRecordError, NotFoundError, TemplateDraftConflictError } from '../errors';
import { iso, type Time } from '../rows';
import { TEMPLATE_ITEM_COLUMNS, templateItemValues, templateItems } from '../templateItems';

/**
 * The administrator's checklist operations (themes, drafts, publish, retire), written once for both
 * stores. Each is a read-then-write: `reads` are run inside the writing transaction, `plan` is a pure
 * function of what they returned, and its statements are run in the same transaction. Each store only
 * drives it (sqlite/templateAdmin.ts: one synchronous transaction; postgres/templateAdmin.ts: under
 * an advisory lock), so two administrators' saves are applied one after the other, each checked
 * against what the other left.
 */
export interface TemplateOp<T> {
	reads: Readonly<Record<string, Statement>>;
	plan(rows: Readonly<Record<string, readonly Row[]>>): { statements: Statement[]; result: T };
}
type Row = Record<string, unknown>;

/** PostgreSQL: template edits take turns (any constant, distinct from the agencies' lock). */
export const TEMPLATE_LOCK_SQL = 'SELECT pg_advisory_xact_lock(4711014)';

const THEMES_SQL = 'SELECT id, name_vi, name_en, position FROM themes ORDER BY position, id';
const DRAFT_COLUMNS = 'template_id, base_version, revision, content, updated_at, updated_by';
const DRAFT_SQL = `SELECT ${DRAFT_COLUMNS} FROM template_drafts WHERE template_id = ?`;
const LATEST_SQL = 'SELECT max(version) AS version FROM templates WHERE id = ?';
/** Every item id any template ever published or any draft holds: what a generated id must avoid. */
const USED_ITEM_IDS_SQL = 'SELECT DISTINCT item_id FROM template_items';
const OTHER_DRAFTS_SQL = 'SELECT content FROM template_drafts WHERE template_id <> ?';
const RETIRED_COLUMNS = 'template_id, retired_at, retired_by';

interface DraftRow {
	template_id: string;
	base_version: number | null;
	revision: number;
	content: string;
	updated_at: Time;
	updated_by: string;
}

function draftFromRow(row: DraftRow): TemplateDraft {
	return {
		templateId: row.template_id,
		baseVersion: row.base_version === null ? null : Number(row.base_version),
		revision: Number(row.revision),
		body: JSON.parse(row.content) as TemplateDraft['body'],
		updatedAt: iso(row.updated_at),
		updatedBy: row.updated_by
	};
}

const themeFromRow = (row: Row): ThemeRecord => ({ id: String(row.id), name: { vi: String(row.name_vi), en: String(row.name_en) } });

const read = <T>(reads: Record<string, Statement>, plan: TemplateOp<T>['plan']): TemplateOp<T> => ({ reads, plan });
const only = <T>(result: T) => ({ statements: [], result });

export function listThemesOp(): TemplateOp<ThemeRecord[]> {
	return read({ themes: { sql: THEMES_SQL, params: [] } }, (rows) => only((rows.themes ?? []).map(themeFromRow)));
}

/** @throws InvalidRecordError when malformed or the id is taken. */
export function addThemeOp(theme: ThemeRecord, now: Date): TemplateOp<ThemeRecord> {
	return read({ themes: { sql: THEMES_SQL, params: [] } }, (rows) => {
		const parsed = ThemeRecordSchema.safeParse(theme);
		if (!parsed.success) throw new InvalidRecordError(`Theme: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
		const existing = rows.themes ?? [];
		if (existing.some((row) => row.id === theme.id)) throw new InvalidRecordError(`Theme ${theme.id} exists`);
		const position = Math.max(0, ...existing.map((row) => Number(row.position))) + 1;
		return {
			statements: [{ sql: 'INSERT INTO themes (id, name_vi, name_en, position, created_at) VALUES (?, ?, ?, ?, ?)', params: [theme.id, parsed.data.name.vi, parsed.data.name.en, position, now.toISOString()] }],
			result: parsed.data
		};
	});
}

export function listDraftsOp(): TemplateOp<TemplateDraft[]> {
	return read({ drafts: { sql: `SELECT ${DRAFT_COLUMNS} FROM template_drafts`, params: [] } }, (rows) =>
		only(((rows.drafts ?? []) as unknown as DraftRow[]).map(draftFromRow).sort((a, b) => (a.templateId < b.templateId ? -1 : 1)))
	);
}

export function getDraftOp(templateId: string): TemplateOp<TemplateDraft | null> {
	return read({ draft: { sql: DRAFT_SQL, params: [templateId] } }, (rows) => {
		const row = rows.draft?.[0] as DraftRow | undefined;
		return only(row ? draftFromRow(row) : null);
	});
}

function latestVersion(rows: readonly Row[] | undefined): number | null {
	const value = rows?.[0]?.version;
	return value === null || value === undefined ? null : Number(value);
}

/** The draft as stored now, checked against the revision the caller read (null: none may exist). */
function expectDraft(templateId: string, rows: readonly Row[] | undefined, expectedRevision: number | null): TemplateDraft | null {
	const row = rows?.[0] as DraftRow | undefined;
	const draft = row ? draftFromRow(row) : null;
	if (expectedRevision === null && draft) throw new TemplateDraftConflictError(templateId, 'a draft exists already');
	if (expectedRevision !== null && !draft) throw new TemplateDraftConflictError(templateId, 'the draft is gone (published or discarded)');
	if (expectedRevision !== null && draft && draft.revision !== expectedRevision) {
		throw new TemplateDraftConflictError(templateId, `the draft is at revision ${draft.revision}, not ${expectedRevision}`);
	}
	return draft;
}

/**
 * Creates (expectedRevision null) or replaces a template's draft with the whole content given. New
 * items and sections get ids (assignIds); every section's theme must exist. A new draft of a
 * published template starts from its latest version (baseVersion); of a new template from none.
 * @throws InvalidRecordError when the content is malformed or names an unknown theme
 * @throws TemplateDraftConflictError when the draft is not at `expectedRevision`
 */
export function saveDraftOp(templateId: string, input: DraftInput, expectedRevision: number | null, actorId: string, now: Date): TemplateOp<TemplateDraft> {
	return read(
		{
			draft: { sql: DRAFT_SQL, params: [templateId] },
			latest: { sql: LATEST_SQL, params: [templateId] },
			usedIds: { sql: USED_ITEM_IDS_SQL, params: [] },
			otherDrafts: { sql: OTHER_DRAFTS_SQL, params: [templateId] },
			themes: { sql: THEMES_SQL, params: [] }
		},
		(rows) => {
			const parsed = DraftInputSchema.safeParse(input);
			if (!parsed.success) throw new InvalidRecordError(`Template ${templateId}: ${issueText(parsed.error.issues[0])}`);
			const current = expectDraft(templateId, rows.draft, expectedRevision);
			const used = new Set((rows.usedIds ?? []).map((row) => String(row.item_id)));
			for (const row of rows.otherDrafts ?? []) {
				for (const item of allItems(JSON.parse(String(row.content)) as ChecklistTemplate)) used.add(item.id);
			}
			const body = assignIds(templateId, parsed.data, used);
			const themes = new Set((rows.themes ?? []).map((row) => String(row.id)));
			const unknown = body.sections.find((s) => !themes.has(s.theme));
			if (unknown) throw new InvalidRecordError(`Template ${templateId}: unknown theme ${unknown.theme}`);
			// Validated as the version it will become, so a draft that saves is one that publishes.
			templateRecord({ ...body, version: 1, publishedAt: vietnamDate(now) });
			const stored = canonicalJson(body);
			const draft: TemplateDraft = {
				templateId,
				baseVersion: current ? current.baseVersion : latestVersion(rows.latest),
				revision: (current?.revision ?? 0) + 1,
				body: JSON.parse(stored) as TemplateDraft['body'],
				updatedAt: now.toISOString(),
				updatedBy: actorId
			};
			const statement = current
				? { sql: 'UPDATE template_drafts SET revision = ?, content = ?, updated_at = ?, updated_by = ? WHERE template_id = ?', params: [draft.revision, stored, draft.updatedAt, actorId, templateId] }
				: {
						sql: `INSERT INTO template_drafts (${DRAFT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
						params: [templateId, draft.baseVersion, draft.revision, stored, draft.updatedAt, actorId]
					};
			return { statements: [statement], result: draft };
		}
	);
}

/** @throws TemplateDraftConflictError when the draft is not at `expectedRevision`. */
export function discardDraftOp(templateId: string, expectedRevision: number): TemplateOp<void> {
	return read({ draft: { sql: DRAFT_SQL, params: [templateId] } }, (rows) => {
		expectDraft(templateId, rows.draft, expectedRevision);
		return { statements: [{ sql: 'DELETE FROM template_drafts WHERE template_id = ?', params: [templateId] }], result: undefined };
	});
}

/**
 * Freezes the draft as the next version (its base + 1, dated today in Vietnam) and removes the draft.
 * A version published meanwhile by another path (a release's seed) makes the draft stale: refused.
 * @throws TemplateDraftConflictError
 */
export function publishDraftOp(templateId: string, expectedRevision: number, now: Date): TemplateOp<ChecklistTemplate> {
	return read({ draft: { sql: DRAFT_SQL, params: [templateId] }, latest: { sql: LATEST_SQL, params: [templateId] } }, (rows) => {
		const draft = expectDraft(templateId, rows.draft, expectedRevision);
		if (!draft) throw new TemplateDraftConflictError(templateId, 'no draft');
		const latest = latestVersion(rows.latest);
		if (latest !== draft.baseVersion) {
			throw new TemplateDraftConflictError(templateId, `version ${latest} was published after this draft started from ${draft.baseVersion ?? 'nothing'}`);
		}
		const template: ChecklistTemplate = { ...draft.body, id: templateId, version: (latest ?? 0) + 1, publishedAt: vietnamDate(now) };
		const record = templateRecord(template);
		const items = templateItems(template);
		return {
			statements: [
				{ sql: 'INSERT INTO templates (id, version, content, content_hash, stored_at) VALUES (?, ?, ?, ?, ?)', params: [template.id, template.version, record.content, record.contentHash, now.toISOString()] },
				{
					sql: `INSERT INTO template_items (${TEMPLATE_ITEM_COLUMNS.join(', ')}) VALUES ${items.map(() => `(${TEMPLATE_ITEM_COLUMNS.map(() => '?').join(', ')})`).join(', ')}`,
					params: items.flatMap((item) => templateItemValues(template, item))
				},
				{ sql: 'DELETE FROM template_drafts WHERE template_id = ?', params: [templateId] }
			],
			result: JSON.parse(record.content) as ChecklistTemplate
		};
	});
}

/**
 * Retires a published template (no new inspections) or brings it back; doing what is already so
 * writes nothing. @throws NotFoundError when the template was never published.
 */
export function setRetiredOp(templateId: string, retired: boolean, actorId: string, now: Date): TemplateOp<void> {
	return read(
		{ latest: { sql: LATEST_SQL, params: [templateId] }, retired: { sql: `SELECT ${RETIRED_COLUMNS} FROM template_retirements WHERE template_id = ?`, params: [templateId] } },
		(rows) => {
			if (latestVersion(rows.latest) === null) throw new NotFoundError('template', templateId);
			const isRetired = (rows.retired ?? []).length > 0;
			if (isRetired === retired) return only(undefined);
			const statement = retired
				? { sql: `INSERT INTO template_retirements (${RETIRED_COLUMNS}) VALUES (?, ?, ?)`, params: [templateId, now.toISOString(), actorId] }
				: { sql: 'DELETE FROM template_retirements WHERE template_id = ?', params: [templateId] };
			return { statements: [statement], result: undefined };
		}
	);
}

export function listRetiredOp(): TemplateOp<RetiredTemplate[]> {
	return read({ retired: { sql: `SELECT ${RETIRED_COLUMNS} FROM template_retirements`, params: [] } }, (rows) =>
		only(
			(rows.retired ?? [])
				.map((row) => ({ templateId: String(row.template_id), retiredAt: iso(row.retired_at as Time), retiredBy: String(row.retired_by) }))
				.sort((a, b) => (a.templateId < b.templateId ? -1 : 1))
		)
	);
}

function issueText(issue: { path: readonly PropertyKey[]; message: string } | undefined): string {
	if (!issue) return 'invalid';
	return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

const NOTICE_COLUMNS = 'template_id, user_id, notified_at';

/**
 * Records that `userId` was sent these retirements now (with a pull's catalog). Only the first time
 * counts, and only for templates still retired (one brought back meanwhile is skipped).
 */
export function noteRetirementsSentOp(userId: string, templateIds: readonly string[], now: Date): TemplateOp<void> {
	return read(
		{
			notices: { sql: `SELECT ${NOTICE_COLUMNS} FROM template_retirement_notices WHERE user_id = ?`, params: [userId] },
			retired: { sql: `SELECT ${RETIRED_COLUMNS} FROM template_retirements`, params: [] }
		},
		(rows) => {
			const known = new Set((rows.notices ?? []).map((row) => String(row.template_id)));
			const retired = new Set((rows.retired ?? []).map((row) => String(row.template_id)));
			const fresh = [...new Set(templateIds)].filter((id) => retired.has(id) && !known.has(id));
			return {
				statements: fresh.map((id) => ({ sql: `INSERT INTO template_retirement_notices (${NOTICE_COLUMNS}) VALUES (?, ?, ?)`, params: [id, userId, now.toISOString()] })),
				result: undefined
			};
		}
	);
}

/** The template's retirement as `userId` knows it (when it was first sent to them); null when the template is not retired. */
export function retirementNoticeOp(templateId: string, userId: string): TemplateOp<RetirementNotice | null> {
	return read(
		{
			retired: { sql: `SELECT ${RETIRED_COLUMNS} FROM template_retirements WHERE template_id = ?`, params: [templateId] },
			notice: { sql: `SELECT ${NOTICE_COLUMNS} FROM template_retirement_notices WHERE template_id = ? AND user_id = ?`, params: [templateId, userId] }
		},
		(rows) => {
			const retired = rows.retired?.[0];
			if (!retired) return only(null);
			const notice = rows.notice?.[0];
			return only({ templateId, retiredAt: iso(retired.retired_at as Time), notifiedAt: notice ? iso(notice.notified_at as Time) : null });
		}
	);
}
