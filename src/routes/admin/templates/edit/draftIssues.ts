import type { DraftForm } from './draftForm';

/**
 * Where a problem with a draft is shown. The shared schema (on the page before a save, on the server
 * after) names a field by its path in the saved content, e.g. `sections.2.items.0.text.vi`; the page
 * names it by the same path with each list position replaced by the entry's key
 * (`sections.k3.items.k17.text.vi`), so a message stays by its field when entries move.
 */
export type DraftProblems = Readonly<Record<string, readonly string[]>>;

/** The address of the whole draft's problems (not of one field). */
export const WHOLE_DRAFT = '';

type Keyed = { key: string };

/** The list a path segment names inside an entry, when it is one of the form's keyed lists. */
function listOf(entry: unknown, segment: PropertyKey): Keyed[] | null {
	if (typeof entry !== 'object' || entry === null) return null;
	const value = (entry as Record<PropertyKey, unknown>)[segment];
	return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'key' in v) ? (value as Keyed[]) : null;
}

export function problemAddress(form: DraftForm, path: readonly PropertyKey[]): string {
	const parts: string[] = [];
	let entry: unknown = form;
	for (let i = 0; i < path.length; i++) {
		const segment = path[i] as PropertyKey;
		parts.push(String(segment));
		// Segments that are no list of the form (`response` in `response.options`) keep the entry: an
		// item's options live under `response` in the content but directly on the form's item.
		const list = listOf(entry, segment);
		const index = path[i + 1];
		if (list && typeof index === 'number') {
			const next = list[index];
			parts.push(next ? next.key : String(index));
			entry = next;
			i++;
		}
	}
	return parts.join('.');
}

/** Problems by address; `content.` (the save's wrapper) is taken off the server's paths. */
export function problemsByAddress(form: DraftForm, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
	const found: Record<string, string[]> = {};
	for (const issue of issues) {
		const path = issue.path[0] === 'content' ? issue.path.slice(1) : issue.path;
		const address = problemAddress(form, path);
		const list = (found[address] ??= []);
		if (!list.includes(issue.message)) list.push(issue.message);
	}
	return found;
}

/** The server's field errors (`{ "content.sections.0.title.vi": [...] }`) as issues with paths. */
export function serverIssues(fields: Readonly<Record<string, readonly string[]>>): { path: PropertyKey[]; message: string }[] {
	return Object.entries(fields).flatMap(([dotted, messages]) => {
		const path = dotted === '_' ? [] : dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
		return messages.map((message) => ({ path, message }));
	});
}

/** Whether anything at or under `prefix` has a problem (to open an item's panel that hides one). */
export function hasProblemUnder(problems: DraftProblems, prefix: string): boolean {
	return Object.keys(problems).some((address) => address === prefix || address.startsWith(`${prefix}.`));
}
