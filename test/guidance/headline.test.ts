import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Situation } from '../../src/guidance/situation';

// The one line a practitioner reads first comes from the rule their situation selected, not from the first policy in the list.
const lead = (situation: Situation) => decide(situation, { profile: DEFAULT_PROFILE, today: '2026-11-23' }).headline;

describe('headline', () => {
  it.each<[string, Situation, RegExp]>([
    ['advice outside supervision', { topic: 'supervision', supervision: 'outside-supervision' }, /\(Nottinghamshire\): Advice given by the line manager outside formal supervision/],
    ['a note on the wrong person', { topic: 'amendment', amendment: 'wrong-person-entry' }, /\(Nottinghamshire\):.*wrong service user/],
    ['a threatening text', { topic: 'incident', incident: 'abusive-message', channel: 'text' }, /\(Pan Dorset\): Abusive, threatening or nuisance texts/],
    ['case summaries, where no fact tells the policies apart', { topic: 'case-summary' }, /\(Nottinghamshire\): A summary of the case must be completed at least every three months/],
    ['e-mail to a 13-year-old', { topic: 'digital-contact', channel: 'email', age: 13, person: 'child' }, /\(Pan Dorset\): E-mail is allowed from a work address/],
  ])('leads with the specific rule for %s', (_label, situation, expected) => {
    expect(lead(situation)).toMatch(expected);
  });
});
