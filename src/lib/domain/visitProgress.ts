import { z } from 'zod/mini';

/**
 * Where a planned visit stands, as the plan's progress page and the reminders show it. The server
 * knows an inspection once it is sent, so: an inspection approved → approved; sent → submitted;
 * returned for correction → in progress; none yet → planned, or overdue once the window has passed
 * (computed when read, so nothing has to flip it at midnight).
 */
export const VISIT_PROGRESS = ['planned', 'in-progress', 'submitted', 'approved', 'overdue'] as const;
export const VisitProgressSchema = z.enum(VISIT_PROGRESS);
export type VisitProgress = z.infer<typeof VisitProgressSchema>;

export type LinkedStatus = 'sent' | 'returned' | 'approved';

const RANK: Readonly<Record<LinkedStatus, number>> = { returned: 0, sent: 1, approved: 2 };

/** Of several inspections linked to one visit (two members started it), the one furthest along. */
export function furthest<T extends { status: LinkedStatus }>(linked: readonly T[]): T | null {
	let best: T | null = null;
	for (const l of linked) if (!best || RANK[l.status] > RANK[best.status]) best = l;
	return best;
}

export function visitProgress(window: { windowTo: string }, linked: LinkedStatus | null, today: string): VisitProgress {
	if (linked === 'approved') return 'approved';
	if (linked === 'sent') return 'submitted';
	if (linked === 'returned') return 'in-progress';
	return today > window.windowTo ? 'overdue' : 'planned';
}

/** Due within `days` (the window has begun or begins by then, and has not passed), for reminders. */
export function dueWithin(window: { windowFrom: string; windowTo: string }, today: string, days: number): boolean {
	return window.windowTo >= today && window.windowFrom <= addDays(today, days);
}

export function addDays(isoDate: string, days: number): string {
	const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
	return new Date(t).toISOString().slice(0, 10);
}
