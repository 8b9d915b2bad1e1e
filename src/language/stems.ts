import { stemmer } from 'stemmer';

// Stemming a word runs a dozen regular expressions, and each of a question's words is stemmed by every search that reads it
// (the exemplar bank, the passages, their synonyms): a word is stemmed once and its stem kept when the stem is a term of the
// program's own texts (a vocabulary registered with keepStemsOf: closest.ts registers the exemplar bank's, passage-search.ts
// the passages'), as the searches keep what a term finds; never a name or number a practitioner typed that no such text uses.

/** Per term vocabulary registered, whether it holds a term. */
const vocabularies = new Map<object, (term: string) => boolean>();
const kept = new Map<string, string>();
/** Bound on the words kept: a vocabulary's words and their forms are a few thousand. */
const MAX_KEPT = 20_000;

/** Stems whose term this vocabulary holds are kept from now on; `owner` registers it once (the vocabulary's own map). */
export function keepStemsOf(owner: object, holds: (term: string) => boolean): void {
  if (!vocabularies.has(owner)) vocabularies.set(owner, holds);
}

/** The word's stem, as stemmer gives it. */
export function stem(word: string): string {
  let found = kept.get(word);
  if (found === undefined) {
    found = stemmer(word);
    if (kept.size < MAX_KEPT) for (const holds of vocabularies.values()) if (holds(found)) {
      kept.set(word, found);
      break;
    }
  }
  return found;
}

/** The words whose stems are kept, for tests. */
export const keptStemWords = (): string[] => [...kept.keys()];
