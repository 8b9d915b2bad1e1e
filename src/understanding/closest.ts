import { LRUCache } from 'lru-cache';
import MiniSearch from 'minisearch';
import { termReader } from '../language/question-terms';
import { keepStemsOf } from '../language/stems';
import { TOPICS, type Topic } from '../guidance/situation';
import { bestOfEachGroup, remembersTermResults, type TermResults } from '../language/term-results';
import { EXEMPLARS } from './exemplars';
import { normalise } from './normalise';
import { firstNotBefore } from '../language/sorted-terms';

// Which practitioners' phrasings a question is closest to: the exemplar bank searched with MiniSearch (BM25, stemmed,
// fuzzy and prefix matching). Deterministic: the same bank and the same question always give the same ranking.

/** The bank's entry for questions near the guidance that it does not answer (leave, mileage, AI note-taking). */
export const NOT_COVERED = 'not-covered';
export type ExemplarTopic = Topic | typeof NOT_COVERED;

export interface Closest {
  topic: ExemplarTopic;
  /** The exemplar nearest to the question, shown as "closest to: ...". */
  exemplar: string;
  /** BM25 score of that exemplar. */
  score: number;
  /**
   * Share of the question's meaning the exemplar matched (0 to 1): its words weighted by rarity in the bank (inverse
   * document frequency), so "can", "do" and "need" count for little and a word the bank never uses counts fully against.
   */
  coverage: number;
  /** How many of the question's content words it matched. */
  matched: number;
}

const { terms, processTerm } = termReader();

interface Doc {
  id: number;
  topic: ExemplarTopic;
  text: string;
}

let index: MiniSearch<Doc> | undefined;
/** How many exemplars use each (stemmed) term, and how many there are. */
const used = new Map<string, number>();
let documents = 0;

/** Inverse document frequency of a term `n` exemplars use. */
const rarityOf = (n: number): number => Math.log((documents + 1) / (n + 0.5));
/** Each bank term's rarity, and a word's the bank never uses: worked out once, with the bank. */
const rarities = new Map<string, number>();
let unusedRarity = 0;

/** Inverse document frequency: rare words say more about what a question is about. */
function rarity(term: string): number {
  return rarities.get(term) ?? unusedRarity;
}

/** Every exemplar as the understanding reads questions, so shorthand and typos meet the same words; in the bank's order. */
export function normalisedExemplars(): string[] {
  return Object.values(EXEMPLARS).flatMap((phrasings) => phrasings.map((p) => normalise(p).text));
}

// The production build (scripts/build.ts) computes normalisedExemplars() once and writes the result here, so the server does
// not normalise the bank (and compile the spelling dictionary for its deliberate typos) while starting.
declare const BUILT_NORMALISED_EXEMPLARS: string[] | undefined;

// The production build also writes the index built from that bank (exemplarIndexJson()), so the server loads it rather than
// indexing the bank while answering its first question.
declare const BUILT_EXEMPLAR_INDEX: string | undefined;

