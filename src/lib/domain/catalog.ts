import { z } from 'zod/mini';
import { AgencySchema } from './agency';
import { ChecklistTemplateSchema } from './checklist';
import { ThemeRecordSchema } from './theme';

/** Templates and agencies: what a device needs to start an inspection offline. */
export const CatalogSchema = z.object({
	templates: z.array(ChecklistTemplateSchema),
	agencies: z.array(AgencySchema),
	/** Every theme with its name (absent: older servers). */
	themes: z.optional(z.array(ThemeRecordSchema))
});
export type Catalog = z.infer<typeof CatalogSchema>;
