/** The index of the first term in `sorted` (in code-unit order) that is not before `term`: where a term and its longer forms begin. */
export function firstNotBefore(sorted: readonly string[], term: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}
