import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { keptStemWords, stem } from '../../src/language/stems';

// Stems are kept between questions only for words of the program's own texts (the guidance, the exemplar bank).

describe('stems kept between questions', () => {
  it('are the stems stemmer gives, and never a name or number a practitioner typed', () => {
    const question = 'can I whatsapp Kezziah Blandford-Oyelaran about her contact on 07700 900123 from my personal mobile?';
    const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
    const first = answerQuestion(question, ctx);
    expect(answerQuestion(question, ctx)).toEqual(first);
    const kept = keptStemWords();
    expect(kept).toEqual(expect.arrayContaining(['whatsapp', 'contact', 'personal', 'mobile']));
    expect(kept.join(' ')).not.toMatch(/kezz|blandford|oyelaran|0770|900123/);
    for (const word of ['kezziah', 'personal', 'mobile', 'recording', 'safeguarding']) expect(stem(word)).toBe(stemmer(word));
  });
});
