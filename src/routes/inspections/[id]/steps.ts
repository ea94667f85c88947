/**
 * The form's steps, each loaded when it is first shown: "Thông tin chung" (details, location,
 * follow-up, general photos) and the checklist sections (the item cards). An inspector who opens
 * one does not download the other's code until they go there; the service worker precaches both,
 * so switching steps works offline. Both calls return the same module after the first.
 */
export const loadGeneralStep = () => import('./GeneralStep.svelte');
export const loadSectionItems = () => import('./SectionItems.svelte');
