import { describe, expect, it } from 'vitest';
import { PhrasingBank } from '../../src/understanding/phrasing-bank';
import { PROVISION_ENTRIES, PROVISION_READER, PROVISION_TUNING } from '../../src/understanding/provision-search';

// Phrasing one more provision must not move the answers to questions about the others: which provisions a question is
// close enough to (its distinctive words) may not depend on how many phrasings the whole bank holds.

/** Every provision each question is close enough to, by its place in the bank. */
function reached(entries: readonly { phrasings: readonly string[] }[], questions: readonly string[]): number[][] {
  const bank = PhrasingBank.build(entries, PROVISION_READER, PROVISION_TUNING);
  return questions.map((q) => {
    const question = bank.question(q);
    if (!question) return [];
    return bank.search.search(q, { combineWith: 'OR' }).filter((hit) => bank.closeness(question, hit.id as number, hit.queryTerms).enough).map((hit) => hit.id as number).sort((a, b) => a - b);
  });
}

// Practitioners' own questions about the banked provisions: each phrasing with its first words left off.
const questions = PROVISION_ENTRIES.flatMap((e) => e.phrasings.slice(0, 2).map((p) => p.toLowerCase().split(' ').slice(1).join(' ')));

describe('the provision bank as it grows', () => {
  it('reaches the same provisions when many phrasings of an unrelated provision are added', () => {
    const unrelated = { phrasings: Array.from({ length: 60 }, (_, i) => `solar eclipse telescope lens batch ${i} quarantine zeppelin`) };
    expect(reached([...PROVISION_ENTRIES, unrelated], questions)).toEqual(reached(PROVISION_ENTRIES, questions));
  });

  it('keeps an everyday word as it was when one more provision is phrased with it', () => {
    const everyday = { phrasings: ['went to see mum at home on a visit', 'mum at home asked me to see the family', 'a home visit to see mum'] };
    expect(reached([...PROVISION_ENTRIES, everyday], questions)).toEqual(reached(PROVISION_ENTRIES, questions));
  });
});
