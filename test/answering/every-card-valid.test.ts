import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion, welcome, type Reply } from '../../src/answering/answer';
import { MAX_CARD_BYTES, validateCard } from '../../src/cards/validate';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// Every card the bot would send for the practitioner question set parses as Teams would and stays well under 80 KB.
const questions = (JSON.parse(readFileSync(join(import.meta.dirname, '../eval/questions.json'), 'utf8')) as { question: string }[]).map((q) => q.question);
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };

describe('cards for the whole question set', () => {
  const replies: Reply[] = [...welcome(ctx), ...questions.flatMap((q) => answerQuestion(q, ctx))];

  it('have no Adaptive Cards warnings or errors at schema 1.5', () => {
    const problems = replies.flatMap((r, i) => validateCard(r.card).map((p) => `card ${i}: ${p.message}`));
    expect(problems).toEqual([]);
    expect(new Set(replies.map((r) => r.card.version))).toEqual(new Set(['1.5']));
  });

  it('stay well under 80 KB (largest under half of it)', () => {
    const sizes = replies.map((r) => Buffer.byteLength(JSON.stringify(r.card), 'utf8'));
    expect(Math.max(...sizes)).toBeLessThan(MAX_CARD_BYTES / 2);
  });
});
