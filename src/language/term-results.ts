import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

// What one search term finds is the same in every question, so a search over a fixed index (the exemplar bank, the
// guidance's passages) may keep it per term. Shared by src/understanding/closest.ts and src/guidance/passage-search.ts.

/** What MiniSearch finds for one query term: per document, its score, the query terms and the indexed terms matched. */
export type TermResults = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;
/** One query term as MiniSearch searches it (its QuerySpec). */
interface QuerySpec {
  term: string;
  fuzzy: boolean | number;
  prefix: boolean;
  termBoost: number;
}
type TermSearch = (query: QuerySpec, options: unknown) => TermResults;
type Combine = (results: TermResults[], combineWith?: string) => TermResults;

/** Where kept results live (a Map, or an LRU cache to bound it). */
export interface TermStore {
  get(term: string): TermResults | undefined;
  set(term: string, results: TermResults): unknown;
}

/** MiniSearch's internals this module reads and replaces (minisearch 7: the same names since 6). */
interface Internals {
  executeQuerySpec: TermSearch;
  combineResults: Combine;
  _options: { searchOptions: SearchOptions };
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
  /** The short id the next document added gets (short ids are never reused). */
  _nextId: number;
}

type Entry = TermResults extends Map<number, infer E> ? E : never;

function copyOf(results: TermResults): TermResults {
  const copy: TermResults = new Map();
  for (const [doc, r] of results) copy.set(doc, { score: r.score, terms: r.terms.slice(), match: { ...r.match } });
  return copy;
}

/**
 * MiniSearch's OR of the terms' results (its `combinators.or`: the first term's documents in order, then each later term's
 * new ones; a document found again adds its score, its match and its query terms), without changing any term's results:
 * a document's entry is copied only when a second term finds it, instead of every entry of every term being copied first.
 */
function orKeepingInputs(results: readonly TermResults[]): TermResults {
  const out: TermResults = new Map(results[0]);
  const owned = new Set<Entry>();
  // forEach rather than for-of: no [key, value] pair is allocated per document.
  const add = (found: Entry, doc: number): void => {
    let entry = out.get(doc);
    if (entry === undefined) {
      out.set(doc, found);
      return;
    }
    if (!owned.has(entry)) {
      entry = { score: entry.score, terms: entry.terms.slice(), match: { ...entry.match } };
      owned.add(entry);
      out.set(doc, entry);
    }
    entry.score = entry.score + found.score;
    entry.match = Object.assign(entry.match, found.match);
    for (const term of found.terms) if (!entry.terms.includes(term)) entry.terms.push(term);
  };
  for (let i = 1; i < results.length; i++) results[i]!.forEach(add);
  return out;
}

/**
 * The same search, keeping what each term finds when `keep` says the term is the index's own word (never a name or number
 * a practitioner typed). Kept results are shared by every search, so nothing may change them: an OR of a question's terms
 * is combined into a new map (orKeepingInputs); any other combination gets copies, as MiniSearch changes its first input.
 * Results of search() share their queryTerms and match with what is kept: read them, never change them.
 */
export function remembersTermResults<D>(search: MiniSearch<D>, keep: (term: string) => boolean, kept: TermStore): MiniSearch<D> {
  const inner = search as unknown as Internals;
  const original = inner.executeQuerySpec.bind(search);
  const combine = inner.combineResults.bind(search);
  inner.executeQuerySpec = (query, options) => {
    if (!keep(query.term)) return original(query, options);
    let found = kept.get(query.term);
    if (!found) {
      found = original(query, options);
      kept.set(query.term, found);
      keptResults.add(found);
    }
    return found;
  };
  inner.combineResults = (results, combineWith = 'or') =>
    results.length > 0 && combineWith.toLowerCase() === 'or' ? orKeepingInputs(results) : combine(results.map(copyOf), combineWith);
  return search;
}

/** Results kept for a term (never changed, read by every search that has the term). */
const keptResults = new WeakSet<TermResults>();

