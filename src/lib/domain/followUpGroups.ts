import { THEMES } from './checklist';
import type { Recommendation } from './recommendation';

/**
 * The open recommendations of an agency as the form lists them: by theme, so 26 of them no longer
 * make the "Thông tin chung" step 25,000 px tall; themes holding overdue ones first, and within a
 * theme the overdue ones first, then by deadline.
 */
export interface FollowUpGroup {
	/** A checklist theme (one of the nine, or one an administrator added), or 'other' for an item id outside them. */
	theme: string;
	recommendations: Recommendation[];
	overdue: number;
}

/**
 * Every item id of the published checklists starts with its theme ("meetings.minutes"), which
 * templates.test.ts holds, and ids the server generates do too (theme.n), so a recommendation is
 * placed without the template it came from: under one of the nine, or one of the `added` themes.
 */
export function themeOfItem(itemId: string, added: { has(id: string): boolean } = new Set()): string {
	const prefix = itemId.slice(0, itemId.indexOf('.'));
	return (THEMES as readonly string[]).includes(prefix) || added.has(prefix) ? prefix : 'other';
}

/** Overdue when still open at `now` past its deadline (an instant: the end of the deadline day). */
export const isOverdue = (rec: Recommendation, now: Date): boolean => rec.status === 'open' && rec.deadline < now.toISOString();

export function groupFollowUps(recommendations: readonly Recommendation[], now: Date, added: { has(id: string): boolean } = new Set()): FollowUpGroup[] {
	const byTheme = new Map<string, Recommendation[]>();
	for (const rec of recommendations) {
		const theme = themeOfItem(rec.itemId, added);
		byTheme.set(theme, [...(byTheme.get(theme) ?? []), rec]);
	}
	// The nine in their order, then added themes, then 'other'.
	const order = (theme: string) => (theme === 'other' ? THEMES.length + 2 : (THEMES as readonly string[]).indexOf(theme) + 1 || THEMES.length + 1);
	return [...byTheme.entries()]
		.map(([theme, recs]) => ({
			theme,
			recommendations: recs.sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || a.deadline.localeCompare(b.deadline)),
			overdue: recs.filter((r) => isOverdue(r, now)).length
		}))
		.sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0) || order(a.theme) - order(b.theme));
}
