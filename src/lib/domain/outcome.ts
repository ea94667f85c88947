import type { ChecklistItem, Outcome } from './checklist';
import type { AnswerValue } from './inspection';

/**
 * What an answer means for scoring, or null when it is unanswered or carries no score
 * (free text, a number without a compliant range, a choice option without an outcome).
 */
export function answerOutcome(item: ChecklistItem, value: AnswerValue | undefined): Outcome | null {
	if (value === null || value === undefined || value === '') return null;
	const response = item.response;
	switch (response.kind) {
		case 'compliance':
			return value === 'compliant' || value === 'violation' || value === 'na' ? value : null;
		case 'choice': {
			const option = response.options.find((o) => o.id === value);
			return option?.outcome ?? null;
		}
		case 'number': {
			if (typeof value !== 'number' || !Number.isFinite(value)) return null;
			if (response.compliantMin === undefined && response.compliantMax === undefined) return null;
			if (response.compliantMin !== undefined && value < response.compliantMin) return 'violation';
			if (response.compliantMax !== undefined && value > response.compliantMax) return 'violation';
			return 'compliant';
		}
		case 'text':
			return null;
	}
}

/** Whether the item has been answered at all (a text answer counts once it is not blank). */
export function isAnswered(item: ChecklistItem, value: AnswerValue | undefined): boolean {
	if (value === null || value === undefined) return false;
	if (item.response.kind === 'number') return typeof value === 'number' && Number.isFinite(value);
	return typeof value === 'string' && value.trim() !== '';
}
