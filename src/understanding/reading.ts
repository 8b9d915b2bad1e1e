import { execChecked, mayHoldNumbered, numbersOf, possibleFor } from './literals';

// What a reader found: the value, and the words it was read from (the card shows them).
export interface Reading<T> {
  value: T;
  from: string;
}

const patternOfRow = (row: readonly [RegExp, unknown]) => row[0];

/** The value of the first row whose pattern occurs in the text. */
export function first<T>(text: string, table: readonly [RegExp, T][]): Reading<T> | undefined {
  // A row or two picked out for this text (a channel among those named) is checked as it comes.
  if (table.length <= 2) {
    for (const [re, value] of table) {
      const m = execChecked(re, text);
      if (m) return { value, from: m[0] };
    }
    return undefined;
  }
  // A table numbered once, then the text's reading fetched once for all its rows.
  const numbers = numbersOf(table, patternOfRow);
  const possible = possibleFor(text);
  for (let i = 0; i < table.length; i++) {
    const id = numbers[i]!;
    // Most rows are ruled out by their number alone: a row (an array elsewhere in memory) is read only when it may match.
    if (possible !== undefined && id >= 0 && possible[id] !== 1 && !mayHoldNumbered(table[i]![0], id, possible, text)) continue;
    const [re, value] = table[i]!;
    const m = re.exec(text);
    if (m) return { value, from: m[0] };
  }
  return undefined;
}
