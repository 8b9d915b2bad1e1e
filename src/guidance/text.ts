// Whitespace-insensitive text comparison: quotes match the seeds even where line breaks and spacing differ.
export function normaliseWhitespace(text: string): string {
  // Most texts (quotes already normalised at load) are single-spaced already: returned as they are, no copy made.
  return NOT_SINGLE_SPACED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whitespace other than a space, two spaces together, or a space at either end (\s and trim() know the same characters). */
const NOT_SINGLE_SPACED = /[^\S ]| {2}|^ | $/;

/**
 * The text spaced as normaliseWhitespace spaces it, except that a lone no-break space stays one: the seeds hold no-break
 * spaces between words ("within 5 working days of contact"), and a quote copied from the seed must find them on a card.
 * Index for index the same length as normaliseWhitespace(text), so a quote found in one is sliced from the other.
 */
export function seedSpacing(text: string): string {
  return text.trim().replace(/\s+/g, (run) => (run === NO_BREAK_SPACE ? run : ' '));
}

const NO_BREAK_SPACE = '\u00a0';

export function containsQuote(haystack: string, quote: string): boolean {
  return normaliseWhitespace(haystack).includes(normaliseWhitespace(quote));
}