/** A term's kept results as arrays, in the map's order: read by every search, so laid out once for all of them. */
interface Laid {
  docs: Int32Array;
  scores: Float64Array;
  /** The query term they are for (each entry's first term), undefined when nothing was found. */
  term: string | undefined;
}
const laidOut = new WeakMap<TermResults, Laid>();
function laid(results: TermResults): Laid {
  let found = laidOut.get(results);
  if (found) return found;
  const docs = new Int32Array(results.size);
  const scores = new Float64Array(results.size);
  let term: string | undefined;
  let i = 0;
  results.forEach((entry, doc) => {
    term ??= entry.terms[0];
    docs[i] = doc;
    scores[i] = entry.score;
    i += 1;
  });
  found = { docs, scores, term };
  laidOut.set(results, found);
  return found;
}

/**
 * A query's i-th term as MiniSearch's executeQuery makes it (its termToQuerySpec), `options` merged with the index's own:
 * the search functions below are given the query's terms already read, not a query string to read again.
 */
function querySpec(term: string, i: number, terms: readonly string[], options: SearchOptions): QuerySpec {
  const { fuzzy, prefix, boostTerm } = options;
  return {
    term,
    fuzzy: typeof fuzzy === 'function' ? fuzzy(term, i, terms as string[]) : fuzzy || false,
    prefix: typeof prefix === 'function' ? prefix(term, i, terms as string[]) : prefix === true,
    termBoost: typeof boostTerm === 'function' ? boostTerm(term, i, terms as string[]) : 1,
  };
}

/** A search's options as executeQuery reads them: the index's own, overridden by the search's. */
const mergedOptions = (inner: Internals, options: SearchOptions): SearchOptions => ({ ...inner._options.searchOptions, ...options });

/** MiniSearch's own combination of what each query term finds (executeQuery's, for a query of these terms). */
function combinedByMiniSearch(inner: Internals, terms: readonly string[], options: SearchOptions): TermResults {
  const merged = mergedOptions(inner, options);
  return inner.combineResults(terms.map((term, i) => inner.executeQuerySpec(querySpec(term, i, terms, merged), options)), merged.combineWith);
}

/**
 * An OR of the terms' results as MiniSearch's would sum it, in arrays rather than a map of objects: per document (in the
 * order first found) its summed score, in the same order of additions, and which query terms found it (each term's results
 * name the term in every entry: MiniSearch's termResults). Held in buffers reused by every search, read before the next.
 */
interface Hits {
  count: number;
  docs: Int32Array;
  scores: Float64Array;
  found: Uint32Array;
  /** The distinct query terms, bit i of `found` standing for terms[i]. */
  terms: string[];
}

let hits: Hits = { count: 0, docs: new Int32Array(1024), scores: new Float64Array(1024), found: new Uint32Array(1024), terms: [] };
/** Per short document id, the search that last found it (so the buffers need no clearing) and where its sums are. */
let seenIn = new Int32Array(1024);
let slotOf = new Int32Array(1024);
let searches = 0;

/** A typed array at least `size` long, doubled when it must grow, its contents kept (the array itself when long enough). */
export function grown<T extends Int32Array | Float64Array | Uint32Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Documents found so far by the search combineHits is summing. */
let hitCount = 0;

// slotFor and termNumber are module-level, not closures made per search: the build (esbuild, keepNames) names every named
// closure as it is made, at a cost above a small search's own.

/**
 * A document's slot in this search's sums: a new one (as ~slot, its sums not yet set) when first found. Scores are added
 * by combineHits's loops, not passed to a function (a double passed is boxed: one allocation per document found).
 */
function slotFor(doc: number): number {
  if (doc >= seenIn.length) {
    seenIn = grown(seenIn, doc + 1);
    slotOf = grown(slotOf, doc + 1);
  }
  if (seenIn[doc] === searches) return slotOf[doc]!;
  seenIn[doc] = searches;
  if (hitCount >= hits.docs.length) hits = { ...hits, docs: grown(hits.docs, hitCount + 1), scores: grown(hits.scores, hitCount + 1), found: grown(hits.found, hitCount + 1) };
  slotOf[doc] = hitCount;
  hits.docs[hitCount] = doc;
  hitCount += 1;
  return ~(hitCount - 1);
}

function termNumber(terms: string[], name: string): number {
  const at = terms.indexOf(name);
  return at < 0 ? terms.push(name) - 1 : at;
}

