import { allItems, type ChecklistItem, type ChecklistTemplate } from './checklist';
import type { AnswerValue, TemplateMove } from './inspection';

/** An answer a move to a newer template version set aside (draftMigration.ts), as the biên bản lists it. */
export interface SetAsideAnswer {
	itemId: string;
	/** The item as the version it was answered on had it; null when that version is not at hand. */
	item: ChecklistItem | null;
	fromVersion: number;
	toVersion: number;
	value: AnswerValue;
	note: string;
}

/**
 * Every answer the inspection's moves set aside, move by move and in the form order of the version
 * each was answered on, so the printed record loses nothing the inspector entered. Answers that were
 * neither given nor noted are left out.
 */
export function setAsideAnswers(moves: readonly TemplateMove[] | undefined, versions: ReadonlyMap<number, ChecklistTemplate>): SetAsideAnswer[] {
	const rows: SetAsideAnswer[] = [];
	for (const move of moves ?? []) {
		const items = versions.get(move.fromVersion);
		const order = new Map((items ? allItems(items) : []).map((item, k) => [item.id, { item, k }]));
		const ids = Object.keys(move.setAside).sort((a, b) => (order.get(a)?.k ?? Infinity) - (order.get(b)?.k ?? Infinity) || (a < b ? -1 : 1));
		for (const itemId of ids) {
			const answer = move.setAside[itemId];
			if (!answer || (answer.value === null && answer.note === '')) continue;
			rows.push({ itemId, item: order.get(itemId)?.item ?? null, fromVersion: move.fromVersion, toVersion: move.toVersion, value: answer.value, note: answer.note });
		}
	}
	return rows;
}
