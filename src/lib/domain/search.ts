/**
 * Folding for search: lower case, no diacritics, đ → d, collapsed spaces.
 * "so noi vu" then finds "Sở Nội vụ", and "Sở Nội vụ" finds it too.
 */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every word of the query must occur in the text (in any order), diacritics optional. */
export function matchesQuery(text: string, query: string): boolean {
	const words = foldVietnamese(query).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const haystack = foldVietnamese(text);
	return words.every((w) => haystack.includes(w));
}
