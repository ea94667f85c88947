import { z } from 'zod/mini';
import { ThemeSchema } from './checklist';
import { LocalizedTextSchema } from './localized';

/**
 * A theme (chủ đề) sections are grouped under, for scoring and statistics. Themes are data: the store
 * starts with the nine of legal-basis.md and an administrator may add a province's own. A theme is
 * never removed or renamed in its id, since published versions and statistics name it.
 */
export const ThemeRecordSchema = z.object({
	id: ThemeSchema,
	name: LocalizedTextSchema
});
export type ThemeRecord = z.infer<typeof ThemeRecordSchema>;

