import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion, welcome, type AnswerContext } from '../../src/answering/answer';
import { startAnswerThreads } from '../../src/answering/answer-threads';
import { doWork, type WorkKind } from '../../src/answering/answer-work';
import { CARD_QUESTION_INPUT, withCardQuestion } from '../../src/answering/card-question';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { QUESTIONS } from '../../bench/bot-section';
import { evalQuestions } from '../support/blind-sets';

// Answering on threads of their own (ANSWER_THREADS, the default) must give exactly the cards answering on the event loop
// gives, and a thread that fails must cost no one their answer.

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-12-07' };
const threads = startAnswerThreads(2);
afterAll(() => threads.close());

// Every 40th evaluation question, the bench's everyday questions and hostile text: a spread of topics, verdicts and follow-ups.
const asked = [...QUESTIONS, ...evalQuestions().filter((_, i) => i % 40 === 0), '', '?'.repeat(5000), 'constructor __proto__ toString', '<script>alert(1)</script> can I text a 15 year old?'];

describe('answering threads', () => {
  it('answer every question as the event loop does, asked all at once, each reply with its own question', async () => {
    const answers = await Promise.all(asked.map((q) => threads.run('question', q, ctx)));
    expect(answers).toHaveLength(asked.length);
    answers.forEach((replies, i) => expect(replies, asked[i]).toEqual(answerQuestion(asked[i]!, ctx)));
  }, 120_000);

  it("answer the answer card's buttons as the event loop does: follow-up choices, examples, just the wording, feedback, ask a person", async () => {
    // Each button's data as Teams sends it: the button's own, with the card's hidden question merged in.
    const pressed: { kind: WorkKind; data: Record<string, unknown> }[] = [];
    const kindOf: Record<string, WorkKind> = { refine: 'action', ask: 'action', wording: 'action', feedback: 'again', 'ask-person': 'summary' };
    const collect = (node: unknown, question: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => collect(n, question));
      if (typeof node !== 'object' || node === null) return;
      const verb = (node as { verb?: unknown }).verb;
      if (typeof verb === 'string' && kindOf[verb]) pressed.push({ kind: kindOf[verb]!, data: withCardQuestion({ ...node, [CARD_QUESTION_INPUT]: question }) });
      Object.values(node).forEach((n) => collect(n, question));
    };
    // The last asks "Which do you mean?", whose choices are examples sent back as questions (verb ask).
    for (const question of [...asked.slice(0, 40), 'brighton - can a young persons drawing or poem go on their record']) collect(answerQuestion(question, ctx), question);
    collect(welcome(ctx), '');
    expect(new Set(pressed.map((p) => p.data.verb))).toEqual(new Set(Object.keys(kindOf)));
    const results = await Promise.all(pressed.map((p) => threads.run(p.kind, p.data, ctx)));
    results.forEach((result, i) => expect(result, JSON.stringify(pressed[i]!.data)).toEqual(doWork(pressed[i]!.kind, pressed[i]!.data, ctx)));
  }, 120_000);

  it("answer with the asker's organisation and working day, not the thread's", async () => {
    const deadline = 'visited a family yesterday with a risk of harm, when must my case note be done?';
    const christmas: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-12-25' };
    const january: AnswerContext = { profile: DEFAULT_PROFILE, today: '2027-01-05' };
    const [before, after] = await Promise.all([threads.run('question', deadline, christmas), threads.run('question', deadline, january)]);
    expect(JSON.stringify(before)).toContain('due 29 December 2026');
    expect(JSON.stringify(after)).toContain('due 5 January 2027');
    expect([before, after]).toEqual([answerQuestion(deadline, christmas), answerQuestion(deadline, january)]);
    const email = 'do I have to put every email on the file?';
    const brightonOnly: AnswerContext = { profile: { ...DEFAULT_PROFILE, policies: ['brighton-hove'] }, today: '2026-12-07' };
    const replies = await threads.run('question', email, brightonOnly);
    expect(JSON.stringify(await threads.run('question', email, ctx))).toContain('Pan Dorset');
    expect(JSON.stringify(replies)).not.toContain('Pan Dorset');
  });

  it('that end mid-answer cost no one their answer: each question is answered on the event loop, the failure told once', async () => {
    const failures: string[] = [];
    const ending = startAnswerThreads(1, { entry: new URL('./fixtures/ending-thread.ts', import.meta.url), onFailure: (code) => failures.push(code) });
    try {
      const questions = QUESTIONS.slice(0, 6);
      const answers = await Promise.all(questions.map((q) => ending.run('question', q, ctx)));
      answers.forEach((replies, i) => expect(replies, questions[i]).toEqual(answerQuestion(questions[i]!, ctx)));
      expect(await ending.run('question', QUESTIONS[6]!, ctx)).toEqual(answerQuestion(QUESTIONS[6]!, ctx));
      expect(failures).toHaveLength(1);
    } finally {
      await ending.close();
    }
  }, 60_000);

  it('that cannot start (a deployment without the entry) leave the server answering on the event loop', async () => {
    const failures: string[] = [];
    const missing = startAnswerThreads(1, { entry: new URL('./fixtures/no-such-entry.cjs', import.meta.url), onFailure: (code) => failures.push(code), startNow: true });
    try {
      const q = 'can I WhatsApp a 15 year old?';
      expect(await missing.run('question', q, ctx)).toEqual(answerQuestion(q, ctx));
      expect(await missing.run('question', q, ctx)).toEqual(answerQuestion(q, ctx));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(/MODULE_NOT_FOUND|Error/);
    } finally {
      await missing.close();
    }
  }, 60_000);

  it('once closed, answer on the event loop (a question arriving while the server stops still gets its answer)', async () => {
    await threads.close();
    expect(await threads.run('question', 'can I WhatsApp a 15 year old?', ctx)).toEqual(answerQuestion('can I WhatsApp a 15 year old?', ctx));
  });
});
