import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { bestOfEachGroup, forEachHit, remembersTermResults, topHits } from '../../src/language/term-results';

// Kept term results are shared by every search: a search must rank as plain MiniSearch does, and leave them as they were.

const DOCS = [
  'text the parent from a work phone',
  'a work mobile is for texts to young people',
  'record every text message on the file',
  'phone calls and text messages out of hours',
  'the parent asked for a copy of the file',
  'text text text the parent',
].map((text, id) => ({ id, text, kind: id % 2 === 0 ? 'even' : 'odd' }));

const OPTIONS = { fields: ['text'], storeFields: ['kind'] };
const SEARCH = { combineWith: 'OR', prefix: (t: string) => t.length >= 4, fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false) } as const;
const QUERIES = ['text parent phone', 'parent text text', 'file', 'mobile phon messag', 'nothing here', 'text the parent from a work phone file'];

function plain(): MiniSearch<(typeof DOCS)[number]> {
  const s = new MiniSearch<(typeof DOCS)[number]>(OPTIONS);
  s.addAll(DOCS);
  return s;
}

/** A query's terms as the index reads them (these queries are lower-case words already): the search functions take them read. */
const termsOf = (q: string): string[] => q.split(' ');

const ranked = (s: MiniSearch<(typeof DOCS)[number]>, q: string, options: object = SEARCH) =>
  s.search(q, options).map((r) => ({ id: r.id as number, score: r.score, queryTerms: [...r.queryTerms], terms: r.terms, kind: r.kind as string }));

describe('remembered term results', () => {
  it('rank every query as plain MiniSearch does, however often and in whatever order the terms are searched', () => {
    const kept = new Map();
    const remembering = remembersTermResults(plain(), () => true, kept);
    for (let round = 0; round < 3; round++) {
      for (const q of round === 1 ? [...QUERIES].reverse() : QUERIES) {
        expect(ranked(remembering, q), q).toEqual(ranked(plain(), q));
        // An AND search over the same kept terms changes nothing either.
        expect(ranked(remembering, q, { ...SEARCH, combineWith: 'AND' }), `${q} (AND)`).toEqual(ranked(plain(), q, { ...SEARCH, combineWith: 'AND' }));
      }
    }
    expect(kept.size).toBeGreaterThan(3);
  });

  it('give every hit once, with the score and query terms search() gives it, in the order search() ranks ties', () => {
    const remembering = remembersTermResults(plain(), () => true, new Map());
    for (const q of QUERIES) {
      const hits: { id: number; score: number; queryTerms: string[]; kind: string }[] = [];
      const seen: { id: number; score: number; hit: number; kind: string }[] = [];
      const queryTermsOf = forEachHit(remembering, termsOf(q), SEARCH, (id, score, hit, stored) => seen.push({ id: id as number, score, hit, kind: stored!.kind as string }));
      for (const { hit, ...h } of seen) hits.push({ ...h, queryTerms: [...queryTermsOf(hit)] });
      const sorted = [...hits].sort((a, b) => b.score - a.score);
      expect(sorted, q).toEqual(ranked(plain(), q).map(({ terms: _terms, ...r }) => r));
    }
  });

  it('rank a query of more distinct words than the fast path counts (over 31) as plain MiniSearch does', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const docs = words.map((w, id) => ({ id, text: `${w} ${words[(id + 1) % words.length]!} common`, kind: 'odd' }));
    const build = () => {
      const s = new MiniSearch<(typeof docs)[number]>(OPTIONS);
      s.addAll(docs);
      return s;
    };
    const remembering = remembersTermResults(build(), () => true, new Map());
    const q = `${words.join(' ')} common`;
    const seen: { id: number; score: number; queryTerms: string[] }[] = [];
    const queryTermsOf = forEachHit(remembering, termsOf(q), SEARCH, (id, score, hit) => seen.push({ id: id as number, score, queryTerms: [hit] as unknown as string[] }));
    const hits = seen.map((h) => ({ ...h, queryTerms: [...queryTermsOf(h.queryTerms[0] as unknown as number)] })).sort((a, b) => b.score - a.score);
    const plainHits = build().search(q, SEARCH).map((r) => ({ id: r.id as number, score: r.score, queryTerms: [...r.queryTerms] }));
    expect(hits).toEqual(plainHits);
    expect(plainHits[0]!.queryTerms.length).toBeGreaterThan(31);
    const best = (ties: 'found' | 'added') => topHits(remembering, termsOf(q), SEARCH, { limit: 5, ties }).map((h) => ({ ...h, queryTerms: [...h.queryTerms] }));
    expect(best('found')).toEqual(plainHits.slice(0, 5));
    expect(best('added')).toEqual([...plainHits].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 5));
  });

  it('give a query\'s best few (of those kept) as plain MiniSearch ranks them, ties in the order found', () => {
    const remembering = remembersTermResults(plain(), () => true, new Map());
    for (const q of QUERIES) {
      for (const limit of [1, 2, 3, 10]) {
        const best = (keep?: (id: number) => boolean) => ranked(plain(), q).filter((r) => !keep || keep(r.id)).slice(0, limit).map(({ id, score, queryTerms }) => ({ id, score, queryTerms }));
        expect(topHits(remembering, termsOf(q), SEARCH, { limit }).map((h) => ({ ...h, queryTerms: [...h.queryTerms] })), q).toEqual(best());
        const odd = (id: number) => id % 2 === 1;
        expect(topHits(remembering, termsOf(q), SEARCH, { limit, keep: (id) => odd(id as number) }).map((h) => ({ ...h, queryTerms: [...h.queryTerms] })), q).toEqual(best(odd));
      }
    }
  });

  it('give a query\'s best few with ties in the order the documents were added, when asked', () => {
    const remembering = remembersTermResults(plain(), () => true, new Map());
    for (const q of QUERIES) {
      for (const limit of [1, 2, 3, 10]) {
        const best = ranked(plain(), q).sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit).map(({ id, score, queryTerms }) => ({ id, score, queryTerms }));
        expect(topHits(remembering, termsOf(q), SEARCH, { limit, ties: 'added' }).map((h) => ({ ...h, queryTerms: [...h.queryTerms] })), q).toEqual(best);
      }
    }
  });

  it('give each group\'s best as plain MiniSearch ranks them: the first of each group in its ranking, best first', () => {
    const remembering = remembersTermResults(plain(), () => true, new Map());
    const groupOf = Int32Array.from(DOCS, (d) => d.id % 3);
    for (const q of QUERIES) {
      const { best, queryTermsOf } = bestOfEachGroup(remembering, termsOf(q), SEARCH, groupOf, 3);
      const got = best.map((b) => ({ group: b.group, score: b.score, kind: b.stored!.kind, queryTerms: [...queryTermsOf(b.hit)] }));
      const firsts = ranked(plain(), q).filter((r, i, all) => all.findIndex((o) => o.id % 3 === r.id % 3) === i);
      expect(got, q).toEqual(firsts.map((r) => ({ group: r.id % 3, score: r.score, kind: r.kind, queryTerms: r.queryTerms })));
    }
  });
});
