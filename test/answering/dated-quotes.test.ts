import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { citation } from '../../src/guidance/citations';
import { defaultGuidance } from '../../src/guidance/default-guidance';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// A card that gives a computed date quotes the provision the date comes from, in the seed's own characters: a practitioner
// (or a reviewer) searching the card for the words they copied from the policy finds them, no-break spaces included.

const NBSP = '\u00a0';
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

  it('quotes a provision as the seed spaces it, keeping its no-break spaces', () => {
    expect(citation('nottinghamshire/timely').quote).toContain(`within 5 working days${NBSP}of contact`);
    expect(citation('nottinghamshire/timely').quote).toContain(`recording must be completed by the${NBSP}following working day`);
  });

  it.each([
    ['routine: five working days', "notts - did a home visit friday, nothing concerning. when's the latest the case note can go on mosaic?", `within 5 working days${NBSP}of contact`],
    ['harm: the following working day', 'notts, kid disclosed dad hit him at yesterdays visit. when do i have to have it recorded by?', `recording must be completed by the${NBSP}following working day`],
  ])('a Nottinghamshire deadline card (%s) carries the seed words of its provision', (_kind, question, seedWords) => {
    expect(cardOf(question)).toContain(seedWords);
  });

  it('still finds the wording of a quote with no-break spaces when reading its verdict', () => {
    // The sources never repeat a quote the answer shows, whatever its spaces.
    const card = cardOf("notts - did a home visit friday, nothing concerning. when's the latest the case note can go on mosaic?");
    expect(card.split('Case notes must be recorded on MOSAIC').length - 1).toBe(1);
  });
});