const OPTIONS = {
  fields: ['text'],
  storeFields: ['topic', 'text'],
  tokenize: (text: string) => text.split(/[^a-z0-9']+/),
  processTerm,
};

interface BuiltIndex {
  index: ReturnType<MiniSearch<Doc>['toJSON']>;
  used: [string, number][];
  documents: number;
}

function buildIndex(): BuiltIndex & { search: MiniSearch<Doc> } {
  const known = new Set<string>([...TOPICS, NOT_COVERED]);
  const texts = typeof BUILT_NORMALISED_EXEMPLARS === 'undefined' ? normalisedExemplars() : BUILT_NORMALISED_EXEMPLARS;
  const docs: Doc[] = [];
  for (const [topic, phrasings] of Object.entries(EXEMPLARS)) {
    if (!known.has(topic)) throw new Error(`exemplars/${topic}.json: not a topic the guidance knows`);
    for (const _ of phrasings) docs.push({ id: docs.length, topic: topic as ExemplarTopic, text: texts[docs.length]! });
  }
  if (docs.length !== texts.length) throw new Error('the built exemplar bank does not match the exemplars: run npm run build again');
  const search = new MiniSearch<Doc>(OPTIONS);
  search.addAll(docs);
  const counts = new Map<string, number>();
  for (const d of docs) for (const t of new Set(terms(d.text))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { search, index: search.toJSON(), used: [...counts], documents: docs.length };
}

/** The exemplar index with its term counts, as JSON: written into the production build by scripts/build.ts. */
export function exemplarIndexJson(): string {
  const { index, used: counts, documents: n } = buildIndex();
  return JSON.stringify({ index, used: counts, documents: n } satisfies BuiltIndex);
}

function bank(): MiniSearch<Doc> {
  if (index) return index;
  let search: MiniSearch<Doc>;
  let built: Omit<BuiltIndex, 'index'>;
  if (typeof BUILT_EXEMPLAR_INDEX === 'undefined') {
    ({ search, ...built } = buildIndex());
  } else {
    const parsed = JSON.parse(BUILT_EXEMPLAR_INDEX) as BuiltIndex;
    search = MiniSearch.loadJS<Doc>(parsed.index, OPTIONS);
    built = parsed;
  }
  for (const [t, n] of built.used) used.set(t, n);
  keepStemsOf(used, (t) => used.has(t));
  documents = built.documents;
  for (const [t, n] of used) rarities.set(t, rarityOf(n));
  unusedRarity = rarityOf(0);
  sortedTerms = [...used.keys()].sort();
  deleteLetters();
  // Each exemplar's topic as a number, read once from the index's stored fields: a search then keeps each topic's best.
  topicOfExemplar = new Int32Array(documents);
  for (let id = 0; id < documents; id++) {
    const topic = search.getStoredFields(id)!.topic as ExemplarTopic;
    if (!exemplarTopics.includes(topic)) exemplarTopics.push(topic);
    topicOfExemplar[id] = exemplarTopics.indexOf(topic);
  }
  kept = new LRUCache<string, TermResults>({ max: 4096 });
  // Kept for terms of the bank's own vocabulary only, never a name or number a practitioner typed.
  index = remembersTermResults(search, (t) => used.has(t), kept);
  return index;
}

let kept: LRUCache<string, TermResults> | undefined;
/** The bank's topics, numbered as they come, and each exemplar's (by id). */
const exemplarTopics: ExemplarTopic[] = [];
let topicOfExemplar = new Int32Array(0);

/** The search terms whose results are kept, for tests: words of the exemplar bank only. */
export const keptSearchTerms = (): string[] => [...(kept?.keys() ?? [])];

/** The share of a term's letters a fuzzy match may differ in, and the cap on the edits: both given to MiniSearch in SEARCH. */
const FUZZY = 0.2;
const MAX_FUZZY = 6;

// A word the bank does not use is searched fuzzily every time it is asked (nothing it finds is kept), and the search walks
// the bank's whole term tree: most such words (names, places) have no bank term within reach, which the bank's terms with
// a letter or two deleted say at once. Two terms within d edits become one string with at most d letters deleted from each.

/** Most edits the deletions below cover: a longer word's search (13 letters or more) is always made. */
const DELETED_EDITS = 2;
/**
 * Every string a bank term becomes with up to DELETED_EDITS letters deleted, with the fewest deletions that make it: built
 * with the bank, not by the first question holding a long word the bank does not use.
 */
const deleted = new Map<string, number>();

/** The strings a word becomes with up to `edits` (at most two) letters deleted, each with how many were deleted. */
function deletions(word: string, edits: number): [variant: string, count: number][] {
  const out: [string, number][] = [[word, 0]];
  for (let i = 0; i < word.length && edits >= 1; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    out.push([once, 1]);
    for (let j = i; j < once.length && edits >= 2; j++) out.push([once.slice(0, j) + once.slice(j + 1), 2]);
  }
  return out;
}

/** Whether a bank term may lie within `edits` of the word: false only when none can (its fuzzy search would find nothing). */
function mayHaveNeighbour(word: string, edits: number): boolean {
  if (edits > DELETED_EDITS) return true;
  // The word's deletions as deletions() lists them, each looked up as it is made: no list built, and the first found ends it.
  if (near(word, edits)) return true;
  for (let i = 0; i < word.length && edits >= 1; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    if (near(once, edits)) return true;
    for (let j = i; j < once.length && edits >= 2; j++) if (near(once.slice(0, j) + once.slice(j + 1), edits)) return true;
  }
  return false;
}

/** Whether a bank term becomes this string with at most `edits` letters deleted. */
const near = (variant: string, edits: number): boolean => (deleted.get(variant) ?? Infinity) <= edits;

/** Fills `deleted` from the bank's terms. */
function deleteLetters(): void {
  for (const term of used.keys()) {
    for (const [variant, count] of deletions(term, DELETED_EDITS)) if (count < (deleted.get(variant) ?? Infinity)) deleted.set(variant, count);
  }
}

/** A term's fuzzy share, as MiniSearch reads it: none for a short word, and none where no bank term is within its edits. */
function fuzzyFor(term: string): number | false {
  if (term.length < 6) return false;
  // A bank term's own results are kept; any other term searched fuzzily only if something lies within reach.
  return used.has(term) || mayHaveNeighbour(term, Math.min(MAX_FUZZY, Math.round(term.length * FUZZY))) ? FUZZY : false;
}

/** The bank's terms in order: a term's longer forms (found by prefix) follow it. Worked out once, with the bank. */
let sortedTerms: string[] = [];

/** Whether a term (searched as a prefix) starts a longer bank term. */
function startsBankTerm(term: string): boolean {
  // The first term not before it in order is the one that starts with it, if any does.
  const found = sortedTerms[firstNotBefore(sortedTerms, term)];
  return found !== undefined && found !== term && found.startsWith(term);
}

/**
 * Whether searching a term can find an exemplar: a bank term itself, one it starts (searched as a prefix), or one within its
 * fuzzy reach. Any other (most names and places a practitioner types) finds nothing, and is left out of the query.
 */
const mayFind = (term: string): boolean => used.has(term) || (SEARCH.prefix(term) && startsBankTerm(term)) || fuzzyFor(term) !== false;

/** A question's terms as the bank's own tokeniser and processTerm read it (as MiniSearch reads a query). */
const queryTerms = (text: string): string[] => OPTIONS.tokenize(text).flatMap((t) => OPTIONS.processTerm(t) ?? []).filter((t) => t !== '');

/** The one way the bank is searched (what a term finds is kept per term, so it must not vary between searches). */
const SEARCH = {
  combineWith: 'OR',
  // Typos in longer words only ("retension", "instagarm"); short words are too easily another word.
  fuzzy: fuzzyFor,
  // Stated, not left to MiniSearch's default: mayHaveNeighbour reasons with this very cap.
  maxFuzzy: MAX_FUZZY,
  prefix: (term: string) => term.length >= 5,
  weights: { fuzzy: 0.3, prefix: 0.5 },
} as const;

/** Exemplars ranked by closeness to the (normalised) question: the best per topic, best first. */
export function closestTopics(text: string): Closest[] {
  const read = terms(text);
  const wanted = new Set(read);
  if (wanted.size === 0) return [];
  // A normalised question is lower case: the bank's tokeniser then reads the same terms (else it splits at capitals).
  const query = text === text.toLowerCase() ? read : queryTerms(text);
  // As MiniSearch's search() would rank them (by score, ties in the order found), the first of each topic: the highest
  // scoring of it, the earliest found on a tie; without ranking every exemplar.
  const search = bank();
  const { best, queryTermsOf } = bestOfEachGroup(search, query.filter(mayFind), SEARCH, topicOfExemplar, exemplarTopics.length);
  const whole = [...wanted].reduce((sum, t) => sum + rarity(t), 0);
  return best.map((r) => {
    // queryTerms are the question's terms as typed after processing; fuzzy and prefix matches count as their own term.
    const matched = new Set(queryTermsOf(r.hit).filter((t) => wanted.has(t)));
    const weight = [...matched].reduce((sum, t) => sum + rarity(t), 0);
    return { topic: exemplarTopics[r.group]!, exemplar: r.stored!.text as string, score: r.score, coverage: whole > 0 ? weight / whole : 0, matched: matched.size };
  });
}
