import { canonicalJson } from '$lib/domain/canonicalJson';
import { sha256Hex } from '$lib/server/store/canonical';
import { STATS_TEMPLATE } from './reviewFixtures';

/**
 * Rows a store at schema version 2 held (findings one row per item), for checking that version 3
 * turns them into template_items and one `outcomes` string per head. Plain SQL with literals, the same
 * for both databases.
 */
export function version2Rows(): string[] {
	const content = canonicalJson(STATS_TEMPLATE);
	const at = '2026-01-10T02:00:00.000Z';
	const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
	const head = (id: string, outcomes: Record<string, string>) => [
		`INSERT INTO submissions (inspection_id, revision, inspector_id, agency_id, template_id, template_version, status, content, content_hash, device_time, received_at, change_seq)
		 VALUES (${q(id)}, 1, 'u1', 'so-noi-vu', 'mau-thong-ke', 1, 'sent', '{}', 'h', ${q(at)}, ${q(at)}, ${id === I_A ? 1 : 2})`,
		`INSERT INTO inspection_heads (inspection_id, revision, status, agency_id, inspector_id, inspector_name, template_id, template_version, started_at, started_date,
			finished_at, received_at, compliance_rate, weighted_score, compliant, violations, max_severity, flag_far, flag_manual, flag_suspect, flag_no_location, lat, lng)
		 VALUES (${q(id)}, 1, 'sent', 'so-noi-vu', 'u1', 'An', 'mau-thong-ke', 1, ${q(at)}, '2026-01-10', ${q(at)}, ${q(at)}, 0.5, 0.4, 1, 1, 2, 0, 0, 0, 1, NULL, NULL)`,
		...Object.entries(outcomes).map(
			([item, outcome]) =>
				`INSERT INTO findings (inspection_id, revision, item_id, theme, outcome, severity, item_text, note)
				 VALUES (${q(id)}, 1, ${q(item)}, 'discipline', ${q(outcome)}, 'minor', ${q(`Mục ${item}`)}, '')`
		)
	];
	return [
		`INSERT INTO agencies (id, parent_id, name, kind, address, lat, lng, updated_at) VALUES ('so-noi-vu', NULL, 'Sở Nội vụ', 'department', 'Tuyên Quang', 21.8, 105.2, ${q(at)})`,
		`INSERT INTO users (id, username, username_key, display_name, role, jurisdiction_id, password_hash, disabled, created_at, updated_at)
		 VALUES ('u1', 'an', 'an', 'An', 'inspector', NULL, 'x', false, ${q(at)}, ${q(at)})`,
		`INSERT INTO templates (id, version, content, content_hash, stored_at) VALUES ('mau-thong-ke', 1, ${q(content)}, ${q(sha256Hex(content))}, ${q(at)})`,
		...head(I_A, { a1: 'compliant', a2: 'violation', b1: 'na' }),
		...head(I_B, {})
	];
}

const I_A = 'a0000000-0000-4000-8000-000000000001';
const I_B = 'b0000000-0000-4000-8000-000000000002';

/** What version 3 makes of them. */
export const AFTER_VERSION_3 = {
	outcomes: [
		{ inspection_id: I_A, outcomes: 'cvn-' },
		{ inspection_id: I_B, outcomes: '----' }
	],
	templateItems: [
		{ ordinal: 1, item_id: 'a1', theme: 'discipline', severity: 'minor', item_text: 'Mục a1' },
		{ ordinal: 2, item_id: 'a2', theme: 'discipline', severity: 'major', item_text: 'Mục a2' },
		{ ordinal: 3, item_id: 'b1', theme: 'communication', severity: 'critical', item_text: 'Mục b1' },
		{ ordinal: 4, item_id: 'b2', theme: 'communication', severity: 'minor', item_text: 'Mục b2' }
	]
};

export const OUTCOMES_SQL = 'SELECT inspection_id, outcomes FROM inspection_heads ORDER BY inspection_id';
export const TEMPLATE_ITEMS_SQL = "SELECT ordinal, item_id, theme, severity, item_text FROM template_items WHERE template_id = 'mau-thong-ke' ORDER BY ordinal";
