/**
 * Radius around the agency's registered location within which an inspection is "at the agency".
 * Its own file: the settings (appConfig.ts, checked at every start) need the number, not the
 * location rules that use it (locationFlags.ts).
 */
export const DEFAULT_FAR_FROM_AGENCY_METRES = 500;
