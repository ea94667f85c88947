import type { ChecklistItem, ChecklistSection, Outcome, ResponseKind, Severity, TemplateBody } from '$lib/domain/checklist';
import type { Citation, Confidence } from '$lib/domain/citation';
import { formatDecimal, parseDecimal } from '$lib/domain/decimal';
import type { LocalizedText } from '$lib/domain/localized';
import type { DraftInput, DraftItemInput, DraftSectionInput } from '$lib/domain/templateDraft';

/**
 * A draft as the item editor's fields hold it: text where the administrator types (numbers and
 * optional parts as strings, '' for none), every list entry with a `key` of its own so fields,
 * focus and error messages follow an entry when it moves. `toInput` turns it into what a save sends
 * (the shared DraftInputSchema checks it); `fromBody` is the way back. Fields of the other response
 * kinds are kept while the kind changes, so switching back loses nothing typed.
 */

export interface CitationForm {
	key: string;
	document: string;
	title: string;
	article: string;
	clause: string;
	point: string;
	effectiveFrom: string;
	effectiveTo: string;
	confidence: Confidence;
	note: string;
}

export interface OptionForm {
	key: string;
	id: string;
	label: LocalizedText;
	/** '' for an option that carries no score. */
	outcome: Outcome | '';
}

export interface ItemForm {
	key: string;
	/** The stable id; absent until the first save gives one (templateDraft.ts: assignIds). */
	id?: string;
	text: LocalizedText;
	guidance: LocalizedText;
	kind: ResponseKind;
	unit: LocalizedText;
	min: string;
	max: string;
	compliantMin: string;
	compliantMax: string;
	options: OptionForm[];
	severity: Severity;
	required: boolean;
	noteOnViolation: boolean;
	photoOnViolation: boolean;
	citations: CitationForm[];
}

export interface SectionForm {
	key: string;
	id?: string;
	theme: string;
	title: LocalizedText;
	items: ItemForm[];
}

export interface DraftForm {
	title: LocalizedText;
	description: LocalizedText;
	sections: SectionForm[];
}

let lastKey = 0;
/** A key for a new list entry, unique in this page's life. */
export const newKey = (): string => `k${++lastKey}`;

const text = (value: LocalizedText): LocalizedText => ({ vi: value.vi, en: value.en });
const numberText = (value: number | undefined): string => (value === undefined ? '' : formatDecimal(value, 'vi'));

function citationForm(citation: Citation): CitationForm {
	return {
		key: newKey(),
		document: citation.document,
		title: citation.title,
		article: citation.article ?? '',
		clause: citation.clause ?? '',
		point: citation.point ?? '',
		effectiveFrom: citation.effectiveFrom,
		effectiveTo: citation.effectiveTo ?? '',
		confidence: citation.confidence,
		note: citation.note ?? ''
	};
}

export function itemForm(item: ChecklistItem): ItemForm {
	const response = item.response;
	const number = response.kind === 'number' ? response : null;
	return {
		key: newKey(),
		id: item.id,
		text: text(item.text),
		guidance: text(item.guidance),
		kind: response.kind,
		unit: number?.unit ? text(number.unit) : { vi: '', en: '' },
		min: numberText(number?.min),
		max: numberText(number?.max),
		compliantMin: numberText(number?.compliantMin),
		compliantMax: numberText(number?.compliantMax),
		options: response.kind === 'choice' ? response.options.map((o) => ({ key: newKey(), id: o.id, label: text(o.label), outcome: o.outcome ?? '' })) : [],
		severity: item.severity,
		required: item.required,
		noteOnViolation: item.requireOnViolation.note,
		photoOnViolation: item.requireOnViolation.photo,
		citations: item.citations.map(citationForm)
	};
}

function sectionForm(section: ChecklistSection): SectionForm {
	return { key: newKey(), id: section.id, theme: section.theme, title: text(section.title), items: section.items.map(itemForm) };
}

export function fromBody(body: TemplateBody): DraftForm {
	return { title: text(body.title), description: text(body.description), sections: body.sections.map(sectionForm) };
}

export function blankCitation(): CitationForm {
	return { key: newKey(), document: '', title: '', article: '', clause: '', point: '', effectiveFrom: '', effectiveTo: '', confidence: 'U', note: '' };
}

