import { describe, expect, it } from 'vitest';
import { CARD_QUESTION_INPUT, withCardQuestion, withoutCardQuestion } from '../../src/answering/card-question';

describe('the question an answer card carries once', () => {
  it('is read back from the hidden input when the button carried none', () => {
    expect(withCardQuestion({ verb: 'ask-person', to: 'manager', [CARD_QUESTION_INPUT]: 'can I text her?' })).toEqual({ verb: 'ask-person', to: 'manager', question: 'can I text her?' });
  });

  it("gives way to a button's own question (one ask of several, or a card sent before the question moved)", () => {
    expect(withCardQuestion({ verb: 'wording', question: 'the first ask', [CARD_QUESTION_INPUT]: 'the whole message' })).toEqual({ verb: 'wording', question: 'the first ask' });
    expect(withCardQuestion({ verb: 'feedback', question: 'an old card' })).toEqual({ verb: 'feedback', question: 'an old card' });
  });

  it('is never taken from anything but text', () => {
    expect(withCardQuestion({ verb: 'feedback', [CARD_QUESTION_INPUT]: { $gt: '' } })).toEqual({ verb: 'feedback' });
  });

  it('leaves a button its question only when it differs from the card\'s', () => {
    expect(withoutCardQuestion({ verb: 'refine', question: 'q', asked: ['age'] }, 'q')).toEqual({ verb: 'refine', asked: ['age'] });
    expect(withoutCardQuestion({ verb: 'refine', question: 'one ask', asked: ['age'] }, 'whole')).toEqual({ verb: 'refine', question: 'one ask', asked: ['age'] });
  });
});
