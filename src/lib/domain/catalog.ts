import { z } from 'zod/mini';
import { AgencySchema } from './agency';
import { ChecklistTemplateSchema } from './checklist';
import { ThemeRecordSchema } from './theme';

/** Templates and agencies: what a device needs to start an inspection offline. */
export const CatalogSchema = z.object({
	templates: z.array(ChecklistTemplateSchema),
	agencies: z.array(AgencySchema),
	/** The themes an administrator added, with their names (absent: none, or older servers). */
	themes: z.optional(z.array(ThemeRecordSchema))
});
export type Catalog = z.infer<typeof CatalogSchema>;
