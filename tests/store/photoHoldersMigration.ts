/**
 * Rows a store at schema version 3 held: two revisions citing a photo, by one inspector, and a photo
 * nobody cited yet. Version 4 must make the inspector its holder (from the earliest revision's
 * receipt) and leave the uncited one unheld, to be uploaded again. Plain SQL with literals.
 */
export function version3Rows(database: 'sqlite' | 'postgres'): string[] {
	const at = (minute: number) => `'2026-01-10T02:0${minute}:00.000Z'`;
	const photo = (hash: string) =>
		database === 'sqlite'
			? `INSERT INTO photos (hash, mime, size, created_at) VALUES ('${hash}', 'image/jpeg', 3, ${at(0)})`
			: `INSERT INTO photos (hash, mime, size, bytes, created_at) VALUES ('${hash}', 'image/jpeg', 3, '\\x010203', ${at(0)})`;
	const revision = (n: number) =>
		`INSERT INTO submissions (inspection_id, revision, inspector_id, agency_id, template_id, template_version, status, content, content_hash, device_time, received_at, change_seq)
		 VALUES ('i1', ${n}, 'u1', 'so-noi-vu', 't', 1, 'sent', '{}', 'h${n}', ${at(n)}, ${at(n)}, ${n})`;
	return [
		`INSERT INTO agencies (id, parent_id, name, kind, address, lat, lng, updated_at) VALUES ('so-noi-vu', NULL, 'Sở Nội vụ', 'department', 'Tuyên Quang', 21.8, 105.2, ${at(0)})`,
		`INSERT INTO users (id, username, username_key, display_name, role, jurisdiction_id, password_hash, disabled, created_at, updated_at)
		 VALUES ('u1', 'an', 'an', 'An', 'inspector', NULL, 'x', false, ${at(0)}, ${at(0)})`,
		`INSERT INTO templates (id, version, content, content_hash, stored_at) VALUES ('t', 1, '{}', 'h', ${at(0)})`,
		photo(CITED),
		photo(UNCITED),
		revision(1),
		revision(2),
		`INSERT INTO submission_photos (inspection_id, revision, photo_hash) VALUES ('i1', 1, '${CITED}')`,
		`INSERT INTO submission_photos (inspection_id, revision, photo_hash) VALUES ('i1', 2, '${CITED}')`
	];
}

const CITED = 'a'.repeat(64);
const UNCITED = 'b'.repeat(64);

export const HOLDERS_SQL = 'SELECT photo_hash, user_id FROM photo_holders ORDER BY photo_hash';
export const AFTER_VERSION_4 = [{ photo_hash: CITED, user_id: 'u1' }];
