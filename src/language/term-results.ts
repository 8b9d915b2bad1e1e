import type MiniSearch from 'minisearch';

// What one search term finds is the same in every question, so a search over a fixed index (the exemplar bank, the
// guidance's passages) may keep it per term. Shared by src/understanding/closest.ts and src/guidance/passage-search.ts.

/** What MiniSearch finds for one query term: per document, its score, the query terms and the indexed terms matched. */
export type TermResults = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;
type TermSearch = (query: { term: string }, options: unknown) => TermResults;

/** Where kept results live (a Map, or an LRU cache to bound it). */
export interface TermStore {
  get(term: string): TermResults | undefined;
  set(term: string, results: TermResults): unknown;
}

/** Combining adds to each result's score, terms and match object, never to a match's list of fields: those are shared. */
function copyOf(results: TermResults): TermResults {
  const copy: TermResults = new Map();
  for (const [doc, r] of results) copy.set(doc, { score: r.score, terms: r.terms.slice(), match: { ...r.match } });
  return copy;
}

/**
 * The same search, keeping what each term finds when `keep` says the term is the index's own word (never a name or number
 * a practitioner typed). A question's terms are searched one by one and summed into the first term's results, so every
 * search gets its own copy; a fresh result is held by nothing else and is kept as it is.
 */
export function remembersTermResults<D>(search: MiniSearch<D>, keep: (term: string) => boolean, kept: TermStore): MiniSearch<D> {
  const inner = search as unknown as { executeQuerySpec: TermSearch };
  const original = inner.executeQuerySpec.bind(search);
  inner.executeQuerySpec = (query, options) => {
    if (!keep(query.term)) return original(query, options);
    let found = kept.get(query.term);
    if (!found) {
      found = original(query, options);
      kept.set(query.term, found);
    }
    return copyOf(found);
  };
  return search;
}
