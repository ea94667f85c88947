import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { LocationFix } from '$lib/domain/evidence';
import { isEditable, type Answer, type Inspection, type InspectionFollowUp } from '$lib/domain/inspection';
import type { LocalizedText } from '$lib/domain/localized';
import { describeSaveError, isQuotaError } from './errors';
import { rememberInspectionFix } from '../location/currentFix';
import { saveAnswer, saveDetails, saveFollowUp, saveLocation, type InspectionDetails } from './inspectionStore';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * The inspection being filled. The form changes the copy in memory at once and every change is
 * written to IndexedDB right away, in order, one transaction each. A failed write keeps the
 * in-memory copy and says so; the next change (or "try again") writes it all again.
 */
export class InspectionEditor {
	inspection = $state() as Inspection;
	readonly template: ChecklistTemplate;
	saveState = $state<SaveState>('idle');
	saveError = $state<LocalizedText | null>(null);
	/** The last write failed for lack of space: the page offers to free some. */
	storageFull = $state(false);
	#queue: Promise<unknown> = Promise.resolve();
	// Bookkeeping for retry, never rendered: a plain Set is intended.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#failedItems = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping for retry, never rendered
	#failedFollowUps = new Set<string>();
	#detailsFailed = false;
	#locationFailed = false;

	constructor(inspection: Inspection, template: ChecklistTemplate) {
		this.inspection = inspection;
		this.template = template;
		// Photos taken on this screen are tagged with the inspection's location (currentFix).
		rememberInspectionFix(inspection.id, inspection.location);
	}

	get editable(): boolean {
		return isEditable(this.inspection.status);
	}

	answer(itemId: string): Answer | undefined {
		return this.inspection.answers[itemId];
	}

	setValue(itemId: string, value: Answer['value']): void {
		const current = this.inspection.answers[itemId];
		this.#setAnswer(itemId, { value, note: current?.note ?? '' });
	}

	setNote(itemId: string, note: string): void {
		const current = this.inspection.answers[itemId];
		this.#setAnswer(itemId, { value: current?.value ?? null, note });
	}

	setDetails(details: InspectionDetails): void {
		if (!this.editable) return;
		this.inspection.team = details.team;
		this.inspection.representative = details.representative;
		this.inspection.generalNotes = details.generalNotes;
		this.#writeDetails();
	}

	/** Where the inspection took place: a GPS fix or a point placed by hand; replaces the earlier one. */
	setLocation(fix: LocationFix): void {
		if (!this.editable) return;
		this.inspection.location = fix;
		rememberInspectionFix(this.inspection.id, fix);
		this.#writeLocation();
	}

	/** What was found about one of the agency's open recommendations (kiến nghị). */
	setFollowUp(followUp: InspectionFollowUp): void {
		if (!this.editable) return;
		const others = (this.inspection.followUps ?? []).filter((f) => f.recommendationId !== followUp.recommendationId);
		this.inspection.followUps = [...others, followUp];
		this.#writeFollowUp(followUp.recommendationId);
	}

	followUp(recommendationId: string): InspectionFollowUp | undefined {
		return this.inspection.followUps?.find((f) => f.recommendationId === recommendationId);
	}

	#writeFollowUp(recommendationId: string): void {
		this.#write(
			async () => {
				const current = this.followUp(recommendationId);
				if (!current) return;
				await saveFollowUp(this.inspection.id, { ...current });
				this.#failedFollowUps.delete(recommendationId);
			},
			() => this.#failedFollowUps.add(recommendationId)
		);
	}

	/** Write again whatever failed before, e.g. after the inspector freed some space. */
	retry(): void {
		for (const id of this.#failedFollowUps) this.#writeFollowUp(id);
		for (const itemId of this.#failedItems) this.#writeAnswer(itemId);
		if (this.#detailsFailed) this.#writeDetails();
		if (this.#locationFailed) this.#writeLocation();
	}

	/** Resolves when every change made so far is on disk (or has failed). */
	flushed(): Promise<unknown> {
		return this.#queue;
	}

	#details(): InspectionDetails {
		return {
			team: this.inspection.team.map((m) => ({ ...m })),
			representative: { ...this.inspection.representative },
			generalNotes: this.inspection.generalNotes
		};
	}

	#writeDetails(): void {
		this.#write(
			async () => {
				await saveDetails(this.inspection.id, this.#details());
				this.#detailsFailed = false;
			},
			() => (this.#detailsFailed = true)
		);
	}

	#writeLocation(): void {
		this.#write(
			async () => {
				const fix = this.inspection.location;
				if (fix) await saveLocation(this.inspection.id, $state.snapshot(fix));
				this.#locationFailed = false;
			},
			() => (this.#locationFailed = true)
		);
	}

	#setAnswer(itemId: string, answer: Omit<Answer, 'updatedAt'>): void {
		if (!this.editable) return;
		// A timestamp string, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const updatedAt = new Date().toISOString();
		this.inspection.answers[itemId] = { ...answer, updatedAt };
		this.#writeAnswer(itemId);
	}

	#writeAnswer(itemId: string): void {
		this.#write(
			async () => {
				const current = this.inspection.answers[itemId];
				if (!current) return;
				await saveAnswer(this.inspection.id, itemId, { value: current.value, note: current.note });
				this.#failedItems.delete(itemId);
			},
			() => this.#failedItems.add(itemId)
		);
	}

	#write(operation: () => Promise<unknown>, onFailure: () => void): void {
		this.saveState = 'saving';
		this.#queue = this.#queue.then(async () => {
			try {
				await operation();
				if (this.#failedItems.size === 0 && this.#failedFollowUps.size === 0 && !this.#detailsFailed && !this.#locationFailed) {
					this.saveState = 'saved';
					this.saveError = null;
					this.storageFull = false;
				}
			} catch (error) {
				onFailure();
				this.saveState = 'error';
				this.saveError = describeSaveError(error);
				this.storageFull = isQuotaError(error);
			}
		});
	}
}
