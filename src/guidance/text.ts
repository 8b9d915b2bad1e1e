// Whitespace-insensitive text comparison: quotes match the seeds even where line breaks and spacing differ.
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function containsQuote(haystack: string, quote: string): boolean {
  return normaliseWhitespace(haystack).includes(normaliseWhitespace(quote));
}
