import { afterEach, describe, expect, it, vi } from 'vitest';
import { closestTopics, exemplarIndexJson, normalisedExemplars } from '../../src/understanding/closest';
import { REACHES, reachBankJson, reachProvision } from '../../src/understanding/reach';
import { closestProvisions, provisionBankJson, QUOTE_PHRASINGS } from '../../src/understanding/provision-search';

// The production build loads the exemplar index written at build time instead of indexing the bank: every ranking, score
// and coverage must be the same as the index built at start, or the built server would answer differently.

const globals = globalThis as { BUILT_EXEMPLAR_INDEX?: string; BUILT_REACH_BANK?: string; BUILT_PROVISION_BANK?: string };

afterEach(() => {
  delete globals.BUILT_EXEMPLAR_INDEX;
  delete globals.BUILT_REACH_BANK;
  delete globals.BUILT_PROVISION_BANK;
  vi.resetModules();
});

describe('the exemplar index written by the build', () => {
  it('ranks the bank, misspelt and shortened phrasings exactly as the index built at start', async () => {
    const bank = normalisedExemplars();
    // Typos and truncations reach MiniSearch's fuzzy and prefix matching, where the index's shape could show.
    const questions = [...bank, ...bank.map((q) => q.split(' ').map((w) => (w.length > 6 ? `${w.slice(0, -1)}x` : w.length > 5 ? w.slice(0, 5) : w)).join(' '))];
    const atStart = questions.map((q) => closestTopics(q));
    globals.BUILT_EXEMPLAR_INDEX = exemplarIndexJson();
    vi.resetModules();
    const built = (await import('../../src/understanding/closest')) as typeof import('../../src/understanding/closest');
    expect(built.closestTopics).not.toBe(closestTopics);
    expect(questions.map((q) => built.closestTopics(q))).toEqual(atStart);
  });
});

describe('the provision bank written by the build', () => {
  it('reaches the same provision, with the same words and coverage, as the bank built at start', async () => {
    // Each phrasing, and each with its first word dropped, as questions (dates and the bank's own words vary their reach).
    const questions = REACHES.flatMap((r) => r.phrasings.flatMap((p) => [p.toLowerCase(), p.toLowerCase().split(' ').slice(1).join(' ')]));
    const atStart = questions.map((q) => reachProvision(q));
    expect(atStart.filter(Boolean).length).toBeGreaterThan(REACHES.length);
    globals.BUILT_REACH_BANK = reachBankJson();
    vi.resetModules();
    const built = (await import('../../src/understanding/reach')) as typeof import('../../src/understanding/reach');
    expect(built.reachProvision).not.toBe(reachProvision);
    expect(questions.map((q) => built.reachProvision(q))).toEqual(atStart);
  });
});

describe('the bank of provisions quoted, written by the build', () => {
  it('finds the same provisions, with the same words and coverage, as the bank built at start', async () => {
    const questions = [...QUOTE_PHRASINGS, ...REACHES].flatMap((r) => r.phrasings.flatMap((p) => [p.toLowerCase(), p.toLowerCase().split(' ').slice(1).join(' ')]));
    const atStart = questions.map((q) => closestProvisions(q));
    expect(atStart.filter((found) => found.length > 0).length).toBeGreaterThan(QUOTE_PHRASINGS.length);
    globals.BUILT_PROVISION_BANK = provisionBankJson();
    vi.resetModules();
    const built = (await import('../../src/understanding/provision-search')) as typeof import('../../src/understanding/provision-search');
    expect(built.closestProvisions).not.toBe(closestProvisions);
    expect(questions.map((q) => built.closestProvisions(q))).toEqual(atStart);
  });
});
