import { z } from 'zod/mini';
import { AgencySchema } from './agency';
import { ChecklistTemplateSchema } from './checklist';

/** Templates and agencies: what a device needs to start an inspection offline. */
export const CatalogSchema = z.object({
	templates: z.array(ChecklistTemplateSchema),
	agencies: z.array(AgencySchema)
});
export type Catalog = z.infer<typeof CatalogSchema>;
