import { describe, expect, it } from 'vitest';
import { ukDate } from '../../src/app';

// Deadlines count from the UK date, whatever the server's time zone.
describe('ukDate', () => {
  it.each([
    ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already the next day in the UK
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night the clocks go forward
  ])('%s is %s in the UK', (instant, date) => {
    expect(ukDate(new Date(instant))).toBe(date);
  });
});
