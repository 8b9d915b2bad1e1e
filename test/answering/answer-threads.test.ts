import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext } from '../../src/answering/answer';
import { startAnswerThreads } from '../../src/answering/answer-threads';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { QUESTIONS } from '../../bench/bot-section';
import { evalQuestions } from '../support/blind-sets';

// Answering on threads of their own (ANSWER_THREADS, the default) must give exactly the cards answering on the event loop gives.

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-12-07' };
const brightonOnly: AnswerContext = { profile: { ...DEFAULT_PROFILE, policies: ['brighton-hove'] }, today: '2027-01-05' };
const threads = startAnswerThreads(2);
afterAll(() => threads.close());

// Every 40th evaluation question, the bench's everyday questions and hostile text: a spread of topics, verdicts and follow-ups.
const asked = [...QUESTIONS, ...evalQuestions().filter((_, i) => i % 40 === 0), '', '?'.repeat(5000), 'constructor __proto__ toString', '<script>alert(1)</script> can I text a 15 year old?'];

describe('answering threads', () => {
  it('answer every question as the event loop does, asked all at once, each reply with its own question', async () => {
    const answers = await Promise.all(asked.map((q) => threads.answer(q, ctx)));
    expect(answers).toHaveLength(asked.length);
    answers.forEach((replies, i) => expect(replies, asked[i]).toEqual(answerQuestion(asked[i]!, ctx)));
  }, 120_000);

  it("answer with the asker's organisation and working day, not the thread's", async () => {
    const q = 'do I have to put every email on the file?';
    const replies = await threads.answer(q, brightonOnly);
    expect(replies).toEqual(answerQuestion(q, brightonOnly));
    expect(JSON.stringify(replies)).not.toContain('Pan Dorset');
  });

  it('answer again after being closed (the next question starts them again)', async () => {
    await threads.close();
    expect(await threads.answer('can I WhatsApp a 15 year old?', ctx)).toEqual(answerQuestion('can I WhatsApp a 15 year old?', ctx));
  }, 60_000);
});
