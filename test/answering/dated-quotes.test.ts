import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { defaultGuidance } from '../../src/guidance/default-guidance';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// A card that gives a computed date quotes the provision the date comes from: the rule showing the date cites it, so its
// words are on the card ("within 5 working days of contact", "by the following working day").

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2030-04-16' };
const cardOf = (question: string): string => answerQuestion(question, ctx).flatMap((r) => cardText(r.card)).join('\n');

describe('dated cards quote where the date comes from', () => {
  it('every rule that shows a computed date cites a provision the date is worked out from', () => {
    const guidance = defaultGuidance();
    const missing: string[] = [];
    for (const { rules } of guidance.topics.values())
      for (const rule of rules) {
        const names = new Set([...JSON.stringify(rule).matchAll(/computed\.([A-Za-z]+)/g)].map((m) => m[1]!));
        for (const name of names) {
          const date = guidance.dates.get(name);
          if (date && !date.cite.some((c) => rule.cite.includes(c))) missing.push(`${rule.id} shows ${name} without citing ${date.cite.join(', ')}`);
        }
      }
    expect(missing).toEqual([]);
  });

  it.each([
    ['routine: five working days', "notts - did a home visit friday, nothing concerning. when's the latest the case note can go on mosaic?", 'within 5 working days of contact'],
    ['harm: the following working day', 'notts, kid disclosed dad hit him at yesterdays visit. when do i have to have it recorded by?', 'recording must be completed by the following working day'],
  ])('a Nottinghamshire deadline card (%s) quotes the words its date comes from', (_kind, question, seedWords) => {
    expect(cardOf(question)).toContain(seedWords);
  });
});
