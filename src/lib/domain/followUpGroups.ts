import { THEMES, type SeedTheme as Theme } from './checklist';
import type { Recommendation } from './recommendation';

/**
 * The open recommendations of an agency as the form lists them: by theme, so 26 of them no longer
 * make the "Thông tin chung" step 25,000 px tall; themes holding overdue ones first, and within a
 * theme the overdue ones first, then by deadline.
 */
export interface FollowUpGroup {
	/** A checklist theme, or 'other' for an item id outside the nine (an older template). */
	theme: Theme | 'other';
	recommendations: Recommendation[];
	overdue: number;
}

/**
 * Every item id of the published checklists starts with its theme ("meetings.minutes"), which
 * templates.test.ts holds, so a recommendation is placed without the template it came from.
 */
export function themeOfItem(itemId: string): Theme | 'other' {
	const prefix = itemId.slice(0, itemId.indexOf('.'));
	return (THEMES as readonly string[]).includes(prefix) ? (prefix as Theme) : 'other';
}

/** Overdue when still open at `now` past its deadline (an instant: the end of the deadline day). */
export const isOverdue = (rec: Recommendation, now: Date): boolean => rec.status === 'open' && rec.deadline < now.toISOString();

export function groupFollowUps(recommendations: readonly Recommendation[], now: Date): FollowUpGroup[] {
	const byTheme = new Map<Theme | 'other', Recommendation[]>();
	for (const rec of recommendations) {
		const theme = themeOfItem(rec.itemId);
		byTheme.set(theme, [...(byTheme.get(theme) ?? []), rec]);
	}
	const order = [...THEMES, 'other'] as const;
	return [...byTheme.entries()]
		.map(([theme, recs]) => ({
			theme,
			recommendations: recs.sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || a.deadline.localeCompare(b.deadline)),
			overdue: recs.filter((r) => isOverdue(r, now)).length
		}))
		.sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0) || order.indexOf(a.theme) - order.indexOf(b.theme));
}
