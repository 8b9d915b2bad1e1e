// The answer line leads with the word that answers the question's form: a permission asked after the question's context
// ("I've got outlook on my own ipad, is it ok to …?") gets its yes or no, not the policy's sentence alone.
import { describe, expect, it } from 'vitest';
import { cardText } from '../../src/cards/card-text';
import { firstReply } from '../support/answers';

const answerLine = (q: string) => cardText(firstReply(q)?.card)[0];

describe('"is it ok …?" after the context is asked as a permission', () => {
  it.each([
    ["I've got outlook on my own ipad for work, is it ok to reply to a parent's email from it?", /^No \(Cardiff and Vale\): /],
    ['mum rang while I was on the train, is it ok to talk through the plan with her there?', /^No \(Brighton and Hove\): /],
    ['yp is in crisis and threatening to run away tonight, is it ok to just text her?', /^Not recommended \(Pan Dorset\): /],
  ])('%s', (q, line) => expect(answerLine(q)).toMatch(line));

  it('a deadline asked beside it still leads with its date', () => {
    expect(answerLine('I visited on 18 November and harm was identified, when must I write it up?')).toMatch(/^Overdue: it was due by Thursday 19 November 2026/);
  });

  it('a deadline already gone is said to have passed, with what to do now; one still to come is the date to meet', () => {
    expect(answerLine('visited a family on monday 9 november, nothing worrying. i still havent written it up - when was it due? notts')).toBe(
      'Overdue: it was due by Monday 16 November 2026: 5 working days after 9 November 2026 (Nottinghamshire). Write it up now.',
    );
    expect(answerLine('visited a family yesterday, nothing worrying. when do i need to write it up by? notts')).toMatch(/^Write it up by Friday 27 November 2026: /);
  });
});
