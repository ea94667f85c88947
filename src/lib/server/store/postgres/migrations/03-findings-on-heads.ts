import type { MigrationStep } from '../../migrationStep';

export const step: MigrationStep = {
	version: 3,
	name: 'findings as one character per template item on the head row',
	sql: `
-- Every item of every template version, numbered in form order (see templateItems.ts). Written with the
-- template; versions never change, so neither do these rows.
CREATE TABLE template_items (
	template_id text NOT NULL,
	template_version integer NOT NULL,
	ordinal integer NOT NULL,
	item_id text NOT NULL,
	theme text NOT NULL,
	severity text NOT NULL,
	item_text text NOT NULL,
	PRIMARY KEY (template_id, template_version, ordinal),
	FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
);
INSERT INTO template_items (template_id, template_version, ordinal, item_id, theme, severity, item_text)
SELECT t.id, t.version,
	row_number() OVER (PARTITION BY t.id, t.version ORDER BY s.ord, i.ord),
	i.value ->> 'id', s.value ->> 'theme', i.value ->> 'severity', i.value -> 'text' ->> 'vi'
FROM templates AS t
	CROSS JOIN LATERAL jsonb_array_elements(t.content::jsonb -> 'sections') WITH ORDINALITY AS s (value, ord)
	CROSS JOIN LATERAL jsonb_array_elements(s.value -> 'items') WITH ORDINALITY AS i (value, ord);

-- The latest revision's findings, character n for item n: c compliant, v violation, n not applicable,
-- - none. One row per revision instead of one per item made a push batch several times cheaper.
ALTER TABLE inspection_heads ADD COLUMN outcomes text NOT NULL DEFAULT '';
UPDATE inspection_heads AS h SET outcomes = coalesce((
	SELECT string_agg(CASE f.outcome WHEN 'compliant' THEN 'c' WHEN 'violation' THEN 'v' WHEN 'na' THEN 'n' ELSE '-' END, '' ORDER BY ti.ordinal)
	FROM template_items AS ti
	LEFT JOIN findings AS f ON f.inspection_id = h.inspection_id AND f.revision = h.revision AND f.item_id = ti.item_id
	WHERE ti.template_id = h.template_id AND ti.template_version = h.template_version
), '');
DROP TABLE findings;
`
};
