import { describe, expect, it } from 'vitest';
import { isOutOfHours } from '../../src/recording/working-hours';

// Out-of-hours flag: outside 09:00-17:00 UK time on working days (documented default), bank holidays of the nation count.
describe('out-of-hours flag', () => {
  const cases: [string, string, boolean][] = [
    ['Friday 16:59 GMT', '2026-11-20T16:59:00Z', false],
    ['Friday 17:00 GMT', '2026-11-20T17:00:00Z', true],
    ['Monday 08:59 GMT', '2026-11-23T08:59:00Z', true],
    ['Saturday midday', '2026-11-21T12:00:00Z', true],
    ['a summer 08:30 UTC that is 09:30 BST', '2026-07-15T08:30:00Z', false],
    ['a summer 16:30 UTC that is 17:30 BST', '2026-07-15T16:30:00Z', true],
    ['Christmas Day midday', '2026-12-25T12:00:00Z', true],
  ];
  it.each(cases)('%s', (_label, at, expected) => {
    expect(isOutOfHours(new Date(at), 'england-and-wales')).toBe(expected);
  });

  it("uses the organisation's nation for bank holidays (St Andrew's Day substitute in Scotland)", () => {
    // 30 November 2026 is a Monday: a bank holiday in Scotland only.
    expect(isOutOfHours(new Date('2026-11-30T11:00:00Z'), 'scotland')).toBe(true);
    expect(isOutOfHours(new Date('2026-11-30T11:00:00Z'), 'england-and-wales')).toBe(false);
  });
});
