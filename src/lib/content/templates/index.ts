import type { ChecklistTemplate } from '$lib/domain/checklist';
import { alcoholMeetingsTemplate } from './alcoholMeetings';
import { fullInspectionTemplate } from './fullInspection';
import { oneStopSpotCheckTemplate } from './oneStopSpotCheck';

export { alcoholMeetingsTemplate, fullInspectionTemplate, oneStopSpotCheckTemplate };

/** Templates offered to inspectors; validated by templates.test.ts, not at module load. */
export const publishedTemplates: ChecklistTemplate[] = [
	fullInspectionTemplate,
	oneStopSpotCheckTemplate,
	alcoholMeetingsTemplate
];
