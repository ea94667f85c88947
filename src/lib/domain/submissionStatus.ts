/**
 * A submitted revision's status on the server, as the wire and the UI see it (the store's
 * SUBMISSION_STATUSES is the same list; kept here so browser code does not import server modules).
 */
export const SUBMISSION_STATUSES_WIRE = ['sent', 'returned', 'approved'] as const;
export type SubmissionStatusWire = (typeof SUBMISSION_STATUSES_WIRE)[number];
