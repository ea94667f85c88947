import type { Agency } from '$lib/domain/agency';
import type { AgencyChange } from '$lib/domain/agencyChange';
import type { AgencyActor, AgencyEdit, ReorganisationWrite } from './agencies/agencyChangeSql';
import type { ChecklistTemplate } from '$lib/domain/checklist';
import type { DraftInput, RetiredTemplate, RetirementNotice, TemplateDraft } from '$lib/domain/templateDraft';
import type { ThemeRecord } from '$lib/domain/theme';
import type {
	Changes,
	NewUser,
	Page,
	PageRequest,
	Photo,
	PhotoInfo,
	PhotoReference,
	PutSubmissionResult,
	RateLimitResult,
	ReviewEvent,
	ReviewEventInput,
	Session,
	Submission,
	SubmissionInput,
	SubmissionKey,
	SubmissionScope,
	SubmissionStatus,
	SubmissionSummary,
	User,
	UserChanges
} from './records';
import type { AccountEvent, SecondFactor, SecondFactorEnrolment, SignInChallenge } from './secondFactorRecords';
import type { NewRecommendation, RecommendationChange, RecommendationQuery, StoredRecommendation } from './recommendationRecords';
import type { ReviewFilter } from './review/filter';
import type { ExportRequest, FindingExportRow } from './review/exportReads';
import type { InspectorOption } from './review/inspectors';
import type { RecommendationTotals } from './review/recommendationTotals';
import type { QueueRequest, QueueRow, StatusCounts } from './review/queue';
import type { MapMarker, StatsResponse } from '$lib/domain/stats';
import type { DeviceKey, NewDeviceKey, RegisterDeviceOutcome } from './devices/deviceRecords';
import type { LedgerEntry, LedgerHead } from './ledger/ledgerEntries';
import type { RecordCounts } from './ledger/ledgerSql';
import type { IssuedVisitDocument, NewVisitDocument, OverdueScope, PlanRecord, PlanSummary, StoredVisitDocument, VisitInspection, VisitWithPlan } from './plans/planRecords';
import type { NewRegisterEntry, RegisterEntry } from '$lib/domain/documentNumber';
import type { Conclusion, ConclusionSummary } from '$lib/domain/conclusion';
import type { NewConclusion } from './conclusions/conclusionSql';

/**
 * Everything the server keeps, behind one interface with two implementations: embedded SQLite in the
 * data directory (one app server) and PostgreSQL (several app servers share all state, including
 * sessions, rate limits and photos, so no user is tied to one server).
 *
 * Methods are async so PostgreSQL fits; each method is one transaction. A resolved promise means the
 * write is durable. The store has no clock: callers pass `now`, which keeps it deterministic in tests.
 * Typed failures are in ./errors.ts.
 */
export interface Store {
	readonly kind: 'sqlite' | 'postgres';
	close(): Promise<void>;

	// Accounts --------------------------------------------------------------------------------------

	/** @throws UsernameTakenError when the username exists in any letter case. */
	createUser(user: NewUser, now: Date): Promise<User>;
	getUser(id: string): Promise<User | null>;
	/** Case-insensitive. */
	getUserByUsername(username: string): Promise<User | null>;
	listUsers(): Promise<User[]>;
	countUsers(): Promise<number>;
	/** @throws NotFoundError */
	updateUser(id: string, changes: UserChanges, now: Date): Promise<User>;
	/** Read only by the login check; never part of a User. */
	getPasswordHash(userId: string): Promise<string | null>;

	// Second factor (TOTP), read only by the sign-in check --------------------------------------------

	/** The user's enrolled TOTP, or null when there is none. */
	getSecondFactor(userId: string): Promise<SecondFactor | null>;
	/**
	 * Enrols a TOTP with its recovery codes (replacing any left) and records it in the account's trail.
	 * False, writing nothing, when the user already has one.
	 */
	enrolSecondFactor(enrolment: SecondFactorEnrolment, now: Date): Promise<boolean>;
	/** Accepts the code of `step` once: false when that step or a later one was already used. */
	useTotpStep(userId: string, step: number): Promise<boolean>;
	/** Spends an unused recovery code and records it in the account's trail; false when there is none such. */
	useRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean>;
	/**
	 * Removes the TOTP, its recovery codes and any sign-in waiting for a code; records who did it (an
	 * admin, or null for the server's operator with `npm run user`). False, writing nothing, when the
	 * user had none.
	 */
	resetSecondFactor(userId: string, actorId: string | null, now: Date): Promise<boolean>;
	/** The account's trail (second factor enrolled, reset, recovery code used), oldest first. */
	listAccountEvents(userId: string): Promise<AccountEvent[]>;
	/** Stores a sign-in that waits for its second factor (and drops expired ones). */
	createSignInChallenge(challenge: SignInChallenge, now: Date): Promise<void>;
	/** The challenge, or null when unknown or expired. */
	getSignInChallenge(tokenHash: string, now: Date): Promise<SignInChallenge | null>;
	/** True once: the caller that deletes it is the one that finishes the sign-in. */
	deleteSignInChallenge(tokenHash: string): Promise<boolean>;

