import { z } from 'zod/mini';

/**
 * An agency's id: lower-case words of letters and digits joined by dots or hyphens. Its own module:
 * the pull request's agency list (pullFollow.ts, in every page's start-up code) checks ids with it
 * and needs none of the rest of the agency record.
 */
export const AgencyIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/));
