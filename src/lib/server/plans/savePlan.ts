import { randomUUID } from 'node:crypto';
import { planProblems, teamAccounts, type Plan, type PlanInput } from '$lib/domain/plan';
import { ApiError, type FieldErrors } from '../http/apiError';
import type { Store } from '../store/Store';
import type { User } from '../store/records';
import { canManagePlan, canPlanVisitTo } from './planAccess';

/**
 * A supervisor's new plan, or an edit of one they manage: checked against the jurisdiction, the
 * published templates and the accounts a team may name, then stored whole (the store refuses a
 * stale version and a removed visit an inspection names).
 */
export async function savePlanFor(store: Store, user: User, input: PlanInput, existing: { id: string; version: number } | null, now: Date): Promise<Plan> {
	const agencies = await store.listAgencies();
	if (existing) {
		const stored = await store.getPlan(existing.id);
		// Outside the jurisdiction a plan answers exactly like an unknown id.
		if (!stored || !canManagePlan(user, stored.issuingAgencyId, agencies)) throw new ApiError(404);
	}
	const fields: FieldErrors = {};
	const problem = (path: string, message: string) => (fields[path] ??= []).push(message);
	for (const p of planProblems(input)) problem(p.path, p.message);
	if (!canManagePlan(user, input.issuingAgencyId, agencies)) problem('issuingAgencyId', 'Cơ quan ban hành phải thuộc phạm vi phụ trách của bạn.');
	const templates = new Set((await store.listTemplates()).map((t) => t.id));
	const colleagues = new Set((await store.listUsers()).filter((u) => !u.disabled && u.role !== 'admin').map((u) => u.id));
	input.visits.forEach((visit, i) => {
		if (!canPlanVisitTo(user, visit.agencyId, agencies)) problem(`visits.${i}.agencyId`, 'Cơ quan được kiểm tra phải thuộc phạm vi phụ trách của bạn.');
		if (!templates.has(visit.templateId)) problem(`visits.${i}.templateId`, 'Không có bộ tiêu chí này.');
		if (teamAccounts(visit.team).some((id) => !colleagues.has(id))) problem(`visits.${i}.team`, 'Đoàn có tài khoản không còn hoạt động hoặc không phải công chức kiểm tra.');
	});
	if (Object.keys(fields).length > 0) throw new ApiError(400, 'invalid-plan', 'Kế hoạch chưa hợp lệ.', fields);
	const plan: Plan = {
		...input,
		id: existing?.id ?? randomUUID(),
		createdBy: user.id,
		createdAt: now.toISOString(),
		updatedAt: now.toISOString(),
		version: existing?.version ?? 1,
		visits: input.visits.map((v) => ({ ...v, id: v.id ?? randomUUID() }))
	};
	return store.savePlan(plan, existing?.version ?? null, now);
}
