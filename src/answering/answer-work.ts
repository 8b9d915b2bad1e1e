import { answerAction, answerAgain, answerQuestion, answerSummary, type AnswerContext } from './answer';

// What an answering thread can do (src/answering/answer-threads.ts): each a pure function of its input and the asker's
// organisation and working day, so a thread gives exactly what the event loop would.

export const ANSWER_WORK = {
  /** A typed question. */
  question: (text: string, ctx: AnswerContext) => answerQuestion(text, ctx),
  /** An answer card's button that answers anew: a follow-up choice, an example question, just the wording. */
  action: (data: Record<string, unknown>, ctx: AnswerContext) => answerAction(data, ctx),
  /** The answer a card's button was on, rebuilt from what the button carries (feedback updates its own row of it). */
  again: (data: Record<string, unknown>, ctx: AnswerContext) => answerAgain(data, ctx),
  /** The one line and ruling of the answer a button was on, for a person asked about it. */
  summary: (data: Record<string, unknown>, ctx: AnswerContext) => answerSummary(data, ctx),
};

export type AnswerWork = typeof ANSWER_WORK;
export type WorkKind = keyof AnswerWork;
export type WorkInput<K extends WorkKind> = Parameters<AnswerWork[K]>[0];
export type WorkResult<K extends WorkKind> = ReturnType<AnswerWork[K]>;

/** The work done here, on the event loop (no threads, injected guidance, or threads that failed). */
export const doWork = <K extends WorkKind>(kind: K, input: WorkInput<K>, ctx: AnswerContext): WorkResult<K> =>
  (ANSWER_WORK[kind] as (input: WorkInput<K>, ctx: AnswerContext) => WorkResult<K>)(input, ctx);
