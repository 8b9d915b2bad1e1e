import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../src/cards/answer-card';
import { answerCard } from '../../src/cards/render';
import { expandTemplate } from '../../src/cards/template';
import type { AnswerView } from '../../src/cards/view-models';
import { answerView } from '../../src/answering/views';
import { decisiveQuestion } from '../../src/answering/follow-up';
import { deadlineRuling, whatsappUnder16 } from './fixtures';

// The answer card built in code is the card cards/answer.json expands to (every evaluation answer is compared in
// compiled-template.test.ts); a view outside the forms it builds is left to the template.

const same = (view: AnswerView) => {
  const built = buildAnswerCard(view);
  expect(built).toBeDefined();
  expect(JSON.stringify(built)).toBe(JSON.stringify(expandTemplate('answer', view)));
};

describe('the answer card built in code', () => {
  it('is the card its template expands to, with and without each optional part', () => {
    same(answerView(whatsappUnder16, 'can I WhatsApp this 15-year-old?', [{ title: 'channel', value: 'whatsapp' }], { carried: { situation: { topic: 'wording', wording: 'whatsapp-consent' } } }));
    same(answerView(deadlineRuling, 'visited on 23 Dec, deadline?', [], { scope: 'Your question names 2 records.', changed: 'You chose urgent.', also: '• a passage' }));
    same(answerView(deadlineRuling, 'deadline?', [], { followUp: decisiveQuestion({ question: 'deadline?', situation: { topic: 'recording-deadline' }, missing: ['urgency'], outcome: (s) => s.urgency }) }));
    same(answerView(deadlineRuling, 'deadline?', [], { followUp: decisiveQuestion({ question: 'deadline?', situation: { topic: 'recording-deadline' }, missing: ['dates.event'], outcome: () => 'same' }) }));
    same({ ...answerView(deadlineRuling, '', []), question: '' });
  });

  it('owns its objects, never the view-model\'s', () => {
    const view = answerView(deadlineRuling, 'q', []);
    const card = buildAnswerCard(view)!;
    const feedback = (card.body as { id?: string; actions?: { data?: unknown }[] }[]).find((e) => e.id === 'feedback')!;
    expect(feedback.actions![0]!.data).toEqual(view.feedback.helpful);
    expect(feedback.actions![0]!.data).not.toBe(view.feedback.helpful);
  });

  it('leaves to the template text that looks like template syntax and values of another type', () => {
    const typed = answerView(deadlineRuling, 'deadline ${feedback.helpful}?', []);
    expect(buildAnswerCard(typed)).toBeUndefined();
    expect(answerCard(typed)).toEqual(expandTemplate('answer', typed));
    const odd = { ...answerView(deadlineRuling, 'q', []), scope: 3 } as unknown as AnswerView;
    expect(buildAnswerCard(odd)).toBeUndefined();
    expect(answerCard(odd)).toEqual(expandTemplate('answer', odd));
  });
});
