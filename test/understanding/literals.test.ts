import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadQuestions } from '../../scripts/eval';
import { answerQuestion } from '../../src/answering/answer';
import { understand } from '../../src/understanding/understand';
import { keptTextCount, literalChecksJson, literalsOf, numberedPatterns, parsedPatterns, setLiteralCheckMode } from '../../src/understanding/literals';
import { EXEMPLARS } from '../../src/understanding/exemplars';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// The pre-check's own behaviour; that it skips no pattern that could match is checked question file by question file in
// literals-verify.test.ts.

const EVAL = join(import.meta.dirname, '..', 'eval');
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' as const };

const globals = globalThis as { BUILT_LITERAL_CHECKS?: string };

afterEach(() => {
  setLiteralCheckMode('on');
  delete globals.BUILT_LITERAL_CHECKS;
  vi.resetModules();
});

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

  it('holds no question text once the answer is given (a name typed in a question does not stay in memory)', () => {
    understand('can I text Kayden Smith-Oduya from my own phone?', { today: ctx.today });
    expect(keptTextCount()).toBeGreaterThan(0);
    answerQuestion('can I text Kayden Smith-Oduya from my own phone?', ctx);
    expect(keptTextCount()).toBe(0);
  });

  it('numbers no new pattern when questions are answered again (the tables do not grow with the answers given)', () => {
    const questions = loadQuestions(join(EVAL, 'questions.json')).map((q) => q.question);
    questions.forEach((q) => answerQuestion(q, ctx));
    const numbered = numberedPatterns();
    questions.forEach((q) => answerQuestion(q, ctx));
    expect(numberedPatterns()).toBe(numbered);
  });

  it('reads questions the same with the requirements the build writes, deriving none of them again', async () => {
    const read = () => Object.values(EXEMPLARS).flat().forEach((q) => understand(q, { today: ctx.today }));
    const written = literalChecksJson(read);
    // Without the build's requirements every pattern is parsed on first use.
    expect(parsedPatterns()).toBeGreaterThan(300);
    expect(Object.keys(JSON.parse(written) as object).length).toBeGreaterThan(300);
    const questions = loadQuestions(join(EVAL, 'questions.json')).map((q) => q.question);
    const atStart = questions.map((q) => JSON.stringify(understand(q, { today: ctx.today })));
    globals.BUILT_LITERAL_CHECKS = written;
    vi.resetModules();
    const literals = (await import('../../src/understanding/literals')) as typeof import('../../src/understanding/literals');
    const fresh = (await import('../../src/understanding/understand')) as typeof import('../../src/understanding/understand');
    expect(fresh.understand).not.toBe(understand);
    literals.setLiteralCheckMode('verify');
    expect(questions.map((q) => JSON.stringify(fresh.understand(q, { today: ctx.today })))).toEqual(atStart);
    expect(literals.literalCheckReport().missed).toEqual([]);
    expect(literals.literalCheckReport().skipped).toBeGreaterThan(100 * questions.length);
    // A pattern the build did not write would be parsed here: none is.
    expect(literals.parsedPatterns()).toBe(0);
    literals.setLiteralCheckMode('on');
  });
});