function combineHits(inner: Internals, queryTerms: readonly string[], options: SearchOptions): Hits | undefined {
  // The search's number is kept in an Int32Array: started again, with the marks cleared, long before it could overflow.
  if (searches >= 0x3fffffff) {
    seenIn.fill(0);
    searches = 0;
  }
  searches += 1;
  const terms: string[] = [];
  hitCount = 0;
  let term = -1;
  const merged = mergedOptions(inner, options);
  for (let q = 0; q < queryTerms.length; q++) {
    // What the term finds: kept for the index's own words (remembersTermResults).
    const found = inner.executeQuerySpec(querySpec(queryTerms[q]!, q, queryTerms, merged), options);
    term = -1;
    if (keptResults.has(found)) {
      const { docs, scores, term: name } = laid(found);
      if (name !== undefined) term = termNumber(terms, name);
      for (let i = 0; i < docs.length; i++) {
        const slot = slotFor(docs[i]!);
        if (slot < 0) {
          hits.scores[~slot] = scores[i]!;
          hits.found[~slot] = 1 << term;
        } else {
          hits.scores[slot] = hits.scores[slot]! + scores[i]!;
          hits.found[slot] = hits.found[slot]! | (1 << term);
        }
      }
    } else {
      found.forEach((entry, doc) => {
        if (term < 0) term = termNumber(terms, entry.terms[0]!);
        const slot = slotFor(doc);
        if (slot < 0) {
          hits.scores[~slot] = entry.score;
          hits.found[~slot] = 1 << term;
        } else {
          hits.scores[slot] = hits.scores[slot]! + entry.score;
          hits.found[slot] = hits.found[slot]! | (1 << term);
        }
      });
    }
    // More distinct terms than bits: the caller falls back to MiniSearch's own combination.
    if (terms.length > 31) return undefined;
  }
  hits.count = hitCount;
  hits.terms = terms;
  return hits;
}

/** The query terms a document was found by, in the order MiniSearch lists them (each term's first result set, in turn). */
function termsFound(found: number, terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) if (found & (1 << i)) out.push(terms[i]!);
  return out;
}

const bitCount = (n: number): number => {
  let c = 0;
  for (let v = n; v !== 0; v &= v - 1) c += 1;
  return c;
};

/** Per short document id, its id and stored fields, as arrays: looked up for every document a search finds. */
interface Documents {
  ids: unknown[];
  stored: (Readonly<Record<string, unknown>> | undefined)[];
  /** The index's documents when laid out: laid out again if any is added or removed (a fixed index never is). */
  size: number;
}
const documents = new WeakMap<Internals, Documents>();
function documentsOf(inner: Internals): Documents {
  let found = documents.get(inner);
  if (found && found.size === inner._documentIds.size && found.ids.length === inner._nextId) return found;
  const ids: unknown[] = new Array<unknown>(inner._nextId).fill(undefined);
  const stored: (Readonly<Record<string, unknown>> | undefined)[] = new Array<Readonly<Record<string, unknown>> | undefined>(inner._nextId).fill(undefined);
  inner._documentIds.forEach((id, doc) => {
    ids[doc] = id;
    stored[doc] = inner._storedFields.get(doc);
  });
  found = { ids, stored, size: inner._documentIds.size };
  documents.set(inner, found);
  return found;
}

/** A query's hits summed in the shared buffers, or undefined where they cannot be (more distinct terms than bits). */
function summedHits<D>(search: MiniSearch<D>, query: readonly string[], options: SearchOptions): Hits | undefined {
  return combineHits(search as unknown as Internals, query, options);
}

/** The i-th hit's score as search() gives it: its summed score times how many query terms it matched. */
const hitScore = (hits: Hits, i: number): number => hits.scores[i]! * (bitCount(hits.found[i]!) || 1);

/**
 * The query terms of a hit of this search, read in place rather than copied (a search finds thousands of documents, its
 * caller keeps a few): asked for before the next search reuses the buffers, and failing loudly if asked after it.
 */
function termsOfThisSearch(hits: Hits, caller: string): (hit: number) => readonly string[] {
  const { found, terms } = hits;
  const thisSearch = searches;
  return (hit) => {
    if (searches !== thisSearch) throw new Error(`${caller}: query terms asked for after another search`);
    return termsFound(found[hit]!, terms);
  };
}

