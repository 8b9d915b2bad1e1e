import type MiniSearch from 'minisearch';

// What one search term finds is the same in every question, so a search over a fixed index (the exemplar bank, the
// guidance's passages) may keep it per term. Shared by src/understanding/closest.ts and src/guidance/passage-search.ts.

/** What MiniSearch finds for one query term: per document, its score, the query terms and the indexed terms matched. */
export type TermResults = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;
type TermSearch = (query: { term: string }, options: unknown) => TermResults;
type Combine = (results: TermResults[], combineWith?: string) => TermResults;

/** Where kept results live (a Map, or an LRU cache to bound it). */
export interface TermStore {
  get(term: string): TermResults | undefined;
  set(term: string, results: TermResults): unknown;
}

/** MiniSearch's internals this module reads and replaces (minisearch 7: the same names since 6). */
interface Internals {
  executeQuerySpec: TermSearch;
  executeQuery(query: string, options: unknown): TermResults;
  combineResults: Combine;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
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
    }
    return found;
  };
  inner.combineResults = (results, combineWith = 'or') =>
    results.length > 0 && combineWith.toLowerCase() === 'or' ? orKeepingInputs(results) : combine(results.map(copyOf), combineWith);
  return search;
}

/**
 * Every document a query finds, in the order MiniSearch's search() meets them before sorting, with the score search()
 * gives it (its summed score times how many query terms it matched) and its stored fields: what search() returns without
 * building, filtering and sorting a result object for each (thousands for the exemplar bank), for callers that keep a few.
 */
export function forEachHit<D>(
  search: MiniSearch<D>,
  query: string,
  options: unknown,
  visit: (id: unknown, score: number, queryTerms: readonly string[], stored: Readonly<Record<string, unknown>> | undefined) => void,
): void {
  const inner = search as unknown as Internals;
  inner.executeQuery(query, options).forEach(({ score, terms }, doc) => visit(inner._documentIds.get(doc), score * (terms.length || 1), terms, inner._storedFields.get(doc)));
}
