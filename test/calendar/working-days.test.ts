import { describe, expect, it } from 'vitest';
import { addMonths, addYears, parseIsoDate } from '../../src/calendar/iso-date';
import { addWorkingDays, isWorkingDay } from '../../src/calendar/working-days';
import { bankHolidays } from '../../src/calendar/bank-holidays';

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-25', 'england-and-wales', false], // Christmas Day (Friday)
    ['2026-12-28', 'england-and-wales', false], // Boxing Day substitute (26 Dec is a Saturday)
    ['2026-12-29', 'england-and-wales', true],
    ['2027-03-26', 'england-and-wales', false], // Good Friday
    ['2027-03-29', 'england-and-wales', false], // Easter Monday
    ['2027-03-29', 'scotland', true], // Easter Monday is not a Scottish bank holiday
    ['2026-01-02', 'scotland', false], // 2 January
    ['2026-01-02', 'england-and-wales', true],
    ['2027-01-04', 'scotland', false], // 2 January 2027 is a Saturday: substitute Monday
    ['2026-11-30', 'scotland', false], // St Andrew's Day
    ['2026-11-30', 'england-and-wales', true],
    ['2026-03-17', 'northern-ireland', false], // St Patrick's Day
    ['2026-07-13', 'northern-ireland', false], // Battle of the Boyne substitute (12 July 2026 is a Sunday)
    ['2026-08-03', 'scotland', false], // Scottish summer bank holiday
    ['2026-08-31', 'scotland', true],
    ['2026-11-21', 'england-and-wales', false], // Saturday
  ] as const)('%s in %s is a working day: %s', (date, nation, expected) => {
    expect(isWorkingDay(date, nation)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-20', 5, 'england-and-wales', '2026-11-27'], // Friday + 5 crosses one weekend
    ['2026-11-20', 1, 'england-and-wales', '2026-11-23'], // next working day after a Friday is Monday
    ['2026-12-23', 5, 'england-and-wales', '2027-01-04'], // Christmas, Boxing Day substitute, New Year
    ['2026-12-24', 1, 'england-and-wales', '2026-12-29'], // Christmas Eve: next working day after the break
    ['2026-12-24', 5, 'england-and-wales', '2027-01-05'],
    ['2027-03-25', 1, 'england-and-wales', '2027-03-30'], // Easter 2027: Good Friday 26, Easter Monday 29 March
    ['2027-03-25', 1, 'scotland', '2027-03-29'], // Scotland works Easter Monday
    ['2027-12-24', 1, 'england-and-wales', '2027-12-29'], // Christmas on a Saturday: 27 and 28 are substitute days
    ['2026-12-31', 1, 'scotland', '2027-01-05'], // 1 Jan, 2 Jan substitute (4 Jan) in Scotland
    ['2026-12-31', 1, 'england-and-wales', '2027-01-04'],
    ['2026-11-27', 1, 'scotland', '2026-12-01'], // St Andrew's Day Monday 30 November
    ['2026-11-27', 1, 'england-and-wales', '2026-11-30'],
    ['2026-11-23', 0, 'england-and-wales', '2026-11-23'],
  ] as const)('%s + %i working days in %s = %s', (date, n, nation, expected) => {
    expect(addWorkingDays(date, n, nation)).toBe(expected);
  });

  it('rejects a date that does not exist, saying what to fix', () => {
    expect(() => addWorkingDays('2026-02-30', 5, 'england-and-wales')).toThrow(/YYYY-MM-DD/);
    expect(() => parseIsoDate('23/12/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-11-23', -1, 'england-and-wales')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 1.5, 'england-and-wales')).toThrow(RangeError);
  });
});

describe('bank holidays per nation', () => {
  it('keeps only public holidays (no observances such as Christmas Eve)', () => {
    const days = bankHolidays(2026, 'england-and-wales');
    expect(days.has('2026-12-24')).toBe(false);
    expect(days.get('2026-12-28')).toMatch(/substitute/i);
  });
});

describe('anniversaries', () => {
  it('moves a 29 February anniversary to 28 February in a non-leap year, and keeps it in a leap year', () => {
    expect(addYears('2008-02-29', 75)).toBe('2083-02-28');
    expect(addYears('2008-02-29', 76)).toBe('2084-02-29');
    expect(addYears('2010-05-01', 25)).toBe('2035-05-01');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', 3)).toBe('2026-08-31');
  });
});
