/**
 * Rows a store at schema version 17 held for a visit's issued decision (schema 15 kept only the
 * signer), for checking that version 18 carries them into visit_document_issues without a text.
 * Plain SQL with literals, the same for both databases.
 */
export function version17Rows(): string[] {
	const at = '2026-03-01T02:00:00.000Z';
	const signer = JSON.stringify({ authority: '', position: 'GIÁM ĐỐC', name: 'Lê Minh Châu' });
	const team = JSON.stringify([{ accountId: null, name: 'Nguyễn Văn An', position: '', role: 'lead' }]);
	return [
		`INSERT INTO agencies (id, parent_id, name, kind, address, lat, lng, updated_at) VALUES ('so-noi-vu', NULL, 'Sở Nội vụ', 'department', 'Tuyên Quang', 21.8, 105.2, '${at}')`,
		`INSERT INTO users (id, username, username_key, display_name, role, jurisdiction_id, password_hash, disabled, created_at, updated_at)
		 VALUES ('u1', 'chau', 'chau', 'Lê Minh Châu', 'supervisor', 'so-noi-vu', 'x', false, '${at}', '${at}')`,
		`INSERT INTO plans (id, title, year, period, legal_basis, issuing_agency_id, created_by, created_at, updated_at, version)
		 VALUES ('${PLAN}', 'Kế hoạch', 2026, '', '', 'so-noi-vu', 'u1', '${at}', '${at}', 1)`,
		`INSERT INTO plan_visits (id, plan_id, position, agency_id, template_id, window_from, window_to, announced, team)
		 VALUES ('${VISIT}', '${PLAN}', 0, 'so-noi-vu', 'mau', '2026-03-10', '2026-03-20', 1, '${team}')`,
		`INSERT INTO document_register (issuer_id, kind, year, number, symbol, subject_id, title, issued_at, issued_by)
		 VALUES ('so-noi-vu', 'decision', 2026, 1, '01/QĐ-SNV', '${VISIT}', 'QUYẾT ĐỊNH', '${at}', 'u1')`,
		`INSERT INTO visit_documents (visit_id, kind, symbol, signer, issued_at) VALUES ('${VISIT}', 'decision', '01/QĐ-SNV', '${signer}', '${at}')`
	];
}

const PLAN = 'c0000000-0000-4000-8000-000000000001';
export const VISIT = 'd0000000-0000-4000-8000-000000000002';

export const ISSUES_SQL = 'SELECT id, visit_id, kind, symbol, issued_by, replaces, document, document_hash FROM visit_document_issues';

/** What version 18 makes of them: the number and signer kept, no text (the page rebuilds it and says so). */
export const AFTER_VERSION_18 = [
	{ id: `${VISIT}:decision`, visit_id: VISIT, kind: 'decision', symbol: '01/QĐ-SNV', issued_by: 'u1', replaces: null, document: null, document_hash: null }
];
