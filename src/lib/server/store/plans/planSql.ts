import { TeamSchema } from '$lib/domain/team';
import { teamAccounts, type PlanVisit } from '$lib/domain/plan';
import { VisitHasDocumentError, VisitHasInspectionError } from '../errors';
import { iso } from '../rows';
import type { PlanRecord, PlanSummary, VisitInspection, VisitWithPlan } from './planRecords';

type Time = string | Date;

/**
 * Plans, written once for both stores: the SQL (PostgreSQL numbers the placeholders) and the plan of
 * statements an edit makes, a pure function of what the writing transaction read (the stored
 * version and which visits have inspections). Each store only drives it inside one transaction.
 */

const PLAN_COLUMNS = 'id, title, year, period, legal_basis, issuing_agency_id, created_by, created_at, updated_at, version';
const VISIT_COLUMNS = 'v.id, v.plan_id, v.position, v.agency_id, v.template_id, v.window_from, v.window_to, v.announced, v.team';

export const PLAN_BY_ID_SQL = `SELECT ${PLAN_COLUMNS} FROM plans WHERE id = ?`;
export const VISITS_OF_PLAN_SQL = `SELECT ${VISIT_COLUMNS} FROM plan_visits v WHERE v.plan_id = ? ORDER BY v.position`;
/** The visits of a plan that an inspection names: an edit may not remove them. */
export const LINKED_VISITS_OF_PLAN_SQL = 'SELECT DISTINCT v.id FROM plan_visits v JOIN visit_inspections vi ON vi.visit_id = v.id WHERE v.plan_id = ?';
/** The visits of a plan whose decision or notice was issued: an edit may not remove them either. */
export const DOCUMENTED_VISITS_OF_PLAN_SQL = 'SELECT DISTINCT v.id FROM plan_visits v JOIN visit_document_issues d ON d.visit_id = v.id WHERE v.plan_id = ?';
export const VISIT_BY_ID_SQL = `SELECT ${VISIT_COLUMNS}, p.title AS plan_title, p.issuing_agency_id FROM plan_visits v JOIN plans p ON p.id = v.plan_id WHERE v.id = ?`;
export const LINK_VISIT_SQL = 'INSERT INTO visit_inspections (inspection_id, visit_id, linked_at) VALUES (?, ?, ?) ON CONFLICT (inspection_id) DO NOTHING';

export interface PlanRow {
	id: string;
	title: string;
	year: number | string;
	period: string;
	legal_basis: string;
	issuing_agency_id: string;
	created_by: string;
	created_at: Time;
	updated_at: Time;
	version: number | string;
}

export interface VisitRow {
	id: string;
	plan_id: string;
	position: number | string;
	agency_id: string;
	template_id: string;
	window_from: string;
	window_to: string;
	announced: number | string;
	team: string;
}

export function visitFromRow(row: VisitRow): PlanVisit {
	return {
		id: row.id,
		agencyId: row.agency_id,
		templateId: row.template_id,
		windowFrom: row.window_from,
		windowTo: row.window_to,
		announced: Number(row.announced) === 1,
		team: TeamSchema.parse(JSON.parse(row.team))
	};
}

export function visitWithPlanFromRow(row: VisitRow & { plan_title: string; issuing_agency_id: string }): VisitWithPlan {
	return { ...visitFromRow(row), planId: row.plan_id, planTitle: row.plan_title, issuingAgencyId: row.issuing_agency_id };
}

export function planFromRows(row: PlanRow, visits: readonly VisitRow[]): PlanRecord {
	return { ...planHead(row), visits: visits.map(visitFromRow) };
}

function planHead(row: PlanRow): Omit<PlanRecord, 'visits'> {
	return {
		id: row.id,
		title: row.title,
		year: Number(row.year),
		period: row.period,
		legalBasis: row.legal_basis,
		issuingAgencyId: row.issuing_agency_id,
		createdBy: row.created_by,
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at),
		version: Number(row.version)
	};
}

