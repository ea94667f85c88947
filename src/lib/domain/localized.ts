import { z } from 'zod/mini';

/** Text shown to people: Vietnamese first, English available. */
export const LocalizedTextSchema = z.object({
	vi: z.string().check(z.minLength(1)),
	en: z.string().check(z.minLength(1))
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

export function localize(text: LocalizedText, locale: Locale): string {
	return text[locale] || text.vi;
}