	// Sessions (by SHA-256 of the token; the token itself is never stored) ------------------------

	createSession(session: Session): Promise<void>;
	/** The session with its account (whatever the account's state: the caller decides), or null. */
	getSession(tokenHash: string): Promise<{ session: Session; user: User } | null>;
	/** Slides the expiry. False when the session is gone. */
	touchSession(tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<boolean>;
	deleteSession(tokenHash: string): Promise<boolean>;
	/** Signs a user out everywhere (password reset, account disabled). Returns how many ended. */
	deleteUserSessions(userId: string): Promise<number>;
	deleteExpiredSessions(now: Date): Promise<number>;

	// Rate limiting (fixed windows, shared by every app server) -----------------------------------

	/** Counts one attempt under `key`; allowed while the window holds at most `limit` attempts. */
	hitRateLimit(key: string, limit: number, windowMs: number, now: Date): Promise<RateLimitResult>;
	/** The count in `key`'s current window, counting nothing (see peekResult). */
	peekRateLimit(key: string, limit: number, windowMs: number, now: Date): Promise<RateLimitResult>;
	resetRateLimit(key: string): Promise<void>;

	// Catalog -----------------------------------------------------------------------------------------

	/** Inserts or updates agencies (names and places change; ids do not). */
	putAgencies(agencies: readonly Agency[], now: Date): Promise<void>;
	listAgencies(): Promise<Agency[]>;
	/**
	 * An administrator's edit of the tree, in one transaction with its change log (who, when, before →
	 * after); edits that change nothing are skipped. Returns how many agencies changed.
	 * @throws AgencyConflictError when an agency is no longer as `before` says (nothing is written)
	 * @throws InvalidRecordError when the tree would have an unknown parent, a cycle or an open agency
	 * under a closed one, a successor that is not there or an agency is malformed (nothing is written)
	 *
	 * Every change row enters the ledger. A reorganisation (merge, split, rename) passes its effective
	 * date, kept on its change rows, and the recommendations it moves: the open ones of each closed
	 * agency go to its successor with a trail entry, each in the ledger, in the same transaction.
	 */
	changeAgencies(edits: readonly AgencyEdit[], actor: AgencyActor, now: Date, reorganisation?: ReorganisationWrite): Promise<number>;
	/** The change log, newest first: of one agency, or of all (null). */
	listAgencyChanges(agencyId: string | null, limit: number): Promise<AgencyChange[]>;
	/** Change rows with an id above `afterId`, oldest first, at most `limit` (the ledger check). */
	readAgencyChanges(afterId: number, limit: number): Promise<AgencyChange[]>;
	/**
	 * Publishes a template version. The same content again is a no-op ('unchanged').
	 * @throws TemplateConflictError when the id and version exist with other content.
	 */
	putTemplate(template: ChecklistTemplate, now: Date): Promise<'created' | 'unchanged'>;
	getTemplate(id: string, version: number): Promise<ChecklistTemplate | null>;
	listTemplates(): Promise<ChecklistTemplate[]>;

	// Checklists edited by administrators (templates/templateOps.ts) ------------------------------------

	/** The themes sections may name, in their order: the nine seeded, then those added. */
	listThemes(): Promise<ThemeRecord[]>;
	/** @throws InvalidRecordError when malformed or the id exists. */
	addTheme(theme: ThemeRecord, now: Date): Promise<ThemeRecord>;
	listTemplateDrafts(): Promise<TemplateDraft[]>;
	getTemplateDraft(templateId: string): Promise<TemplateDraft | null>;
	/**
	 * Creates (expectedRevision null) or replaces the template's one draft; new items get generated
	 * ids that no item of any template ever had. Returns the draft as stored (revision + 1).
	 * @throws InvalidRecordError when the content would not publish or names an unknown theme
	 * @throws TemplateDraftConflictError when the draft is not at expectedRevision (nothing is written)
	 */
	saveTemplateDraft(templateId: string, input: DraftInput, expectedRevision: number | null, actorId: string, now: Date): Promise<TemplateDraft>;
	/** @throws TemplateDraftConflictError */
	discardTemplateDraft(templateId: string, expectedRevision: number): Promise<void>;
	/**
	 * Publishes the draft as the next version and removes it, in one transaction.
	 * @throws TemplateDraftConflictError when not at expectedRevision, or a version appeared since it started
	 */
	publishTemplateDraft(templateId: string, expectedRevision: number, now: Date): Promise<ChecklistTemplate>;
	/** Retires a template (no new inspections) or brings it back. @throws NotFoundError when never published. */
	setTemplateRetired(templateId: string, retired: boolean, actorId: string, now: Date): Promise<void>;
	listRetiredTemplates(): Promise<RetiredTemplate[]>;
	/**
	 * Records that the account was sent these retirements (a pull's catalog): the first time per
	 * template counts; templates no longer retired are skipped. Bringing a template back forgets them.
	 */
	noteRetirementsSent(userId: string, templateIds: readonly string[], now: Date): Promise<void>;
	/** The template's retirement and when the account was first sent it; null when not retired. */
	getRetirementNotice(templateId: string, userId: string): Promise<RetirementNotice | null>;

	// Inspection submissions --------------------------------------------------------------------------

	/**
	 * Applies a batch in one transaction: one result per item, in order. A new item is stored with
	 * status 'sent' and a 'submitted' (revision 1) or 'resubmitted' event. The same id, revision and
	 * content again is 'duplicate' (success, nothing changes); other content is 'conflict'.
	 * @throws InvalidRecordError when an item is malformed or names an unknown user, agency or
	 * template; then nothing of the batch is stored.
	 */
	putSubmissions(batch: readonly SubmissionInput[], receivedAt: Date): Promise<PutSubmissionResult[]>;
	/** A given revision, or the latest when none is given. */
	getSubmission(inspectionId: string, revision?: number): Promise<Submission | null>;
	/** Every revision, oldest first. */
	listRevisions(inspectionId: string): Promise<Submission[]>;
	/** Latest revision of each of the inspector's inspections, most recently changed first. */
	listSubmissionsByInspector(inspectorId: string, page: PageRequest): Promise<Page<SubmissionSummary>>;
	/** Latest revision of each inspection of these agencies, most recently changed first. */
	listSubmissionsForAgencies(agencyIds: readonly string[], page: PageRequest): Promise<Page<SubmissionSummary>>;
	/** Revisions created or changed after `cursor`, in change order: the pull-by-cursor feed. */
	changesSince(cursor: number, scope: SubmissionScope, limit: number): Promise<Changes>;

	// Photos, addressed by SHA-256 ---------------------------------------------------------------------

	/**
	 * The hashes this user has not shown to hold yet (see putPhoto), each once, in the order asked;
	 * whether the server has the bytes from someone else is not told.
	 */
	missingPhotos(hashes: readonly string[], holderId: string): Promise<string[]>;
	/**
	 * Stores a photo once and records that `holderId` holds it. A repeated upload stores nothing
	 * ('exists') but is checked all the same and records its uploader: holding the bytes, not knowing
	 * the hash, is what lets a record cite a photo.
	 * @throws PhotoHashMismatchError when the bytes are not the ones the hash names.
	 * @throws UnsupportedPhotoError when they are not a JPEG or PNG, or not of the declared type.
	 */
	putPhoto(hash: string, mime: string, bytes: Uint8Array, now: Date, holderId: string): Promise<'stored' | 'exists'>;
	getPhoto(hash: string): Promise<Photo | null>;
	getPhotoInfo(hash: string): Promise<PhotoInfo | null>;
	/** The submissions that refer to a photo (for deciding who may see it). */
	photoReferences(hash: string): Promise<PhotoReference[]>;
	/**
	 * Of these photos that `holderId` holds, those with no thumbnail on the server yet (each once, in
	 * the order asked). Photos the user does not hold are left out, so nothing is told about others'.
	 */
	missingThumbnails(hashes: readonly string[], holderId: string): Promise<string[]>;
	/**
	 * Stores a photo's thumbnail (a small JPEG, thumbnailCheck.ts) once, for a user who holds the
	 * photo: 'not-held' otherwise, and 'exists' when one is already stored (the first one stays).
	 * @throws UnsupportedPhotoError when it is not such a JPEG.
	 */
	putPhotoThumbnail(hash: string, bytes: Uint8Array, now: Date, holderId: string): Promise<'stored' | 'exists' | 'not-held'>;
	/** The thumbnail (image/jpeg), or null when the photo has none (older records). */
	getPhotoThumbnail(hash: string): Promise<Photo | null>;

	// Review trail: append-only, there is no way to change or remove an event --------------------------

	/**
	 * Appends an event to a submitted revision; with `setStatus`, changes that revision's status in the
	 * same transaction and moves it forward in the change feed, so the device pulls the decision.
	 * @throws NotFoundError when the revision was never submitted.
	 */
	appendEvent(
		event: ReviewEventInput,
		now: Date,
		setStatus?: SubmissionStatus,
		/** Created in the same transaction (an approval's violations become recommendations). */
		recommendations?: readonly NewRecommendation[]
	): Promise<ReviewEvent>;
	/** Every event of an inspection, all revisions, in the order appended. */
	listEvents(inspectionId: string): Promise<ReviewEvent[]>;

	// Review reads over the derived rows written with each revision (deriveRevision.ts) ------------

	/**
	 * One page of the review queue (latest revisions), how many match in all, and how many of each
	 * status match the same filter with any status (the status filter's choices).
	 */
	reviewQueue(request: QueueRequest): Promise<{ rows: QueueRow[]; total: number; counts: StatusCounts }>;
	/** The accounts with inspections in these agencies (null: any), by name: the queue's inspector filter. */
	reviewInspectors(agencyIds: readonly string[] | null): Promise<InspectorOption[]>;
	reviewStats(filter: ReviewFilter): Promise<StatsResponse>;
	reviewMapPoints(filter: ReviewFilter): Promise<MapMarker[]>;
	/**
	 * Every queue row matching, in the queue's order, in batches from one snapshot: for exports, which
	 * must not hold a province in memory. Leaving the loop early releases the connection.
	 */
	exportInspections(request: ExportRequest, batchSize?: number): AsyncIterable<QueueRow[]>;
	/** Every finding of the latest revisions matching, newest inspection first, in batches (as exportInspections). */
	exportFindings(filter: ReviewFilter, batchSize?: number): AsyncIterable<FindingExportRow[]>;

	// Pull (what a phone needs, read on every sync) -------------------------------------------------

	/** A number that changes whenever any agency or template does, on whichever app server. */
	catalogVersion(): Promise<number>;
	/**
	 * Per agency, a number that moves with every new or changed recommendation of it (kept by
	 * triggers in the same transaction). Agencies that never had any are absent.
	 */
	recommendationVersions(agencyIds: readonly string[]): Promise<Map<string, string>>;
	/** Agencies of the inspector's latest `limit` inspections started at or after `since`, newest first. */
	recentAgencies(inspectorId: string, since: string, limit: number): Promise<string[]>;

	// Recommendations (kiến nghị) ------------------------------------------------------------------

	listRecommendations(query: RecommendationQuery): Promise<StoredRecommendation[]>;
	getRecommendation(id: string): Promise<StoredRecommendation | null>;
	/**
	 * Changes the status and appends to the recommendation's history in one transaction.
	 * @throws NotFoundError
	 */
	updateRecommendation(id: string, change: RecommendationChange, now: Date): Promise<StoredRecommendation>;

	// Inspection plans and their visits (plans/planRecords.ts) -------------------------------------------

	/**
	 * Creates the plan (expectedVersion null) or replaces it whole, visits and teams included.
	 * @throws PlanConflictError when the stored version is not expectedVersion (or the id is taken)
	 * @throws InvalidRecordError for an unknown agency or account, or a removed visit an inspection names
	 */
	savePlan(plan: PlanRecord, expectedVersion: number | null, now: Date): Promise<PlanRecord>;
	getPlan(id: string): Promise<PlanRecord | null>;
	/** Plans issued by these agencies, newest year first, each with its number of visits. */
	listPlans(issuerIds: readonly string[]): Promise<PlanSummary[]>;
	getVisit(id: string): Promise<VisitWithPlan | null>;
	/** The visits whose team names this account and whose window ends on or after the date, by window start. */
	visitsOfMember(accountId: string, endingOnOrAfter: string): Promise<VisitWithPlan[]>;
	/** The stored inspections made for these visits, with their latest status. */
	visitInspections(visitIds: readonly string[]): Promise<VisitInspection[]>;
	/** Visits whose window ended before `today` with no inspection stored, as the scope allows, oldest first. */
	overdueVisits(scope: OverdueScope, today: string, limit: number): Promise<VisitWithPlan[]>;
	/** Records that an inspection was made for a visit; the first link of an inspection stays. */
	linkVisitInspection(visitId: string, inspectionId: string, now: Date): Promise<void>;
	/**
	 * Issues the visit's decision or notice with the register's next number written into its text,
	 * kept as issued (visitDocumentSql.ts). A first issue happens once: asking again while one stands
	 * returns it, so two supervisors asking at once get one number. A replacement names a standing
	 * document of the same visit and kind and gets a new number.
	 * @throws NotFoundError for an unknown visit or replaced document
	 * @throws VisitDocumentReplacedError when the document to replace was already replaced
	 *
	 * Each issue (a replacement too) enters the ledger in the same transaction.
	 */
	issueVisitDocument(input: NewVisitDocument, now: Date): Promise<IssuedVisitDocument>;
	/** Every decision and notice issued for the visit, oldest first, each with what replaced it. */
	visitDocuments(visitId: string): Promise<IssuedVisitDocument[]>;
	/** Issued documents with an id above `afterId`, in id order, at most `limit`, as stored (the ledger check). */
	readVisitDocumentIssues(afterId: string, limit: number): Promise<StoredVisitDocument[]>;

	// Document register (see register/registerSql.ts) ---------------------------------------------

	/**
	 * Gives the next number of the kind for the issuer in the current year (Vietnam time) and records
	 * what it was given to. Unique under any concurrency, across app servers; never given again.
	 * @throws InvalidRecordError for an unknown issuer or account, or a malformed issuer code
	 */
	issueDocumentNumber(entry: NewRegisterEntry, now: Date): Promise<RegisterEntry>;
	/** An issuer's register of one year, by kind, newest number first. */
	listRegister(issuerId: string, year: number): Promise<RegisterEntry[]>;
	/** The numbers given to one document (normally one). */
	registerEntriesOf(subjectId: string): Promise<RegisterEntry[]>;

	// Conclusions (kết luận kiểm tra; see conclusions/conclusionSql.ts): issued once, never changed ----

	/**
	 * Issues a conclusion in one transaction: its number from the register, its text with that number
	 * and its hash, the inspections it covers, and its ledger entry.
	 * @throws NotFoundError when the conclusion it replaces does not exist
	 * @throws ConclusionReplacedError when that one was already replaced
	 * @throws InvalidRecordError for an unknown agency, account or revision
	 */
	issueConclusion(conclusion: NewConclusion, now: Date): Promise<Conclusion>;
	getConclusion(id: string): Promise<Conclusion | null>;
	/** Every conclusion covering the inspection, newest first. */
	conclusionsOfInspection(inspectionId: string): Promise<ConclusionSummary[]>;

	/**
	 * Recommendations of these agencies (null: all) issued and fixed in [from, to), and open and
	 * overdue at `to` (ISO instants): the periodic report's figures.
	 */
	recommendationTotals(agencyIds: readonly string[] | null, from: string, to: string): Promise<RecommendationTotals>;
	/** Open recommendations whose deadline is in [from, to), soonest first, at most `limit`. */
	recommendationsDue(agencyIds: readonly string[] | null, from: string, to: string, limit: number): Promise<StoredRecommendation[]>;

	// Device keys (see devices/deviceRecords.ts) --------------------------------------------------------

	/** Registers a phone's public key for an account; a new key is entered in the ledger. */
	registerDevice(device: NewDeviceKey, now: Date): Promise<{ outcome: RegisterDeviceOutcome; device: DeviceKey | null }>;
	getDevice(id: string): Promise<DeviceKey | null>;
	/** One account's keys, or every account's (null), oldest first. */
	listDevices(userId: string | null): Promise<DeviceKey[]>;
	/** Moves the key's last-seen time forward (a record it signed arrived). */
	touchDevice(id: string, now: Date): Promise<void>;
	/**
	 * Revokes a key: it signs nothing new from now on; what it signed before stays valid. Entered in
	 * the ledger; revoking a revoked key changes nothing. @throws NotFoundError
	 */
	revokeDevice(id: string, by: string, now: Date): Promise<DeviceKey>;

	// The hash-chained ledger (see ledger/ledgerEntries.ts): appended by the writes above, never changed --

	ledgerHead(): Promise<LedgerHead | null>;
	/** Entries after `afterSeq`, in order, at most `limit`. */
	readLedger(afterSeq: number, limit: number): Promise<LedgerEntry[]>;
	/** The revision whose record has this hash (its fingerprint; the first received if several). */
	findRevisionByHash(hash: string): Promise<SubmissionKey | null>;
	/** How many revisions, trail events, recommendations and device keys are stored (all must be in the ledger). */
	countRecords(): Promise<RecordCounts>;
	/** Enters the rows stored before the ledger existed, once, while it is empty; how many entries. */
	backfillLedger(now: Date): Promise<number>;
}
