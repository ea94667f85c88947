import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 12,
	name: 'checklists edited by administrators: themes, drafts, retirement',
	sql: `
-- See the SQLite step 12: themes as data (seeded with the nine), one draft per template, retirement.
CREATE TABLE themes (
	id text PRIMARY KEY,
	name_vi text NOT NULL,
	name_en text NOT NULL,
	position integer NOT NULL,
	created_at timestamptz NOT NULL
);
INSERT INTO themes (id, name_vi, name_en, position, created_at)
SELECT v.id, v.name_vi, v.name_en, v.position, '2026-12-06T00:00:00.000Z' FROM (VALUES
	('discipline', 'Tinh thần, thái độ làm việc; kỷ luật, kỷ cương', 'Attitude, working hours, discipline', 1),
	('communication', 'Giao tiếp, ứng xử ("4 xin, 4 luôn")', 'Communication and courtesy ("4 xin, 4 luôn")', 2),
	('dress', 'Trang phục, thẻ công chức', 'Dress code and ID card', 3),
	('office', 'Bài trí công sở', 'Office arrangement', 4),
	('alcohol-tobacco', 'Rượu, bia, thuốc lá', 'Alcohol and tobacco', 5),
	('meetings', 'Chế độ hội họp', 'Meetings', 6),
	('public-listing', 'Niêm yết thủ tục hành chính, một cửa', 'Public listing of procedures, one-stop shop', 7),
	('it-services', 'Ứng dụng CNTT, dịch vụ công trực tuyến', 'IT use and online public services', 8),
	('feedback', 'Tiếp nhận phản ánh, kiến nghị', 'Complaints and feedback channels', 9)) AS v (id, name_vi, name_en, position);

CREATE TABLE template_drafts (
	template_id text PRIMARY KEY,
	base_version integer,
	revision integer NOT NULL,
	content text NOT NULL,
	updated_at timestamptz NOT NULL,
	updated_by text NOT NULL REFERENCES users (id)
);

CREATE TABLE template_retirements (
	template_id text PRIMARY KEY,
	retired_at timestamptz NOT NULL,
	retired_by text NOT NULL REFERENCES users (id)
);
CREATE TRIGGER template_retirements_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON template_retirements FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
`
};
