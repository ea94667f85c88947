import type { AccountField } from '../auth/accounts';
import { AccountError } from '../auth/accounts';
import type { Store } from '../store/Store';
import type { Role } from '../store/records';
import { text } from './readForm';

export interface RoleInput {
	role: Role;
	/** Only a supervisor has one; ignored (null) for the other roles. */
	jurisdictionId: string | null;
}

/** Role and jurisdiction from a posted form; an unknown agency is an AccountError on that field. */
export async function roleFromForm(store: Store, form: FormData): Promise<RoleInput> {
	const role = text(form, 'role') as Role;
	const chosen = text(form, 'jurisdictionId').trim();
	const jurisdictionId = role === 'supervisor' && chosen !== '' ? chosen : null;
	if (jurisdictionId !== null && !(await store.listAgencies()).some((a) => a.id === jurisdictionId)) {
		throw new AccountError('jurisdictionId', 'Không có cơ quan này trong danh mục');
	}
	return { role, jurisdictionId };
}

export interface FormProblem {
	field: AccountField | 'form';
	message: string;
}

export function problem(error: AccountError): FormProblem {
	return { field: error.field, message: error.message };
}
