import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuestions } from '../../scripts/eval';
import { answerQuestion } from '../../src/answering/answer';
import { understand } from '../../src/understanding/understand';
import { literalCheckReport, literalsOf, setLiteralCheckMode } from '../../src/understanding/literals';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// The pre-check may only ever skip a pattern that could not have matched: checked on every evaluation question.

const EVAL = join(import.meta.dirname, '..', 'eval');
const files = [
  ...readdirSync(EVAL).filter((f) => f.endsWith('.json')).map((f) => join(EVAL, f)),
  ...readdirSync(join(EVAL, 'blind')).filter((f) => f.endsWith('.json')).map((f) => join(EVAL, 'blind', f)),
];
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' as const };

afterEach(() => setLiteralCheckMode('on'));

describe('literal pre-check', () => {
  it('derives the words a pattern needs from the pattern', () => {
    expect(literalsOf(/\be-?mails?\b/)).toEqual(['mail']);
    expect(literalsOf(/\b(my )?(own|home) phone\b/)).toEqual([' phone']);
    expect([...(literalsOf(/\binstagram\b|\bsnap(chat)?\b/) ?? [])].sort()).toEqual(['instagram', 'snap']);
    expect(literalsOf(/\brisk[- ]assess(ed|ment)\b/)).toEqual(['assess']);
  });

  it('never pre-checks a pattern with a branch that needs no word, nor one whose flags change matching', () => {
    expect(literalsOf(/\bphone\b|\d{4}/)).toBeUndefined();
    expect(literalsOf(/(phone)?/)).toBeUndefined();
    expect(literalsOf(/phone/i)).toBeUndefined();
    expect(literalsOf(/phone/g)).toBeUndefined();
  });

  it('skips no pattern that could match, and changes no answer, over every evaluation question', () => {
    const questions = files.flatMap((f) => loadQuestions(f).map((q) => q.question));
    expect(questions.length).toBeGreaterThan(1000);
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
  }, 120_000);
});
