import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/answering/answer';
import { DEFAULT_PROFILE } from '../src/guidance/profile';

// Answer card sizes over the evaluation questions: what each fresh answer costs to render and send.

const EVAL_DIR = fileURLToPath(new URL('../test/eval/', import.meta.url));

export function answerCardSizes(): { count: number; medianBytes: number; largestBytes: number } {
  const questions = readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(`${EVAL_DIR}${f}`, 'utf8')) as { question: string }[]).map((q) => q.question));
  const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
  const sizes = questions
    .flatMap((q) => answerQuestion(q, ctx))
    .filter((r) => r.rulings.length > 0 && r.rulings[0]!.topic !== 'not-covered')
    .map((r) => Buffer.byteLength(JSON.stringify(r.card)))
    .sort((a, b) => a - b);
  return { count: sizes.length, medianBytes: sizes[Math.floor(sizes.length / 2)] ?? 0, largestBytes: sizes.at(-1) ?? 0 };
}
