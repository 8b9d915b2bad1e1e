import { answerQuestion } from '../src/answering/answer';
import { DEFAULT_PROFILE } from '../src/guidance/profile';
import { evalQuestions } from '../test/support/blind-sets';

// Answer card sizes over the evaluation questions: what each fresh answer costs to render and send.

export function answerCardSizes(): { count: number; medianBytes: number; largestBytes: number } {
  const questions = evalQuestions();
  const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
  const sizes = questions
    .flatMap((q) => answerQuestion(q, ctx))
    .filter((r) => r.rulings.length > 0 && r.rulings[0]!.topic !== 'not-covered')
    .map((r) => Buffer.byteLength(JSON.stringify(r.card)))
    .sort((a, b) => a - b);
  return { count: sizes.length, medianBytes: sizes[Math.floor(sizes.length / 2)] ?? 0, largestBytes: sizes.at(-1) ?? 0 };
}
