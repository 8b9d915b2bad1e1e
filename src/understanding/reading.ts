import { execChecked } from './literals';

// What a reader found: the value, and the words it was read from (the card shows them).
export interface Reading<T> {
  value: T;
  from: string;
}

/** The value of the first row whose pattern occurs in the text. */
export function first<T>(text: string, table: readonly [RegExp, T][]): Reading<T> | undefined {
  for (const [re, value] of table) {
    const m = execChecked(re, text);
    if (m) return { value, from: m[0] };
  }
  return undefined;
}