/**
 * Every document a query finds, in the order MiniSearch's search() meets them before sorting, with the score search()
 * gives it (its summed score times how many query terms it matched) and its stored fields: what search() returns without
 * building, filtering and sorting a result object for each (thousands for the exemplar bank), for callers that keep a few.
 * Returns what finds the query terms of the i-th document visited (its queryTerms in search()), for the few kept: ask for
 * them before searching again.
 */
export function forEachHit<D>(
  search: MiniSearch<D>,
  query: readonly string[],
  options: SearchOptions,
  visit: (id: unknown, score: number, hit: number, stored: Readonly<Record<string, unknown>> | undefined) => void,
): (hit: number) => readonly string[] {
  const inner = search as unknown as Internals;
  const combined = summedHits(search, query, options);
  if (!combined) {
    // More distinct terms than bits: MiniSearch's own combination.
    const queryTerms: string[][] = [];
    combinedByMiniSearch(inner, query, options).forEach(({ score, terms }, doc) => {
      visit(inner._documentIds.get(doc), score * (terms.length || 1), queryTerms.push(terms) - 1, inner._storedFields.get(doc));
    });
    return (hit) => queryTerms[hit]!;
  }
  // Read out before any other search reuses the buffers (a visitor never searches).
  const { count, docs } = combined;
  const { ids, stored } = documentsOf(inner);
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    visit(ids[doc], hitScore(combined, i), i, stored[doc]);
  }
  return termsOfThisSearch(combined, 'forEachHit');
}

/** One of a search's best documents: its id, its score as search() gives it, and the query terms that found it. */
export interface TopHit {
  id: unknown;
  score: number;
  queryTerms: readonly string[];
}

/**
 * How a search's best few are chosen: how many, of which documents (`keep`, by id), and how ties rank: in the order found,
 * as search() sorts them, or in the order the documents were added (the guidance's passages, in the order they are written).
 */
export interface Ranking {
  limit: number;
  keep?: ((id: unknown) => boolean) | undefined;
  ties?: 'found' | 'added';
}

// The best few kept while summing, in buffers reused by every search: their scores, which hit each is and its short id.
let topScores = new Float64Array(8);
let topHitsAt = new Int32Array(8);
let topDocs = new Int32Array(8);

/** Whether a hit (its score, and its short id: the order its document was added) ranks above the j-th kept. */
const ranksAboveKept = (score: number, doc: number, j: number, byAdded: boolean): boolean =>
  score > topScores[j]! || (byAdded && score === topScores[j]! && doc < topDocs[j]!);

/**
 * A query's best documents (`ranking`) as search() would rank them: by score, ties as the ranking says. What forEachHit with
 * a visitor keeping the best would give, without a call (and its score boxed) per document found.
 */
export function topHits<D>(search: MiniSearch<D>, query: readonly string[], options: SearchOptions, ranking: Ranking): TopHit[] {
  const inner = search as unknown as Internals;
  const combined = summedHits(search, query, options);
  if (!combined) return topHitsVisited(inner, query, options, ranking);
  const { limit, keep } = ranking;
  const byAdded = ranking.ties === 'added';
  const { count, docs, found, terms } = combined;
  const { ids } = documentsOf(inner);
  topScores = grown(topScores, limit);
  topHitsAt = grown(topHitsAt, limit);
  topDocs = grown(topDocs, limit);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const score = hitScore(combined, i);
    const doc = docs[i]!;
    if ((kept === limit && !ranksAboveKept(score, doc, limit - 1, byAdded)) || (keep && !keep(ids[doc]))) continue;
    // Above those it outranks only: an equal one found earlier stays ahead (search() sorts stably).
    let at = Math.min(kept, limit - 1);
    while (at > 0 && ranksAboveKept(score, doc, at - 1, byAdded)) {
      topScores[at] = topScores[at - 1]!;
      topHitsAt[at] = topHitsAt[at - 1]!;
      topDocs[at] = topDocs[at - 1]!;
      at -= 1;
    }
    topScores[at] = score;
    topHitsAt[at] = i;
    topDocs[at] = doc;
    if (kept < limit) kept += 1;
  }
  const out: TopHit[] = [];
  for (let j = 0; j < kept; j++) {
    const hit = topHitsAt[j]!;
    out.push({ id: ids[docs[hit]!], score: topScores[j]!, queryTerms: termsFound(found[hit]!, terms) });
  }
  return out;
}

