import { describe, expect, it } from 'vitest';
import { decide, decideOutcome } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Situation } from '../../src/guidance/situation';
import { CASES } from './rulings.table';

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

  // A duty reads "Required"; a permission with conditions keeps "Allowed if"; forbidding or discouraging the act outranks a duty.
  it.each<[string, Situation, RegExp]>([
    ['case summaries (a duty)', { topic: 'case-summary' }, /^Required \(Nottinghamshire\): A summary of the case must be completed/],
    ['a lost laptop (a duty)', { topic: 'data-security', handling: 'laptop-lost' }, /^Required \(Brighton and Hove\): Report the loss of a laptop immediately/],
    ['a recording deadline (a duty)', { topic: 'recording-deadline', urgency: 'routine', dates: { event: '2026-11-20' } }, /^Required \(Nottinghamshire\): Case notes must be recorded on the file within 5 working days/],
    ['the WhatsApp consent wording (a duty)', { topic: 'wording', wording: 'whatsapp-consent' }, /^Required \(Waltham Forest\): Social care staff must obtain consent/],
    ['texting a 15-year-old from a work phone (a permission)', { topic: 'digital-contact', channel: 'text', age: 15, device: 'work' }, /^Allowed if the conditions are met \(Pan Dorset\): Texting is allowed if previously agreed/],
    ['WhatsApp with a 17-year-old: the consent duty does not displace the permission', { topic: 'digital-contact', channel: 'whatsapp', age: 17 }, /^Allowed if the conditions are met \(Waltham Forest\)/],
    ['sharing without consent (a permission)', { topic: 'information-sharing', consent: { parent: false } }, /^Allowed if the conditions are met \(/],
    // Both policies let files leave the office on conditions: Brighton and Hove if it can be done securely, Nottinghamshire with a manager's permission.
    ['taking files out: a permission with conditions in both policies', { topic: 'data-security', handling: 'transport' }, /^Allowed if the conditions are met \((Brighton and Hove|Nottinghamshire)\)(?!.*The selected policies differ)/],
    ['every e-mail on the record: a duty over "not required"', { topic: 'email-recording' }, /^Required \(Pan Dorset\)/],
    ['an indecent image: a prohibition over the duties to report', { topic: 'incident', incident: 'indecent-image' }, /^Not allowed \(Pan Dorset\)/],
  ])('reads right for %s', (_label, situation, expected) => {
    expect(lead(situation)).toMatch(expected);
  });
});

describe('the outcome alone (what follow-up choices compare)', () => {
  it('is the verdict and headline decide() gives, for every situation of the rulings table', () => {
    for (const c of CASES) {
      const options = { profile: { ...DEFAULT_PROFILE, ...(c.policies ? { policies: c.policies } : {}), ...(c.nation ? { nation: c.nation } : {}) }, today: c.today ?? '2026-11-23' };
      const { verdict, headline } = decide(c.situation, options);
      expect(decideOutcome(c.situation, options), c.name).toEqual({ verdict, headline });
    }
    expect(CASES.length).toBeGreaterThan(50);
  });
});
