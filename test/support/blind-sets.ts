import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The blind sets already run, named one by one: a new blind set is run once at the end of the work it measures and is read
// by no test before then (a failing test would print its questions).
export const RUN_BLIND_SETS = ['blind-1.json', 'blind-2.json', 'blind-3.json', 'blind-4.json', 'blind-5.json', 'blind-6.json', 'blind-7.json', 'blind-8.json', 'blind-9.json', 'blind-10.json', 'blind-11.json', 'blind-12.json', 'blind-13.json', 'blind-14.json', 'blind-15.json', 'blind-16.json', 'blind-17.json', 'blind-18.json', 'blind-19.json', 'blind-20.json', 'blind-21.json', 'blind-22.json', 'blind-23.json', 'blind-24.json', 'blind-25.json', 'blind-26.json', 'blind-27.json', 'blind-28.json', 'blind-29.json', 'blind-30.json', 'blind-31.json', 'blind-32.json'].map(
  (f) => `blind/${f}`,
);

/** The folder of the evaluation question files (test/eval/), ending in a slash. */
export const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));

/**
 * The evaluation question files, named from EVAL_DIR: test/eval/*.json sorted, then, with `blind`, the blind sets already
 * run. Never an unrun blind set: those are listed nowhere but RUN_BLIND_SETS.
 */
export function evalQuestionFiles(options: { blind?: boolean } = {}): string[] {
  const seen = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.json')).sort();
  return options.blind ? [...seen, ...RUN_BLIND_SETS] : seen;
}

/** Every question of the evaluation question files (evalQuestionFiles), in file order. */
export function evalQuestions(options: { blind?: boolean } = {}): string[] {
  return evalQuestionFiles(options).flatMap((f) => (JSON.parse(readFileSync(`${EVAL_DIR}${f}`, 'utf8')) as { question: string }[]).map((q) => q.question));
}
