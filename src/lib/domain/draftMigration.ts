import { valueFits } from './answerFit';
import { allItems, type ChecklistItem, type ChecklistTemplate } from './checklist';
import type { Answer, Inspection, TemplateMove } from './inspection';
import { diffTemplates, type ItemChange } from './templateDiff';

/** What moving a draft to a newer version will do, shown to the inspector before they accept. */
export interface MovePlan {
	fromVersion: number;
	toVersion: number;
	/** Answered items whose answer carries over as it is (wording may have changed). */
	carried: string[];
	/** Answered items whose meaning changed: the answer carries over when the new item accepts it, else is set aside. */
	changedMeaning: { change: ItemChange; keeps: boolean }[];
	/** Answered (or photographed) items the new version no longer has: answers set aside, photos kept on the inspection. */
	removed: ChecklistItem[];
	/** New items, to be answered. */
	added: ChecklistItem[];
}

/** A photo of the draft: its id on the device and the item it shows (null: the whole inspection). */
export interface PhotoRef {
	id: string;
	itemId: string | null;
}

/**
 * Whether an answer to `before` stands as an answer to `after`: never across response kinds (a
 * "violation" is also a valid text, but not the same answer); within a kind when the value is still
 * allowed (an option that stayed, a number within the new range).
 */
function carries(before: ChecklistItem, after: ChecklistItem, answer: Answer | undefined): boolean {
	if (!answer || answer.value === null) return true;
	return before.response.kind === after.response.kind && valueFits(after, answer.value);
}

const touched = (answer: Answer | undefined) => answer !== undefined && (answer.value !== null || answer.note !== '');

/** The plan for a draft on `from` moving to `to` (same template, a later version). */
export function planMove(inspection: Pick<Inspection, 'answers'>, from: ChecklistTemplate, to: ChecklistTemplate, photos: readonly PhotoRef[]): MovePlan {
	if (from.id !== to.id || to.version <= from.version) throw new Error(`Cannot move ${from.id}@${from.version} to ${to.id}@${to.version}`);
	const diff = diffTemplates(from, to);
	const changed = new Map(diff.changed.map((c) => [c.id, c]));
	const photographed = new Set(photos.map((p) => p.itemId));
	const carried: string[] = [];
	const changedMeaning: MovePlan['changedMeaning'] = [];
	for (const item of allItems(to)) {
		const answer = inspection.answers[item.id];
		if (!touched(answer)) continue;
		const change = changed.get(item.id);
		if (change?.meaning) changedMeaning.push({ change, keeps: carries(change.before, item, answer) });
		else carried.push(item.id);
	}
	return {
		fromVersion: from.version,
		toVersion: to.version,
		carried,
		changedMeaning,
		removed: diff.removed.filter((item) => touched(inspection.answers[item.id]) || photographed.has(item.id)),
		added: diff.added
	};
}

/**
 * The draft on the new version: answers carried by stable id; answers of removed items, and those a
 * changed item no longer accepts (their notes stay on the item), set aside in the move's record;
 * photos of removed items become photos of the whole inspection. Returns the new record and the photo
 * re-attachments to store with it.
 */
export function applyMove<T extends Inspection>(
	inspection: T,
	from: ChecklistTemplate,
	to: ChecklistTemplate,
	photos: readonly PhotoRef[],
	now: Date
): { inspection: T; detach: string[] } {
	const plan = planMove(inspection, from, to, photos);
	const items = new Map(allItems(to).map((item) => [item.id, item]));
	const was = new Map(allItems(from).map((item) => [item.id, item]));
	const answers: Record<string, Answer> = {};
	const setAside: Record<string, Answer> = {};
	for (const [id, answer] of Object.entries(inspection.answers)) {
		const item = items.get(id);
		const before = was.get(id);
		if (!item) {
			setAside[id] = answer;
		} else if (before && !carries(before, item, answer)) {
			setAside[id] = answer;
			if (answer.note !== '') answers[id] = { ...answer, value: null };
		} else {
			answers[id] = answer;
		}
	}
	const detachedPhotos: Record<string, string> = {};
	for (const photo of photos) if (photo.itemId !== null && plan.removed.some((i) => i.id === photo.itemId)) detachedPhotos[photo.id] = photo.itemId;
	const at = now.toISOString();
	const move: TemplateMove = { fromVersion: from.version, toVersion: to.version, at, setAside, detachedPhotos };
	return {
		inspection: { ...inspection, templateVersion: to.version, answers, updatedAt: at, templateMoves: [...(inspection.templateMoves ?? []), move] },
		detach: Object.keys(detachedPhotos)
	};
}
