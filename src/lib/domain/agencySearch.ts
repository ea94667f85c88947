import type { Agency } from './agency';
import { foldVietnamese } from './search';

export interface AgencyMatch {
	agency: Agency;
	/** Name of the parent agency, to tell apart units with the same name. */
	parentName: string | null;
	recent: boolean;
}

/*
 * Finding an agency the way people type it on a phone: accents optional, words in any order, the
 * common abbreviations both ways (UBND ↔ Ủy ban nhân dân, TT PVHCC ↔ Trung tâm Phục vụ hành chính
 * công, Sở NV ↔ Sở Nội vụ, "một cửa" for the one-stop centre), words run together ("noivu"), one
 * typo per word ("sa son duong", "xa chiem hao"), the parent's name as context ("một cửa sơn dương"), and
 * the last word as a prefix while it is being typed. Every word of the query must match something;
 * the best agencies first: the name typed exactly, recent ones, then by how well the words fit.
 *
 * Fast enough to run on every keystroke over thousands of agencies on a slow phone: an inverted
 * index of every token (built once per catalog and kept), a sorted vocabulary for prefixes, and
 * single-deletion keys for typos (each token and the token with any one letter removed), so a word
 * is looked up, not compared with every agency.
 */

/** How a query word met an agency, best first. */
const SCORE = {
	exact: 3,
	alias: 3,
	prefix: 2,
	typo: 1.5,
	/** A typo in a word of two or three letters: more often another word than a slip. */
	shortTypo: 1,
	context: 1,
	contextTypo: 0.5
} as const;

/** Small words people leave out of an abbreviation: "Văn hóa, Thể thao và Du lịch" → VHTTDL. */
const CONNECTORS = new Set(['va', 'cac', 'cua']);

/** Tie-breakers when the words fit equally: the body people usually mean. */
const KIND_PRIOR: Readonly<Record<string, number>> = { province: 0.6, department: 0.5, commune: 0.4, 'service-center': 0.3, unit: 0.2 };

/** What an abbreviation people use stands for, folded; added to the agencies whose names hold it. */
const KIND_ALIASES: Readonly<Record<string, readonly string[]>> = {
	province: ['ubnd', 'uy', 'ban', 'nhan', 'dan', 'hdnd'],
	commune: ['ubnd', 'uy', 'ban', 'nhan', 'dan', 'hdnd'],
	'service-center': ['mot', 'cua', 'motcua', 'bo', 'phan', 'bpmc', 'tthc', 'tiep', 'nhan', 'tra', 'ket', 'qua']
};

interface Posting {
	agency: number;
	/** SCORE key of an exact hit on this token. */
	field: 'exact' | 'alias' | 'context';
}

interface Index {
	agencies: readonly Agency[];
	/** Each agency's place in Vietnamese alphabetical order of names: ties are broken by it, cheaply. */
	nameOrder: Int32Array;
	parentNames: readonly (string | null)[];
	/** Folded own words per agency, for coverage. */
	words: readonly (readonly string[])[];
	postings: Map<string, Posting[]>;
	/** Every token, sorted, for prefix lookups. */
	vocabulary: readonly string[];
	/** A token, and the token with one letter removed → the tokens (of two letters or more) it came from. */
	deletions: Map<string, string[]>;
}

const indexes = new WeakMap<readonly Agency[], Index>();

const tokens = (text: string): string[] => foldVietnamese(text).split(/[^a-z0-9]+/).filter(Boolean);

function deletionsOf(token: string): string[] {
	const out = [token];
	for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
	return out;
}

