import { stem as stemmed } from './stems';

// How the understanding's searches over practitioners' phrasings (the topic exemplar bank, the provision reach) read words:
// one tokeniser, each search adding only its own stop words.

// Words that say nothing about what a question is about; everything else (when, how long, can, must) is left to weigh.
const FUNCTION_WORDS = `a an the i i'm i've me my we our us you your he she it it's they them his her their its is are was
  were be been am do does did to of in on at for with from by and or but so that this these those there any some just
  what's whats hi hello thanks please pls really while whilst`.split(/\s+/).filter(Boolean);

// Dates, times and ages are facts read elsewhere; as words they would only dilute how close a question is.
const DATE_WORD = /\d|^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm)$/;

export interface TermReader {
  /** Whether a (lower-case) word counts. */
  keep(word: string): boolean;
  /** A text's counted words, stemmed, in order. */
  terms(text: string): string[];
  /** The same reading as MiniSearch's processTerm, so an index and the text searched meet the same terms. */
  processTerm(term: string): string | null;
}

/** A reader leaving out the function words, date words, these further stop words and words shorter than minLength. */
export function termReader(extraStop: readonly string[] = [], minLength = 1): TermReader {
  const stop = new Set([...FUNCTION_WORDS, ...extraStop]);
  const keep = (word: string): boolean => word.length >= minLength && !stop.has(word) && !DATE_WORD.test(word);
  // Most words hold no apostrophe: the replacements below run only for those that do (every word of every search is read).
  const stem = (word: string): string => stemmed(word.includes("'") ? word.replace(/'s?$/, '') : word);
  // A word in single quotes ('who is this written for') is the word itself: the quote marks are not part of it.
  const unquoted = (word: string): string => (word.startsWith("'") || word.endsWith("'") ? word.replace(/^'+|'+$/g, '') : word);
  return {
    keep,
    terms: (text) => text.toLowerCase().split(/[^a-z0-9']+/).map(unquoted).filter(keep).map(stem),
    processTerm: (term) => {
      const t = unquoted(term.toLowerCase());
      return keep(t) ? stem(t) : null;
    },
  };
}
