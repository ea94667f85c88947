import type { Store } from '../Store';
import {
	addThemeOp,
	discardDraftOp,
	getDraftOp,
	listDraftsOp,
	listRetiredOp,
	listThemesOp,
	noteRetirementsSentOp,
	publishDraftOp,
	retirementNoticeOp,
	saveDraftOp,
	setRetiredOp,
	type TemplateOp
} from './templateOps';

export type TemplateAdminMethods = Pick<
	Store,
	| 'listThemes'
	| 'addTheme'
	| 'listTemplateDrafts'
	| 'getTemplateDraft'
	| 'saveTemplateDraft'
	| 'discardTemplateDraft'
	| 'publishTemplateDraft'
	| 'setTemplateRetired'
	| 'listRetiredTemplates'
	| 'noteRetirementsSent'
	| 'getRetirementNotice'
>;

/** Runs one operation (its reads, its plan, its statements) in one write transaction. */
export type RunTemplateOp = <T>(op: TemplateOp<T>) => Promise<T>;

/** The Store's checklist methods, the same for both databases: each store supplies only `run`. */
export function templateAdmin(run: RunTemplateOp): TemplateAdminMethods {
	return {
		listThemes: () => run(listThemesOp()),
		addTheme: (theme, now) => run(addThemeOp(theme, now)),
		listTemplateDrafts: () => run(listDraftsOp()),
		getTemplateDraft: (templateId) => run(getDraftOp(templateId)),
		saveTemplateDraft: (templateId, input, expectedRevision, actorId, now) => run(saveDraftOp(templateId, input, expectedRevision, actorId, now)),
		discardTemplateDraft: (templateId, expectedRevision) => run(discardDraftOp(templateId, expectedRevision)),
		publishTemplateDraft: (templateId, expectedRevision, now) => run(publishDraftOp(templateId, expectedRevision, now)),
		setTemplateRetired: (templateId, retired, actorId, now) => run(setRetiredOp(templateId, retired, actorId, now)),
		listRetiredTemplates: () => run(listRetiredOp()),
		noteRetirementsSent: (userId, templateIds, now) => (templateIds.length === 0 ? Promise.resolve() : run(noteRetirementsSentOp(userId, templateIds, now))),
		getRetirementNotice: (templateId, userId) => run(retirementNoticeOp(templateId, userId))
	};
}
