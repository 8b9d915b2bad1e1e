import MiniSearch from 'minisearch';
import { keepStemsOf, stem } from '../language/stems';
import { remembersTermResults, topHits } from '../language/term-results';
import type { Guidance, Passage } from './load';
import { guidanceWordsFor } from './passage-synonyms';
import { POLICY_PLACES, type PolicyId } from './policies';
import { firstNotBefore } from '../language/sorted-terms';

// The guidance's full text searched for a question: every passage of the selected policies ranked with MiniSearch (BM25,
// stemmed, prefix and fuzzy matching), so a passage no rule encodes can still be found and quoted. Deterministic: the same
// guidance and question always give the same ranking.

export interface PassageHit {
  passage: Passage;
  /** BM25 score. */
  score: number;
  /**
   * Share of the question's meaning the passage matches (0 to 1): its words weighted by rarity in the guidance, so "record"
   * counts for little and a word the guidance never uses ("mileage") counts fully against.
   */
  coverage: number;
  /**
   * The same share counting only the question's words the guidance uses somewhere: for choosing among passages once the
   * question is known to be in scope, where "crying" or "weird" say nothing about which passage answers.
   */
  share: number;
  /** The question's (stemmed) words the passage matches, itself or by the guidance's word for it. */
  matched: string[];
  /** The (stemmed) words searched that the passage contains: the question's, and the guidance's words for them. */
  found: string[];
}

// Words that say nothing about which passage answers: function words, and the modal and asking words every question has.
const STOP = new Set(`a an the i i'm i've i'd me my mine we our us you your he she it it's they them his her their its is are
  was were be been being am do does did doing done to of in on at for with from by and or but so if then than that this these
  those there here any some just what's whats what which who whom whose when where why how hi hello thanks thank please pls
  can could should shall must may might will would need needs have has had get got ok okay allowed able want let lets go
  going also still ever not no yes about into out up as all every each other such very really much many more most only own
  same too like e g etc ie eg re over anything something thing things stuff bit kind sort way lot loads okay
  before after despite anyway since until till while during whether though although yet already again now then today yesterday tomorrow
  cardiff vale glamorgan pan dorset waltham forest brighton hove b&h nottinghamshire notts council councils policy policies
  guidance guideline guidelines procedure procedures say says said ${Object.values(POLICY_PLACES).flat().join(' ')}`.split(/\s+/).filter(Boolean));
// The policies' own names (and "policy", "guidance") choose which policies are searched, not which of their passages answers.

const keep = (word: string): boolean => word.length > 1 && !STOP.has(word) && !/\d/.test(word);

const words = (text: string): string[] =>
  text.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^a-z0-9']+/).map(withoutQuotes).filter(keep);