/** A new option's id: the smallest "lua-chon-N" the item does not use (an answer stores it). */
export function blankOption(item: ItemForm): OptionForm {
	const used = new Set(item.options.map((o) => o.id));
	let n = 1;
	while (used.has(`lua-chon-${n}`)) n++;
	return { key: newKey(), id: `lua-chon-${n}`, label: { vi: '', en: '' }, outcome: '' };
}

/** A new item: a compliance question, required, with one citation to fill in (every item needs one). */
export function blankItem(): ItemForm {
	return {
		key: newKey(),
		text: { vi: '', en: '' },
		guidance: { vi: '', en: '' },
		kind: 'compliance',
		unit: { vi: '', en: '' },
		min: '',
		max: '',
		compliantMin: '',
		compliantMax: '',
		options: [],
		severity: 'minor',
		required: true,
		noteOnViolation: true,
		photoOnViolation: false,
		citations: [blankCitation()]
	};
}

export function blankSection(theme: string): SectionForm {
	return { key: newKey(), theme, title: { vi: '', en: '' }, items: [blankItem()] };
}

const trimmed = (value: LocalizedText): LocalizedText => ({ vi: value.vi.trim(), en: value.en.trim() });
const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> => (value.trim() === '' ? {} : ({ [key]: value.trim() } as Record<K, string>));

/** A typed bound: absent when empty, NaN when not a figure (the schema then names the field). */
function bound<K extends string>(key: K, value: string): Partial<Record<K, number>> {
	if (value.trim() === '') return {};
	const parsed = parseDecimal(value);
	return { [key]: parsed === 'invalid' || parsed === null ? Number.NaN : parsed } as Record<K, number>;
}

function citationInput(c: CitationForm): Citation {
	return {
		document: c.document.trim(),
		title: c.title.trim(),
		...optional('article', c.article),
		...optional('clause', c.clause),
		...optional('point', c.point),
		effectiveFrom: c.effectiveFrom,
		...optional('effectiveTo', c.effectiveTo),
		confidence: c.confidence,
		...optional('note', c.note)
	};
}

function responseInput(item: ItemForm): DraftItemInput['response'] {
	switch (item.kind) {
		case 'number': {
			const unit = trimmed(item.unit);
			return {
				kind: 'number',
				...(unit.vi !== '' || unit.en !== '' ? { unit } : {}),
				...bound('min', item.min),
				...bound('max', item.max),
				...bound('compliantMin', item.compliantMin),
				...bound('compliantMax', item.compliantMax)
			};
		}
		case 'choice':
			return {
				kind: 'choice',
				options: item.options.map((o) => ({ id: o.id.trim(), label: trimmed(o.label), ...(o.outcome === '' ? {} : { outcome: o.outcome }) }))
			};
		default:
			return { kind: item.kind };
	}
}

export function itemInput(item: ItemForm): DraftItemInput {
	return {
		...(item.id ? { id: item.id } : {}),
		text: trimmed(item.text),
		guidance: trimmed(item.guidance),
		response: responseInput(item),
		severity: item.severity,
		requireOnViolation: { note: item.noteOnViolation, photo: item.photoOnViolation },
		required: item.required,
		citations: item.citations.map(citationInput)
	};
}

function sectionInput(section: SectionForm): DraftSectionInput {
	return { ...(section.id ? { id: section.id } : {}), theme: section.theme, title: trimmed(section.title), items: section.items.map(itemInput) };
}

export function toInput(form: DraftForm): DraftInput {
	return { title: trimmed(form.title), description: trimmed(form.description), sections: form.sections.map(sectionInput) };
}

/**
 * After a save: the ids the store gave to new items and sections, taken in place (the saved body has
 * the order that was sent), so keys, open panels and focus stay where they are.
 */
export function takeIds(form: DraftForm, body: TemplateBody): void {
	form.sections.forEach((section, s) => {
		const saved = body.sections[s];
		if (!saved) return;
		section.id = saved.id;
		section.items.forEach((item, i) => {
			const savedItem = saved.items[i];
			if (savedItem) item.id = savedItem.id;
		});
	});
}
