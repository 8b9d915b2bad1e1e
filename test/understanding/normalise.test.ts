import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/understanding/dates';
import { readAge } from '../../src/understanding/age';
import { readTime } from '../../src/understanding/time';
import { correctWord, editDistance, normalise } from '../../src/understanding/normalise';

describe('typos within a bounded edit distance', () => {
  it.each([
    ['whatsap', 'whatsapp'],
    ['instagarm', 'instagram'],
    ['retension', 'retention'],
    ['recrod', 'record'],
    ['supervison', 'supervision'],
    ['bluetoth', 'bluetooth'],
  ])('%s → %s', (typo, word) => expect(correctWord(typo)).toBe(word));

  it.each(['named', 'report', 'hello', 'mileage', 'password', 'worrying', 'contacted', 'emailing'])('leaves the ordinary word %s alone', (w) => expect(correctWord(w)).toBeUndefined());

  it('counts a transposition as one edit and stops past the bound', () => {
    expect(editDistance('recrod', 'record', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('shorthand', () => {
  it('expands practitioner abbreviations', () => {
    expect(normalise('YP on WA, LAC, CIN, CP, SAR, TM, SW, EDT, insta, FB, DM, msg, txt pls, 2 yrs').text).toBe(
      'young person on whatsapp, looked after child, child in need, child protection, subject access request, team manager, social worker, emergency duty team out of hours, instagram, facebook, direct message, message, text please, 2 years',
    );
    expect(normalise('a 15yo and a 14 y/o').text).toBe('a 15 years old and a 14 years old');
  });
});

describe('ages, times and dates', () => {
  it.each([
    ['a 15 year old', 15],
    ['15-year-old', 15],
    ['aged 13', 13],
    ['she is 14', 14],
    ['yp (16)', 16],
    ['she is 15 yrs', 15],
    ['the yp (shes 14, cin) found my work insta', 14],
    ['hes 15 and in care', 15],
    ['one of our lads (14) has sent me a friend request', 14],
  ])('%s → %i', (text, age) => expect(readAge(text)?.value).toBe(age));

  it.each(['kept for 6 years after the order', 'within 25 years of birth', '15 years from the date of death', '2 days ago'])('%s is a period, not an age', (text) =>
    expect(readAge(text)).toBeUndefined());

  it.each([
    ['after 5pm', '17:00'],
    ['at 9pm', '21:00'],
    ['at 21:30', '21:30'],
    ['after 6', '18:00'],
    ['finished at 7 tonight, then at 9.15pm mum rang', '21:15'],
    ['she rang at 10pm, i got home at 7', '22:00'],
  ])('%s → %s', (text, time) => expect(readTime(text)?.value).toBe(time));

  it.each([
    ['routine cin visit on friday 18 december, when is the note due', 'event', '2026-12-18'],
    ['visit on friday, when is it due', 'event', '2026-11-20'],
    ['a written request for everything we hold on him and his son on 2 november 2026', 'request', '2026-11-02'],
    ['the last case summary on my file covers up to 1 september', 'lastSummary', '2026-09-01'],
  ])('%s → %s %s', (text, role, date) => expect(findDates(text, '2026-11-22').map((d) => [d.role, d.date])).toEqual([[role, date]]));

  it('gives each date its role from the words before it', () => {
    const found = findDates('dob 01/02/2010 and died on 5 june 2020, visited yesterday', '2026-11-22');
    expect(found.map((d) => [d.role, d.date])).toEqual([
      ['birth', '2010-02-01'],
      ['death', '2020-06-05'],
      ['event', '2026-11-21'],
    ]);
  });

  it('reads a day and month without a year as the nearest one', () => {
    expect(findDates('on 23 dec', '2026-11-22')[0]?.date).toBe('2026-12-23');
    expect(findDates('on 3 jan', '2026-11-22')[0]?.date).toBe('2027-01-03');
    expect(findDates('on 1 oct', '2026-11-22')[0]?.date).toBe('2026-10-01');
  });

  it('ignores impossible dates', () => expect(findDates('on 31/02/2026', '2026-11-22')).toEqual([]));
});