/** A word without quote marks around it or a possessive "'s" (most words have no quote mark at all: nothing to replace). */
const withoutQuotes = (w: string): string => (w.includes("'") ? w.replace(/^'+|'+$/g, '').replace(/'s?$/, '') : w);

/** A text's search terms: lower case, stop words and numbers left out, stemmed. */
export function searchTerms(text: string): string[] {
  return words(text).map((w) => stem(w));
}

/** The question's own words behind these search terms ("family" rather than its stem "famili"), in the question's order. */
export function wordsMatched(question: string, terms: readonly string[]): string[] {
  const wanted = new Set(terms);
  return [...new Set(words(question).filter((w) => wanted.has(stem(w))))];
}

interface Doc {
  id: number;
  /** The passage with its section and lead-in, which say what it is about: one field, searched once per term. */
  text: string;
}

const OPTIONS = {
  fields: ['text'],
  tokenize: (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^a-z0-9']+/),
  processTerm: (term: string) => {
    const t = withoutQuotes(term);
    return keep(t) ? stem(t) : null;
  },
};

/** The one way passages are searched: the query is the question's search terms already read. */
const SEARCH = {
  combineWith: 'OR',
  // No fuzzy matching: the understanding has already corrected the question's spelling, and it is the costly part of a search.
  prefix: (term: string) => term.length >= 5,
  weights: { fuzzy: 0, prefix: 0.5 },
} as const;

interface BuiltIndex {
  index: ReturnType<MiniSearch<Doc>['toJSON']>;
  /** How many passages use each term. */
  used: [string, number][];
  /** The guidance version it was built from (its hash covers every passage), so a stale build is refused, not used. */
  version: string;
}


export interface PassageIndex {
  search: MiniSearch<Doc>;
  passages: readonly Passage[];
  used: ReadonlyMap<string, number>;
  documents: number;
  /** Each of its terms' rarity, worked out once with the index (see rarity). */
  rarities: ReadonlyMap<string, number>;
  /** The rarity of a word the guidance never uses. */
  unusedRarity: number;
}

function buildIndex(passages: readonly Passage[]): Omit<BuiltIndex, 'version'> & { search: MiniSearch<Doc> } {
  const docs = passages.map((p, id): Doc => ({ id, text: `${p.section} ${p.leadIn ?? ''} ${p.text}` }));
  const search = new MiniSearch<Doc>(OPTIONS);
  search.addAll(docs);
  const counts = new Map<string, number>();
  for (const d of docs) for (const t of new Set(searchTerms(d.text))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { search, index: search.toJSON(), used: [...counts] };
}

/** The passage index of a guidance as JSON: written into the production build by scripts/build.ts. */
export function passageIndexJson(guidance: Guidance): string {
  const { index, used } = buildIndex(guidance.passages);
  return JSON.stringify({ index, used, version: guidance.version } satisfies BuiltIndex);
}

const indexes = new WeakMap<Guidance, PassageIndex>();

/** The index of a guidance's passages, built once per guidance (or read from `built`, the JSON passageIndexJson wrote). */
export function passageIndex(guidance: Guidance, built?: string): PassageIndex {
  let found = indexes.get(guidance);
  if (found) return found;
  if (built) {
    const parsed = JSON.parse(built) as BuiltIndex;
    if (parsed.version !== guidance.version) throw new Error('the built passage index does not match the guidance: run npm run build again');
    const used = new Map(parsed.used);
    keepStemsOf(used, (t) => used.has(t));
    found = { search: remembersTermResults(MiniSearch.loadJS<Doc>(parsed.index, OPTIONS), (t) => used.has(t), new Map()), passages: guidance.passages, used, ...raritiesOf(used, guidance.passages.length) };
  } else {
    const built = buildIndex(guidance.passages);
    const used = new Map(built.used);
    keepStemsOf(used, (t) => used.has(t));
    found = { search: remembersTermResults(built.search, (t) => used.has(t), new Map()), passages: guidance.passages, used, ...raritiesOf(used, guidance.passages.length) };
  }
  indexes.set(guidance, found);
  return found;
}

/** Inverse document frequency: a rare word says more about which passage answers. */
const inverseFrequency = (documents: number, using: number): number => Math.log((documents + 1) / (using + 0.5));

/** Every term's rarity, worked out once per index (the guidance's own words; a question's other words share one value). */
function raritiesOf(used: ReadonlyMap<string, number>, documents: number): Pick<PassageIndex, 'documents' | 'rarities' | 'unusedRarity'> {
  const rarities = new Map<string, number>();
  for (const [term, using] of used) rarities.set(term, inverseFrequency(documents, using));
  return { documents, rarities, unusedRarity: inverseFrequency(documents, 0) };
}

/** A term's rarity in the guidance's passages: a rare word says more about which passage answers. */
export const rarity = (index: PassageIndex, term: string): number => index.rarities.get(term) ?? index.unusedRarity;

/** A synonym class's words as searched: the everyday word's terms, and the guidance's words with their terms. */
interface ClassWords {
  everyday: string[];
  guidance: { word: string; term: string }[];
}
/** Read once per word of the synonym table (fixed data, never a question's words). */
const classWords = new Map<string, ClassWords>();
function wordsOfClass(everyday: string, guidance: string): ClassWords {
  const key = `${everyday}\u0000${guidance}`;
  let found = classWords.get(key);
  if (!found) {
    found = { everyday: searchTerms(everyday), guidance: words(guidance).map((word) => ({ word, term: stem(word) })) };
    classWords.set(key, found);
  }
  return found;
}

/**
 * Passages of the given policies ranked by closeness to the question, best first (ties keep document order). With synonyms,
 * the guidance's words for the question's everyday ones are searched too (for choosing passages within an answer's topic).
 */
export function searchPassages(index: PassageIndex, question: string, policies: readonly PolicyId[], limit = 10, options: { synonyms?: boolean; terms?: readonly string[] } = {}): PassageHit[] {
  // The question read once (or by the caller, given as `terms`): its terms are the search's query too (MiniSearch would
  // read the question again).
  const questionTerms = options.terms ?? searchTerms(question);
  const wanted = new Set(questionTerms);
  if (wanted.size === 0 || limit <= 0) return [];
  const allowed = new Set(policies);
  let whole = 0;
  let known = 0;
  for (const t of wanted) {
    whole += rarity(index, t);
    if (index.used.has(t)) known += rarity(index, t);
  }
  // The guidance's words for the question's everyday ones ("edit" -> "amend"), each standing for the question's word; an
  // everyday phrase of common words ("just guidance") is a part of the question's meaning of its own, as much as its rarest word.
  const searched = new Set<string>();
  const classWeight = new Map<string, number>();
  // A class credits the question's word only in a passage holding at least half of the class's words ("normal working
  // hours", not "work" alone).
  const classes: { terms: Set<string>; own: string[] }[] = [];
  // A term that can find no passage is left out of the query: nothing to look up.
  const query = questionTerms.filter((t) => mayFind(index, t));
  for (const { everyday, guidance } of options.synonyms ? guidanceWordsFor(question) : []) {
    const read = wordsOfClass(everyday, guidance);
    let own = read.everyday.filter((t) => wanted.has(t));
    if (own.length === 0) {
      own = [`~${everyday}`];
      const weight = Math.max(...read.guidance.map((g) => rarity(index, g.term)));
      classWeight.set(own[0]!, weight);
      whole += weight;
      known += weight;
    }
    const terms = new Set<string>();
    for (const { term } of read.guidance) {
      if (wanted.has(term)) continue;
      terms.add(term);
      if (!searched.has(term) && mayFind(index, term)) query.push(term);
      searched.add(term);
    }
    classes.push({ terms, own });
  }
  // Only the best `limit` passages of the selected policies are kept as the search finds them, in order (score, then
  // document order: passages are indexed in the guidance's order): the same as ranking them all; the shares and words
  // matched are worked out for those few only.
  const top = topHits(index.search, query, SEARCH, { limit, keep: ofPolicies(index, allowed), ties: 'added' });
  return top.map(({ id, score, queryTerms }) => {
    const terms = [...new Set(queryTerms)];
    const credited = creditedTerms(terms, wanted, classes);
    const weight = credited.reduce((sum, t) => sum + (classWeight.get(t) ?? rarity(index, t)), 0);
    const matched = credited.filter((t) => !classWeight.has(t));
    return { passage: index.passages[id as number]!, score, coverage: whole > 0 ? weight / whole : 0, share: known > 0 ? weight / known : 0, matched, found: terms };
  });
}

/**
 * Whether a passage (by its id in the index) is of the selected policies. Made here rather than inline: the build (esbuild,
 * keepNames) names an arrow given as a property (`keep`) each time it is made, at a cost above the few checks it does.
 */
function ofPolicies(index: PassageIndex, allowed: ReadonlySet<PolicyId>): (id: unknown) => boolean {
  return (id) => allowed.has(index.passages[id as number]!.policy);
}

/**
 * The question's words a passage found by these terms is credited with, each once: those it holds, then the word each synonym
 * class stands for when the passage holds at least half of the class's words.
 */
function creditedTerms(terms: readonly string[], wanted: ReadonlySet<string>, classes: readonly { terms: ReadonlySet<string>; own: readonly string[] }[]): string[] {
  const credited = terms.filter((t) => wanted.has(t));
  for (const c of classes) {
    if (c.terms.size === 0 || heldOf(c.terms, terms) * 2 < c.terms.size) continue;
    for (const t of c.own) if (!credited.includes(t)) credited.push(t);
  }
  return credited;
}

/** How many of a class's words are among a passage's terms. */
function heldOf(words: ReadonlySet<string>, terms: readonly string[]): number {
  let n = 0;
  for (const w of words) if (terms.includes(w)) n += 1;
  return n;
}

/** The index's terms in order: a term's longer forms (found by prefix) follow it. Worked out once per index. */
const sortedTerms = new WeakMap<PassageIndex, string[]>();

/**
 * Whether a search term can find a passage: a term of the index, or one long enough to be searched as a prefix that starts
 * one of its terms. Any other (a word the guidance never uses) finds nothing, and is left out of a query with no effect.
 */
function mayFind(index: PassageIndex, term: string): boolean {
  if (index.used.has(term)) return true;
  if (!SEARCH.prefix(term)) return false;
  let terms = sortedTerms.get(index);
  if (!terms) {
    terms = [...index.used.keys()].sort();
    sortedTerms.set(index, terms);
  }
  // The first term not before it in order is the one that starts with it, if any does.
  const low = firstNotBefore(terms, term);
  return low < terms.length && terms[low]!.startsWith(term);
}
