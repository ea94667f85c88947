import { getTemplate } from '../catalog/catalogStore';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { TemplateMove } from '$lib/domain/inspection';
import { setAsideAnswers, type SetAsideAnswer } from '$lib/domain/setAsideAnswers';

/** The answers set aside by the inspection's moves, with the items of the versions they were given on (from the device's catalog). */
export async function setAsideOf(templateId: string, moves: readonly TemplateMove[] | undefined): Promise<SetAsideAnswer[]> {
	if (!moves?.length) return [];
	const versions = new Map<number, ChecklistTemplate>();
	for (const version of new Set(moves.map((m) => m.fromVersion))) {
		const template = await getTemplate(templateId, version);
		if (template) versions.set(version, template);
	}
	return setAsideAnswers(moves, versions);
}