/** A document kept among the best by topHitsVisited. */
interface Visited extends TopHit {
  doc: number;
}

/** topHits where the query's terms are not summed in buffers (more distinct terms than bits): MiniSearch's own combination. */
function topHitsVisited(inner: Internals, query: readonly string[], options: SearchOptions, ranking: Ranking): TopHit[] {
  const { limit, keep } = ranking;
  const byAdded = ranking.ties === 'added';
  const above = (score: number, doc: number, other: Visited): boolean => score > other.score || (byAdded && score === other.score && doc < other.doc);
  const top: Visited[] = [];
  combinedByMiniSearch(inner, query, options).forEach(({ score: summed, terms }, doc) => {
    const score = summed * (terms.length || 1);
    const id = inner._documentIds.get(doc);
    if ((top.length === limit && !above(score, doc, top[limit - 1]!)) || (keep && !keep(id))) return;
    let at = top.length;
    while (at > 0 && above(score, doc, top[at - 1]!)) at -= 1;
    top.splice(at, 0, { id, score, queryTerms: terms, doc });
    if (top.length > limit) top.pop();
  });
  return top.map(({ id, score, queryTerms }) => ({ id, score, queryTerms }));
}

/** A group's best document in a search: its score as search() gives it, which hit it was, and its stored fields. */
export interface GroupBest {
  group: number;
  score: number;
  hit: number;
  stored: Readonly<Record<string, unknown>> | undefined;
}

// Per group, its best so far in this search (hit -1: none yet), in buffers reused by every search.
let groupScores = new Float64Array(32);
let groupHits = new Int32Array(32);

/**
 * The best document of each group (`groupOf[id]`, below `groups`, for an index whose ids are 0, 1, 2 …) as search() would rank them: the
 * highest scoring of each, the earliest found on a tie, best first (ties in the order found). What forEachHit with a visitor
 * keeping each group's best would give, without a call per document found. Ask for query terms before searching again.
 */
export function bestOfEachGroup<D>(
  search: MiniSearch<D>,
  query: readonly string[],
  options: SearchOptions,
  groupOf: Int32Array,
  groups: number,
): { best: GroupBest[]; queryTermsOf: (hit: number) => readonly string[] } {
  const inner = search as unknown as Internals;
  const combined = summedHits(search, query, options);
  if (!combined) return bestOfEachGroupVisited(search, query, options, groupOf);
  const { count, docs } = combined;
  const { ids, stored } = documentsOf(inner);
  groupScores = grown(groupScores, groups);
  groupHits = grown(groupHits, groups);
  groupHits.fill(-1, 0, groups);
  for (let i = 0; i < count; i++) {
    const group = groupOf[ids[docs[i]!] as number]!;
    const score = hitScore(combined, i);
    if (groupHits[group]! < 0 || score > groupScores[group]!) {
      groupScores[group] = score;
      groupHits[group] = i;
    }
  }
  const best: GroupBest[] = [];
  for (let group = 0; group < groups; group++) {
    const hit = groupHits[group]!;
    if (hit >= 0) best.push({ group, score: groupScores[group]!, hit, stored: stored[docs[hit]!] });
  }
  best.sort(byScoreThenFound);
  return { best, queryTermsOf: termsOfThisSearch(combined, 'bestOfEachGroup') };
}

const byScoreThenFound = (a: GroupBest, b: GroupBest): number => b.score - a.score || a.hit - b.hit;

/** bestOfEachGroup where the query's terms are not summed in buffers (more distinct terms than bits): a visitor keeps each best. */
function bestOfEachGroupVisited<D>(search: MiniSearch<D>, query: readonly string[], options: SearchOptions, groupOf: Int32Array): { best: GroupBest[]; queryTermsOf: (hit: number) => readonly string[] } {
  const held = new Map<number, GroupBest>();
  const queryTermsOf = forEachHit(search, query, options, (id, score, hit, stored) => {
    const group = groupOf[id as number]!;
    const was = held.get(group);
    if (!was || score > was.score) held.set(group, { group, score, hit, stored });
  });
  return { best: [...held.values()].sort(byScoreThenFound), queryTermsOf };
}
