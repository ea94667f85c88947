import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 3,
	name: 'findings as one character per template item on the head row',
	sql: `
-- Every item of every template version, numbered in form order (see templateItems.ts). Written with the
-- template; versions never change, so neither do these rows.
CREATE TABLE template_items (
	template_id TEXT NOT NULL,
	template_version INTEGER NOT NULL,
	ordinal INTEGER NOT NULL,
	item_id TEXT NOT NULL,
	theme TEXT NOT NULL,
	severity TEXT NOT NULL,
	item_text TEXT NOT NULL,
	PRIMARY KEY (template_id, template_version, ordinal),
	FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
) STRICT;
INSERT INTO template_items (template_id, template_version, ordinal, item_id, theme, severity, item_text)
SELECT t.id, t.version,
	row_number() OVER (PARTITION BY t.id, t.version ORDER BY CAST(s.key AS INTEGER), CAST(i.key AS INTEGER)),
	i.value ->> '$.id', s.value ->> '$.theme', i.value ->> '$.severity', i.value ->> '$.text.vi'
FROM templates AS t, json_each(t.content, '$.sections') AS s, json_each(s.value, '$.items') AS i;

-- The latest revision's findings, character n for item n: c compliant, v violation, n not applicable,
-- - none. One row per revision instead of one per item made a push batch several times cheaper.
ALTER TABLE inspection_heads ADD COLUMN outcomes TEXT NOT NULL DEFAULT '';
UPDATE inspection_heads SET outcomes = coalesce((
	SELECT group_concat(CASE f.outcome WHEN 'compliant' THEN 'c' WHEN 'violation' THEN 'v' WHEN 'na' THEN 'n' ELSE '-' END, '' ORDER BY ti.ordinal)
	FROM template_items AS ti
	LEFT JOIN findings AS f
		ON f.inspection_id = inspection_heads.inspection_id AND f.revision = inspection_heads.revision AND f.item_id = ti.item_id
	WHERE ti.template_id = inspection_heads.template_id AND ti.template_version = inspection_heads.template_version
), '');
DROP TABLE findings;
`
};
