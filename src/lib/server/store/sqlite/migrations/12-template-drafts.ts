import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 12,
	name: 'checklists edited by administrators: themes, drafts, retirement',
	sql: `
-- Themes are data: the nine of legal-basis.md (their names as in themeText.ts when this step was
-- written), and any an administrator adds. Never deleted: published versions name them.
CREATE TABLE themes (
	id TEXT PRIMARY KEY,
	name_vi TEXT NOT NULL,
	name_en TEXT NOT NULL,
	position INTEGER NOT NULL,
	created_at TEXT NOT NULL
) STRICT;
INSERT INTO themes (id, name_vi, name_en, position, created_at)
SELECT column1, column2, column3, column4, '2026-12-06T00:00:00.000Z' FROM (VALUES
	('discipline', 'Tinh thần, thái độ làm việc; kỷ luật, kỷ cương', 'Attitude, working hours, discipline', 1),
	('communication', 'Giao tiếp, ứng xử ("4 xin, 4 luôn")', 'Communication and courtesy ("4 xin, 4 luôn")', 2),
	('dress', 'Trang phục, thẻ công chức', 'Dress code and ID card', 3),
	('office', 'Bài trí công sở', 'Office arrangement', 4),
	('alcohol-tobacco', 'Rượu, bia, thuốc lá', 'Alcohol and tobacco', 5),
	('meetings', 'Chế độ hội họp', 'Meetings', 6),
	('public-listing', 'Niêm yết thủ tục hành chính, một cửa', 'Public listing of procedures, one-stop shop', 7),
	('it-services', 'Ứng dụng CNTT, dịch vụ công trực tuyến', 'IT use and online public services', 8),
	('feedback', 'Tiếp nhận phản ánh, kiến nghị', 'Complaints and feedback channels', 9));

-- One draft per template: the content an administrator edits (canonical JSON of the template body),
-- never seen by phones until published as the next version. revision grows with each save.
CREATE TABLE template_drafts (
	template_id TEXT PRIMARY KEY,
	base_version INTEGER,
	revision INTEGER NOT NULL,
	content TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	updated_by TEXT NOT NULL REFERENCES users (id)
) STRICT;

-- A retired template takes no new inspection; its versions stay (old inspections open, print, count).
-- Phones learn it with the catalog, hence the catalog_version triggers.
CREATE TABLE template_retirements (
	template_id TEXT PRIMARY KEY,
	retired_at TEXT NOT NULL,
	retired_by TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE TRIGGER template_retirements_inserted AFTER INSERT ON template_retirements BEGIN UPDATE catalog_version SET version = version + 1; END;
CREATE TRIGGER template_retirements_deleted AFTER DELETE ON template_retirements BEGIN UPDATE catalog_version SET version = version + 1; END;
`
};
