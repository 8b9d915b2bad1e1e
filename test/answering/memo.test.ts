import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext } from '../../src/answering/answer';
import { memoiseAnswers } from '../../src/answering/memo';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

const flatten = (v: unknown): string => JSON.stringify(v);
const ctx = (today: string, policies = DEFAULT_PROFILE.policies): AnswerContext => ({ profile: { ...DEFAULT_PROFILE, policies }, today });

describe('answers memo', () => {
  const question = 'visited a family yesterday with a risk of harm, when must my case note be done?';

  it('gives the same cards as answering afresh, and reuses them for the same question', () => {
    const memo = memoiseAnswers(answerQuestion, 10);
    const first = memo(question, ctx('2026-12-23'));
    expect(flatten(first)).toBe(flatten(answerQuestion(question, ctx('2026-12-23'))));
    expect(memo(question, ctx('2026-12-23'))).toEqual(first);
  });

  it('answers afresh on another day, so a deadline is never stale', () => {
    const memo = memoiseAnswers(answerQuestion, 10);
    // Asked on Christmas Day about Christmas Eve: Boxing Day's substitute (28th) pushes it to the 29th.
    const before = flatten(memo(question, ctx('2026-12-25')));
    const after = flatten(memo(question, ctx('2027-01-05')));
    expect(before).toContain('due 29 December 2026');
    expect(after).not.toContain('29 December 2026');
    expect(after).toContain('due 5 January 2027');
  });

  it('answers afresh for another organisation profile', () => {
    const memo = memoiseAnswers(answerQuestion, 10);
    const all = flatten(memo('do I have to put every email on the file?', ctx('2026-11-23')));
    const brightonOnly = flatten(memo('do I have to put every email on the file?', ctx('2026-11-23', ['brighton-hove'])));
    expect(all).toContain('Pan Dorset');
    expect(brightonOnly).not.toContain('Pan Dorset');
  });

  it('forgets the least recently used answer beyond its size, and gives each turn its own copy', () => {
    const memo = memoiseAnswers(answerQuestion, 1);
    const a = memo('whatsapp consent?', ctx('2026-11-23'));
    memo('how long do we keep LAC records?', ctx('2026-11-23'));
    expect(memo.held()).toHaveLength(2);
    expect(memo('whatsapp consent?', ctx('2026-11-23'))).toEqual(a);
    // Each turn gets its own copy: one changing its cards cannot change another's.
    const b = memo('whatsapp consent?', ctx('2026-11-23'));
    (b[0] as unknown as { card: { body: unknown[] } }).card.body.length = 0;
    expect(memo('whatsapp consent?', ctx('2026-11-23'))).toEqual(a);
  });

  it('keys by a hash and keeps no raw question text (names, numbers), yet gives the asker their own words back', () => {
    const memo = memoiseAnswers(answerQuestion, 10);
    const asked = 'can Jordan Smith on 07700 900123 WhatsApp me? she is 15 "quoted"';
    const first = memo(asked, ctx('2026-11-23'));
    expect(flatten(first)).toContain('Jordan Smith on 07700 900123');
    const held = memo.held().join(' ');
    expect(held).not.toMatch(/Jordan|07700|900123|quoted/);
    const again = memo(asked, ctx('2026-11-23'));
    expect(again).toEqual(first);
    expect(flatten(again)).toBe(flatten(answerQuestion(asked, ctx('2026-11-23'))));
    const long = `${'can I text a 15 year old about Jordan '.repeat(20)}?`;
    memo(long, ctx('2026-11-23'));
    expect(memo.held().join(' ')).not.toMatch(/Jordan/);
    expect(flatten(memo(long, ctx('2026-11-23')))).toBe(flatten(answerQuestion(long, ctx('2026-11-23'))));
  });

  it('keeps an answer given later (from an answering thread) and gives it back at once; a failed answer is not kept', async () => {
    let calls = 0;
    const later = (text: string, c: AnswerContext) => {
      calls += 1;
      return text === 'fails' ? Promise.reject(new Error('thread ended')) : Promise.resolve(answerQuestion(text, c));
    };
    const memo = memoiseAnswers(later, 10);
    const first = await memo('can I WhatsApp a 15 year old?', ctx('2026-11-23'));
    expect(flatten(first)).toBe(flatten(answerQuestion('can I WhatsApp a 15 year old?', ctx('2026-11-23'))));
    // Kept: the same question again is answered from the memo, now, without asking the thread.
    const again = memo('can I WhatsApp a 15 year old?', ctx('2026-11-23'));
    expect(again).toEqual(first);
    expect(calls).toBe(1);
    await expect(memo('fails', ctx('2026-11-23'))).rejects.toThrow('thread ended');
    await expect(memo('fails', ctx('2026-11-23'))).rejects.toThrow('thread ended');
    expect(calls).toBe(3);
    expect(memo.held()).toHaveLength(2);
  });
});
