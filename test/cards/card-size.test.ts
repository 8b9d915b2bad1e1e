import { describe, expect, it } from 'vitest';
import { answerCardSizes } from '../../bench/card-sizes';

// Issue 11: the median answer card over the evaluation questions stays at most 6 KB. Sizes are deterministic (the same
// questions on a pinned day give the same cards), so this is the bench's own measure asserted, not a timing.
const MEDIAN_BUDGET_BYTES = 6 * 1024;

describe('answer card size over the evaluation questions', () => {
  it('keeps the median card at most 6 KB', () => {
    const { count, medianBytes, largestBytes } = answerCardSizes();
    // Every evaluation set is measured, not a handful of questions.
    expect(count).toBeGreaterThan(700);
    expect(medianBytes, `median ${medianBytes} bytes over ${count} cards (largest ${largestBytes})`).toBeLessThanOrEqual(MEDIAN_BUDGET_BYTES);
  }, 180_000);
});