/** At most one insertion, deletion, substitution or swap of neighbours between a and b. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (long.length - short.length > 1) return false;
	let i = 0;
	while (i < short.length && short[i] === long[i]) i++;
	if (short.length === long.length) {
		if (short.slice(i + 1) === long.slice(i + 1)) return true; // substitution
		return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2); // swap
	}
	return short.slice(i) === long.slice(i + 1); // insertion
}

function buildIndex(agencies: readonly Agency[]): Index {
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const postings = new Map<string, Posting[]>();
	const add = (token: string, agency: number, field: Posting['field']) => {
		let list = postings.get(token);
		if (!list) postings.set(token, (list = []));
		const last = list[list.length - 1];
		// One posting per agency and token, the best field kept.
		if (last && last.agency === agency) {
			if (SCORE[field] > SCORE[last.field]) last.field = field;
			return;
		}
		list.push({ agency, field });
	};
	const words: string[][] = [];
	const parentNames: (string | null)[] = [];
	agencies.forEach((agency, i) => {
		const own = tokens(agency.name);
		words.push(own);
		for (const word of own) add(word, i, 'exact');
		// Former names (a rename, or agencies merged into this one) find it too.
		for (const former of agency.formerly ?? []) for (const word of tokens(former.name)) add(word, i, 'alias');
		// Abbreviations and run-together words made from the name itself: the initials of every run
		// of two to six words (uy ban nhan dan → ubnd, noi vu → nv, phuc vu hanh chinh cong → pvhcc),
		// and neighbours written as one word (noi vu → noivu).
		for (let start = 0; start < own.length; start++) {
			for (let end = start + 2; end <= Math.min(own.length, start + 7); end++) {
				const run = own.slice(start, end);
				add(run.map((w) => w[0]).join(''), i, 'alias');
				const kept = run.filter((w) => !CONNECTORS.has(w));
				if (kept.length >= 2 && kept.length < run.length) add(kept.map((w) => w[0]).join(''), i, 'alias');
				if (end - start <= 3) add(run.join(''), i, 'alias');
			}
		}
		for (const alias of KIND_ALIASES[agency.kind] ?? []) add(alias, i, 'alias');
		const parent = agency.parentId ? byId.get(agency.parentId) : undefined;
		parentNames.push(parent?.name ?? null);
		if (parent) for (const word of tokens(parent.name)) add(word, i, 'context');
	});
	const vocabulary = [...postings.keys()].sort();
	const deletions = new Map<string, string[]>();
	for (const token of vocabulary) {
		if (token.length < 2) continue;
		for (const key of deletionsOf(token)) {
			const list = deletions.get(key);
			if (list) list.push(token);
			else deletions.set(key, [token]);
		}
	}
	const nameOrder = new Int32Array(agencies.length);
	const collator = new Intl.Collator('vi');
	agencies
		.map((a, i) => ({ name: a.name, i }))
		.sort((a, b) => collator.compare(a.name, b.name))
		.forEach((entry, position) => (nameOrder[entry.i] = position));
	return { agencies, nameOrder, parentNames, words, postings, vocabulary, deletions };
}

function indexFor(agencies: readonly Agency[]): Index {
	let index = indexes.get(agencies);
	if (!index) {
		index = buildIndex(agencies);
		indexes.set(agencies, index);
	}
	return index;
}

/** The first position in the sorted vocabulary not before `word`. */
function lowerBound(vocabulary: readonly string[], word: string): number {
	let low = 0;
	let high = vocabulary.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((vocabulary[mid] as string) < word) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** For one query word: the best score it gets in each agency (0: none), by agency position. */
function scoreWord(index: Index, word: string, isLast: boolean, best: Float32Array): Float32Array {
	best.fill(0);
	const credit = (token: string, kind: 'exact' | 'prefix' | 'typo') => {
		for (const posting of index.postings.get(token) ?? []) {
			let score: number;
			if (posting.field === 'context') score = kind === 'typo' ? SCORE.contextTypo : SCORE.context;
			else if (kind === 'exact') score = SCORE[posting.field];
			else if (kind === 'typo' && word.length < 4) score = SCORE.shortTypo;
			else score = SCORE[kind];
			if (score > (best[posting.agency] as number)) best[posting.agency] = score;
		}
	};
	credit(word, 'exact');
	// A word that is a word of some name was most likely meant as typed: no prefixes of it (except
	// while it is being typed), and typos only when it is long enough to be one.
	const known = index.postings.has(word);
	// The word being typed is a prefix; earlier ones too when long enough to mean something.
	if (isLast || (word.length >= 3 && !known)) {
		for (let i = lowerBound(index.vocabulary, word); i < index.vocabulary.length; i++) {
			const token = index.vocabulary[i] as string;
			if (!token.startsWith(word)) break;
			if (token !== word) credit(token, 'prefix');
		}
	}
	// A real word may still be a slip for another ("dong" for "duong"): four letters or more only.
	if (word.length >= (known ? 4 : 2) && word.length <= 30) {
		const seen = new Set<string>([word]);
		for (const key of deletionsOf(word)) {
			for (const token of index.deletions.get(key) ?? []) {
				if (seen.has(token)) continue;
				seen.add(token);
				if (withinOneEdit(word, token)) credit(token, 'typo');
			}
		}
	}
	return best;
}

/**
 * Agencies matching every word of the query (see above), best first; with no query, recently used
 * agencies first (most recent first), then every other by name.
 */
export function searchAgencies(agencies: readonly Agency[], query: string, recentIds: readonly string[], limit = 30): AgencyMatch[] {
	const index = indexFor(agencies);
	const recentRank = new Map(recentIds.map((id, rank) => [id, rank]));
	// No agency's name is longer: a paste of a page must not cost the phone its memory.
	const words = tokens(query.slice(0, 200)).slice(0, 20);
	const folded = words.join(' ');
	const result = (i: number): AgencyMatch => {
		const agency = index.agencies[i] as Agency;
		return { agency, parentName: index.parentNames[i] ?? null, recent: recentRank.has(agency.id) };
	};

	if (words.length === 0) {
		const order = (i: number) => recentRank.get((index.agencies[i] as Agency).id) ?? Infinity;
		return topK(
			index.agencies.map((_, i) => i),
			limit,
			(a, b) => order(a) - order(b) || (index.nameOrder[a] as number) - (index.nameOrder[b] as number)
		).map(result);
	}

	// Typed arrays by agency position, not maps: a word like "xa" meets thousands of agencies.
	const n = index.agencies.length;
	const total = new Float64Array(n);
	const matched = new Uint8Array(n);
	const wordScores = new Float32Array(n);
	for (const [position, word] of words.entries()) {
		scoreWord(index, word, position === words.length - 1, wordScores);
		let any = false;
		for (let i = 0; i < n; i++) {
			const score = wordScores[i] as number;
			if (score > 0 && matched[i] === position) {
				total[i] = (total[i] as number) + score;
				matched[i] = position + 1;
				any = true;
			}
		}
		if (!any) return [];
	}

	const querySet = new Set(words);
	const scores = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		if (matched[i] !== words.length) continue;
		const score = total[i] as number;
		const agency = index.agencies[i] as Agency;
		const own = index.words[i] as readonly string[];
		// The name as words, punctuation aside ("Sở Văn hóa, Thể thao và Du lịch"), as the query is.
		const name = own.join(' ');
		let covered = 0;
		for (const word of own) if (querySet.has(word)) covered += 1;
		const rank = recentRank.get(agency.id);
		const bonus =
			(name === folded ? 10 : name.startsWith(folded) ? 3 : name.includes(folded) ? 1 : 0) +
			(rank === undefined ? 0 : 4 - Math.min(3, rank * 0.1)) +
			(own.length === 0 ? 0 : (2 * covered) / own.length) +
			(KIND_PRIOR[agency.kind] ?? 0);
		scores.set(i, score + bonus);
	}
	const ranked = topK([...scores.keys()], limit, (a, b) => (scores.get(b) as number) - (scores.get(a) as number) || (index.nameOrder[a] as number) - (index.nameOrder[b] as number));
	return ranked.map(result);
}

/** The first `k` of `items` in the order `compare` gives, without sorting them all (k is small, items many). */
function topK(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
	const top: number[] = [];
	for (const item of items) {
		if (top.length === k && compare(item, top[k - 1] as number) >= 0) continue;
		let at = top.length;
		while (at > 0 && compare(item, top[at - 1] as number) < 0) at -= 1;
		top.splice(at, 0, item);
		if (top.length > k) top.pop();
	}
	return top;
}
