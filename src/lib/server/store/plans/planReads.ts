import type { Store } from '../Store';
import type { Dialect, Exec } from '../review/filter';
import {
	PLAN_BY_ID_SQL,
	planFromRows,
	planSummaryFromRow,
	VISIT_BY_ID_SQL,
	visitInspectionFromRow,
	VISITS_OF_PLAN_SQL,
	visitWithPlanFromRow,
	type PlanRow,
	type VisitInspectionRow,
	type VisitRow
} from './planSql';
import { storedVisitDocumentFromRow, VISIT_DOCUMENT_ISSUES_AFTER_SQL, type StoredVisitDocumentRow } from './visitDocumentSql';

type PlanReadMethods = Pick<Store, 'getPlan' | 'listPlans' | 'getVisit' | 'visitsOfMember' | 'visitInspections' | 'overdueVisits' | 'readVisitDocumentIssues'>;

type VisitPlanRow = VisitRow & { plan_title: string; issuing_agency_id: string };
const VISIT_PLAN_COLUMNS = 'v.id, v.plan_id, v.position, v.agency_id, v.template_id, v.window_from, v.window_to, v.announced, v.team, p.title AS plan_title, p.issuing_agency_id';

/** The plan reads, written once for both databases (see review/reviewReads.ts for the pattern). */
export function planReads(exec: Exec, dialect: Dialect): PlanReadMethods {
	return {
		async readVisitDocumentIssues(afterId, limit) {
			return (await exec<StoredVisitDocumentRow>(VISIT_DOCUMENT_ISSUES_AFTER_SQL, [afterId, limit])).map(storedVisitDocumentFromRow);
		},
		async getPlan(id) {
			const [row] = await exec<PlanRow>(PLAN_BY_ID_SQL, [id]);
			if (!row) return null;
			return planFromRows(row, await exec<VisitRow>(VISITS_OF_PLAN_SQL, [id]));
		},
		async listPlans(issuerIds) {
			if (issuerIds.length === 0) return [];
			const rows = await exec<PlanRow & { visit_count: number | string }>(
				`SELECT p.*, (SELECT COUNT(*) FROM plan_visits v WHERE v.plan_id = p.id) AS visit_count
				FROM plans p WHERE ${dialect.inList('p.issuing_agency_id')} ORDER BY p.year DESC, p.created_at DESC, p.id`,
				[dialect.listParam(issuerIds)]
			);
			return rows.map(planSummaryFromRow);
		},
		async getVisit(id) {
			const [row] = await exec<VisitPlanRow>(VISIT_BY_ID_SQL, [id]);
			return row ? visitWithPlanFromRow(row) : null;
		},
		async visitsOfMember(accountId, endingOnOrAfter) {
			const rows = await exec<VisitPlanRow>(
				`SELECT ${VISIT_PLAN_COLUMNS} FROM visit_members m JOIN plan_visits v ON v.id = m.visit_id JOIN plans p ON p.id = v.plan_id
				WHERE m.account_id = ? AND v.window_to >= ? ORDER BY v.window_from, v.id`,
				[accountId, endingOnOrAfter]
			);
			return rows.map(visitWithPlanFromRow);
		},
		async visitInspections(visitIds) {
			if (visitIds.length === 0) return [];
			const rows = await exec<VisitInspectionRow>(
				`SELECT vi.visit_id, vi.inspection_id, h.status, h.inspector_id, h.inspector_name, h.agency_id, h.started_at, h.lat, h.lng
				FROM visit_inspections vi JOIN inspection_heads h ON h.inspection_id = vi.inspection_id
				WHERE ${dialect.inList('vi.visit_id')} ORDER BY vi.visit_id, h.started_at`,
				[dialect.listParam(visitIds)]
			);
			return rows.map(visitInspectionFromRow);
		},
		async overdueVisits(scope, today, limit) {
			if (scope.issuerIds.length === 0 && scope.agencyIds.length === 0) return [];
			const rows = await exec<VisitPlanRow>(
				`SELECT ${VISIT_PLAN_COLUMNS} FROM plan_visits v JOIN plans p ON p.id = v.plan_id
				WHERE v.window_to < ? AND NOT EXISTS (
					SELECT 1 FROM visit_inspections vi JOIN inspection_heads h ON h.inspection_id = vi.inspection_id WHERE vi.visit_id = v.id
				) AND (${dialect.inList('p.issuing_agency_id')} OR (v.announced = 1 AND ${dialect.inList('v.agency_id')}))
				ORDER BY v.window_to, v.id LIMIT ?`,
				[today, dialect.listParam(scope.issuerIds), dialect.listParam(scope.agencyIds), limit]
			);
			return rows.map(visitWithPlanFromRow);
		}
	};
}
