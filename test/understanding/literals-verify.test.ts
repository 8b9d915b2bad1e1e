import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestions } from '../../scripts/eval';
import { answerQuestion } from '../../src/answering/answer';
import { understand } from '../../src/understanding/understand';
import { literalCheckReport, setLiteralCheckMode } from '../../src/understanding/literals';
import { RUN_BLIND_SETS } from '../support/blind-sets';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// The pre-check may only ever skip a pattern that could not have matched: checked on every evaluation question, one
// question file per test so no single test runs for minutes.

const EVAL = join(import.meta.dirname, '..', 'eval');
const files = [
  ...readdirSync(EVAL).filter((f) => f.endsWith('.json')).map((f) => join(EVAL, f)),
  ...RUN_BLIND_SETS.map((f) => join(EVAL, f)),
];
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' as const };

afterEach(() => setLiteralCheckMode('on'));

describe('literal pre-check over every evaluation question', () => {
  it('covers every question file', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(files.reduce((n, f) => n + loadQuestions(f).length, 0)).toBeGreaterThan(7000);
  });

  it.each(files.map((f) => [basename(f), f]))('skips no pattern that could match, and changes no answer: %s', (_name, file) => {
    const questions = loadQuestions(file).map((q) => q.question);
    setLiteralCheckMode('verify');
    questions.forEach((q) => answerQuestion(q, ctx));
    const { skipped, missed } = literalCheckReport();
    expect(missed).toEqual([]);
    // It does skip: most patterns cannot match most questions.
    expect(skipped / questions.length).toBeGreaterThan(100);
    setLiteralCheckMode('off');
    const unchecked = questions.map((q) => JSON.stringify(understand(q, { today: ctx.today })));
    setLiteralCheckMode('on');
    expect(questions.map((q) => JSON.stringify(understand(q, { today: ctx.today })))).toEqual(unchecked);
  }, 60_000);
});
