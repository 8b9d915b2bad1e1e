// Whitespace-insensitive text comparison: quotes match the seeds even where line breaks and spacing differ.
export function normaliseWhitespace(text: string): string {
  // Most texts (quotes already normalised at load) are single-spaced already: returned as they are, no copy made.
  return NOT_SINGLE_SPACED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whitespace other than a space, two spaces together, or a space at either end (\s and trim() know the same characters). */
const NOT_SINGLE_SPACED = /[^\S ]| {2}|^ | $/;

export function containsQuote(haystack: string, quote: string): boolean {
  return normaliseWhitespace(haystack).includes(normaliseWhitespace(quote));
}

/** A sentence's first word lower-cased to follow on from other words, unless it is an acronym or a name in capitals ("SAR"). */
export const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** "a, b and c": words listed in a sentence. */
export const andList = (words: readonly string[]): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? ''));
