// A pattern with other flags (global to list every match, or without global for a one-off test), made once per pattern and
// kept: building a RegExp compiles it again, and these are asked for on every question.

const made = new WeakMap<RegExp, Map<string, RegExp>>();

/** `pattern` with exactly these flags; the same object each time it is asked for with them. */
export function withFlags(pattern: RegExp, flags: string): RegExp {
  if (pattern.flags === flags) return pattern;
  let byFlags = made.get(pattern);
  if (!byFlags) made.set(pattern, (byFlags = new Map()));
  let twin = byFlags.get(flags);
  if (!twin) byFlags.set(flags, (twin = new RegExp(pattern.source, flags)));
  return twin;
}

/** Text as a pattern matching it literally ("b&h (east)" → "b&h \(east\)"), for names built into a pattern. */
export function literalSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
