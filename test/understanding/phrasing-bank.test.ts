import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/understanding/normalise';
import { PhrasingBank } from '../../src/understanding/phrasing-bank';
import { closestProvisions } from '../../src/understanding/provision-search';
import { PHRASING_READER, REACHES } from '../../src/understanding/reach';

// Reach and the provisions quoted share one phrasing bank, which keeps what each of its words finds: a question must find
// the same provisions, scores and closeness from kept results as from a fresh search, or a card would quote another provision.

describe('the phrasing bank', () => {
  const questions = REACHES.flatMap((r) => r.phrasings.flatMap((p) => [p.toLowerCase(), p.toLowerCase().split(' ').slice(2).join(' ')]));
  const found = (bank: PhrasingBank, q: string) => {
    const question = bank.question(q);
    return bank.search.search(q, { combineWith: 'OR' }).map((hit) => ({ id: hit.id, score: hit.score, ...(question && bank.closeness(question, hit.id as number, hit.queryTerms)) }));
  };

  it('finds, from the results it keeps per word, exactly what a fresh search finds', () => {
    const remembering = PhrasingBank.lazy(() => REACHES, PHRASING_READER, () => undefined)();
    const plain = PhrasingBank.build(REACHES, PHRASING_READER);
    const first = questions.map((q) => found(remembering, q));
    // Asked again, every word's results come from what was kept.
    expect(questions.map((q) => found(remembering, q))).toEqual(first);
    expect(questions.map((q) => found(plain, q))).toEqual(first);
    expect(first.filter((hits) => hits.some((h) => h.enough)).length).toBeGreaterThan(REACHES.length);
  });

  it('reads a bank written by the build as the one it was built from', () => {
    const built = PhrasingBank.build(REACHES, PHRASING_READER);
    const loaded = PhrasingBank.load(built.toJSON(), PHRASING_READER);
    expect(questions.map((q) => found(loaded, q))).toEqual(questions.map((q) => found(built, q)));
  });

  it("reads a phrasing's shorthand as a question's is read: 'LAC' in a phrasing meets 'LAC' typed, spelt out", () => {
    const bank = PhrasingBank.build([{ phrasings: ['can my TM sign off the LAC review notes', 'does the TM agree the LAC review record', 'TM checking a LAC review write up'] }], PHRASING_READER);
    const typed = normalise('my TM wants to see the LAC review first').text;
    const question = bank.question(typed)!;
    const [hit] = bank.search.search(typed, { combineWith: 'OR' });
    expect(bank.closeness(question, hit!.id as number, hit!.queryTerms).matched).toEqual(expect.arrayContaining(['team', 'manag', 'look', 'child', 'review']));
  });

  it("finds a provision by the shorthand its phrasings name ('abbreviations like CIN and CP'), as a question types it", () => {
    const asked = closestProvisions(normalise('can i put abbreviations like LAC and CP in case notes').text, { runnersUp: 'all' });
    expect(asked.find((m) => m.provision === 'nottinghamshire/plain-language')?.matched).toEqual(expect.arrayContaining(['abbrevi', 'child', 'protect']));
  });

  it('weighs nothing in a question none of whose words count', () => {
    expect(PhrasingBank.build(REACHES, PHRASING_READER).question('what can I do about it today?')).toBeUndefined();
  });
});
