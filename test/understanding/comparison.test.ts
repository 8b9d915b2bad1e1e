import { describe, expect, it } from 'vitest';
import { comparedSubject } from '../../src/understanding/comparison';
import { understand } from '../../src/understanding/understand';

// Issue 10: a question comparing two councils is read by what it compares, so each named council's position is shown.

const TODAY = '2026-11-22';

describe('two councils compared', () => {
  it.each([
    ['is it a blanket no in both waltham forest and cardiff on whatsapping a 15 year old?', 'digital-contact'],
    ["dorset says note out of hours calls but WF says only in working hours, which applies to me covering both?", 'digital-contact'],
    ['whats the difference between what brighton and dorset say about texting a parent?', 'digital-contact'],
    ['notts and brighton - what is the difference between how long each keeps a closed CP file?', 'retention'],
  ])('%s -> %s', (question, topic) => {
    expect(understand(question, { today: TODAY }).situation?.topic).toBe(topic);
  });

  it('leaves the comparing words out, and a question comparing nothing as it is', () => {
    expect(comparedSubject('dorset says make a note, wf says dont contact at all? which applies to a worker covering both')).toBe('make a note, dont contact at all?');
    const plain = 'can i text a 15 year old from my work phone?';
    expect(comparedSubject(plain)).toBe(plain);
  });
});
