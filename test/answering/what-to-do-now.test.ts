import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { ctx, replyText as text } from '../support/answers';

// "What to do now" leads with the steps of the rule the question is about (a risk, a complaint), before the general steps of
// every case note, which the card's first screen would otherwise fill.
const firstStep = (question: string): string => {
  const [reply] = answerQuestion(question, ctx);
  return (text(reply).split('**What to do now**')[1] ?? '').trim().split('\n')[0] ?? '';
};

describe('what to do now, for a record of a particular kind', () => {
  it.each([
    ['risk has gone up significantly on my case. what specifically do i need to record? notts', '• Record the nature of the risk'],
    ['a dad has rung to complain about his social worker. admin here - what needs recording about the complaint? notts', '• Record accurate details of the complainant'],
    ['does the child\'s plan need a date for when it\'ll be reviewed? notts', '• Date the plan and include timescales for review'],
  ])('%s', (question, step) => expect(firstStep(question)).toMatch(new RegExp(`^${step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));

  it('keeps the general case-note steps for a case note of no particular kind', () => {
    expect(firstStep('what do i need to put in a case note? notts')).toMatch(/^• Record the type and purpose of the contact/);
  });
});
