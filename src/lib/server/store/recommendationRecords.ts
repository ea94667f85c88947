import type { RecommendationHistoryEntry, RecommendationStatus } from '$lib/domain/recommendation';

/** A recommendation as stored; "overdue" is computed by readers from the deadline (never stored). */
export interface StoredRecommendation {
	id: string;
	inspectionId: string;
	revision: number;
	agencyId: string;
	itemId: string;
	itemText: string;
	what: string;
	deadline: string;
	status: RecommendationStatus;
	createdAt: string;
	fixedAt: string | null;
	fixedInInspectionId: string | null;
	history: RecommendationHistoryEntry[];
}

export type NewRecommendation = Omit<StoredRecommendation, 'status' | 'createdAt' | 'fixedAt' | 'fixedInInspectionId' | 'history'> & {
	/** Who approved (first history entry): the person's name, as the trail shows it. */
	by: string;
};

export interface RecommendationQuery {
	/** null: every agency. */
	agencyIds: readonly string[] | null;
	status?: RecommendationStatus;
	inspectionId?: string;
}

/** A change of status, by a supervisor (PATCH) or by an inspector's follow-up on site (push). */
export interface RecommendationStatusChange {
	status: RecommendationStatus;
	note: string;
	/** The person's name, as the trail shows it. */
	by: string;
	action: 'status' | 'follow-up';
	/** The inspection in which an inspector recorded it (follow-up). */
	inspectionId?: string;
	photoIds?: readonly string[];
}

/** A new deadline for an open recommendation, by a supervisor (PATCH). */
export interface RecommendationDeadlineChange {
	action: 'deadline';
	/** The instant it ends (see followUp/deadline.ts). */
	deadline: string;
	note: string;
	by: string;
}

export type RecommendationChange = RecommendationStatusChange | RecommendationDeadlineChange;