export function planSummaryFromRow(row: PlanRow & { visit_count: number | string }): PlanSummary {
	return { ...planHead(row), visits: Number(row.visit_count) };
}

export interface VisitInspectionRow {
	visit_id: string;
	inspection_id: string;
	status: string;
	inspector_id: string;
	inspector_name: string;
	agency_id: string;
	started_at: Time;
	lat: number | null;
	lng: number | null;
}

export function visitInspectionFromRow(row: VisitInspectionRow): VisitInspection {
	return {
		visitId: row.visit_id,
		inspectionId: row.inspection_id,
		status: row.status as VisitInspection['status'],
		inspectorId: row.inspector_id,
		inspectorName: row.inspector_name,
		agencyId: row.agency_id,
		startedAt: iso(row.started_at),
		lat: row.lat === null ? null : Number(row.lat),
		lng: row.lng === null ? null : Number(row.lng)
	};
}

export interface Statement {
	sql: string;
	params: unknown[];
}

/** What the writing transaction read of the stored plan (null: a new plan). */
export interface StoredPlanState {
	version: number;
	createdBy: string;
	createdAt: string;
	linkedVisitIds: ReadonlySet<string>;
	documentedVisitIds: ReadonlySet<string>;
}

/**
 * The statements that make the stored plan equal `plan`: its row (inserted, or updated to the next
 * version), its visits replaced (visit_members follow by ON DELETE CASCADE), the team's accounts
 * written. A visit that an inspection or an issued document names may change but not go: its
 * inspection would lose its plan, its decision the visit it orders.
 */
export function planWriteStatements(stored: StoredPlanState | null, plan: PlanRecord, at: string): { statements: Statement[]; written: PlanRecord } {
	const statements: Statement[] = [];
	const written: PlanRecord = stored
		? { ...plan, createdBy: stored.createdBy, createdAt: stored.createdAt, updatedAt: at, version: stored.version + 1 }
		: { ...plan, createdAt: at, updatedAt: at, version: 1 };
	if (stored) {
		const kept = new Set(plan.visits.map((v) => v.id));
		for (const id of stored.linkedVisitIds) {
			if (!kept.has(id)) throw new VisitHasInspectionError(id);
		}
		// An issued decision or notice names the visit: it stands as issued, and so does the visit.
		for (const id of stored.documentedVisitIds) {
			if (!kept.has(id)) throw new VisitHasDocumentError(id);
		}
		statements.push({
			sql: 'UPDATE plans SET title = ?, year = ?, period = ?, legal_basis = ?, issuing_agency_id = ?, updated_at = ?, version = ? WHERE id = ?',
			params: [written.title, written.year, written.period, written.legalBasis, written.issuingAgencyId, at, written.version, written.id]
		});
		// Members first: the cascade would do it, but only where the database enforces foreign keys.
		statements.push({ sql: 'DELETE FROM visit_members WHERE visit_id IN (SELECT id FROM plan_visits WHERE plan_id = ?)', params: [written.id] });
		statements.push({ sql: 'DELETE FROM plan_visits WHERE plan_id = ?', params: [written.id] });
	} else {
		statements.push({
			sql: `INSERT INTO plans (${PLAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			params: [written.id, written.title, written.year, written.period, written.legalBasis, written.issuingAgencyId, written.createdBy, at, at, 1]
		});
	}
	written.visits.forEach((visit, position) => {
		statements.push({
			sql: 'INSERT INTO plan_visits (id, plan_id, position, agency_id, template_id, window_from, window_to, announced, team) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			params: [visit.id, written.id, position, visit.agencyId, visit.templateId, visit.windowFrom, visit.windowTo, visit.announced ? 1 : 0, JSON.stringify(visit.team)]
		});
		for (const account of teamAccounts(visit.team)) {
			statements.push({ sql: 'INSERT INTO visit_members (account_id, visit_id) VALUES (?, ?)', params: [account, visit.id] });
		}
	});
	return { statements, written };
}
