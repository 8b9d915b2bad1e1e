import { describe, expect, it } from 'vitest';
import { answerAgain, answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { engineGuidance } from '../../src/answering/guidance';
import { termAsked } from '../../src/answering/term-ask';
import { NOT_COVERED_SENTENCE } from '../../src/answering/views';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { findInCard, received } from '../support/card-search';

// A practitioner asking what a term of their council's guidance means ("what does MIRRA stand for?") is told, from the
// provision that defines it, rather than "not covered".

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-12-07' };

type Block = { type?: string; id?: string; text?: string; isVisible?: boolean; items?: Block[] };
const body = (r: Reply) => (r.card.body as Block[]) ?? [];
const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => [...(b.text ? [b.text] : []), ...texts(b.items ?? [])]);
const top = (r: Reply) => texts(body(r).filter((b) => b.id !== 'details')).join('\n');
const all = (r: Reply) => texts(body(r)).join('\n');
const defined = engineGuidance.terms!();

describe('what a term means', () => {
  it.each([
    ['what does MIRRA stand for again lol', 'brighton-hove/mirra'],
    ["what's MIRRA? my PE mentioned it in supervision", 'brighton-hove/mirra'],
    ['what are the mirra principles?', 'brighton-hove/mirra'],
    ['keep hearing about one story in team meetings - what is it?', 'brighton-hove/one-story'],
    ['whats One Story recording about', 'brighton-hove/one-story'],
    ['can you explain one story', 'brighton-hove/one-story'],
    // The council's own names first, read from the policy's places.
    ["what are brighton and hove's mirra principles?", 'brighton-hove/mirra'],
    ["what's bhcc's one story?", 'brighton-hove/one-story'],
  ])('reads "%s" as asking what a term means', (q, id) => {
    expect(termAsked(q, defined)?.term.provision.id).toBe(id);
  });

  it.each([
    'what does MIRRA say about deleting parts of a record?',
    'brighton - what does MIRRA actually mean for how i write? the family disagree with my assessment',
    'what is mirra principle 9 about',
    'do I have to record every phone call under one story?',
    'what is a strategy discussion?',
  ])('leaves "%s" to the rules: it asks what the term says or requires, or names no term', (q) => {
    expect(termAsked(q, defined)).toBeUndefined();
  });

  it('answers with the meaning and its council first, the defining provision and its list under Details', () => {
    const [reply, ...more] = answerQuestion('what does MIRRA stand for again, TM keeps mentioning it', ctx);
    expect(more).toEqual([]);
    expect(top(reply!)).toContain('MIRRA (Brighton and Hove City Council): Memory – Identity – Rights in Records – Access');
    expect(top(reply!)).not.toContain(NOT_COVERED_SENTENCE);
    // The provision is quoted, and the principles it introduces are listed under it, numbered and word for word.
    expect(all(reply!)).toContain('Brighton and Hove has adopted the MIRRA (Memory – Identity – Rights in Records – Access) recording principles:');
    expect(all(reply!)).toContain("**What Brighton and Hove City Council's policy lists under MIRRA (11)**");
    expect(all(reply!)).toContain('1. Care-experienced people (children, young people and adult care leavers of any age)');
    expect(all(reply!)).toContain('11. Records should be indexed, organised and stored');
    expect(reply!.rulings).toEqual([{ topic: 'guidance-term', ruleIds: ['brighton-hove/mirra'], guidanceVersion: engineGuidance.guidanceVersion(), verdict: 'definition' }]);
  });

  it("answers the message's other asks after the term, as asked (no council read into them)", () => {
    const replies = answerQuestion('whats One Story recording about and what has to be on every childs record as a minimum?', ctx);
    expect(replies).toHaveLength(2);
    expect(top(replies[0]!)).toContain("One Story (Brighton and Hove City Council): Brighton and Hove's model of relationship-based recording and assessment");
    expect(all(replies[1]!)).toContain('a chronology, a genogram');
    expect(all(replies[1]!)).not.toContain('You named');
  });

  it('answers a safeguarding question told after a short term ask, never dropping it', () => {
    const replies = answerQuestion('whats mirra? a 13 yo messaged me on snapchat saying dad hit him, what do i do?', ctx);
    expect(replies.map((r) => r.rulings[0]?.topic)).toEqual(['guidance-term', 'incident']);
    expect(top(replies[1]!)).toContain('safeguarding procedures');
  });

  it('answers every ask after the term, however they are joined', () => {
    const replies = answerQuestion('what does mirra stand for? does it apply in notts? how soon must i record a visit?', ctx);
    expect(replies[0]!.rulings[0]?.topic).toBe('guidance-term');
    expect(replies.slice(1).some((r) => r.rulings[0]?.topic === 'recording-deadline')).toBe(true);
  });

  it('says a question of its own after the term is not covered rather than leaving it out', () => {
    const asked = answerQuestion('what does MIRRA stand for? also can i claim mileage for visits?', ctx);
    expect(asked.map((r) => r.rulings[0]?.topic)).toEqual(['guidance-term', 'not-covered']);
  });

  it('gives no card of its own to a remark after the term, or a question about the term itself', () => {
    for (const q of ['what does MIRRA stand for again, TM keeps mentioning it', 'what does MIRRA stand for and why does it matter for my recording?']) {
      expect(answerQuestion(q, ctx).map((r) => r.rulings[0]?.topic)).toEqual(['guidance-term']);
    }
  });

  it('explains two terms asked in one message, each on its card, and each card\'s "Helpful" keeps it', () => {
    const replies = answerQuestion("what's mirra and what's one story?", ctx);
    expect(replies.map((r) => r.rulings[0]?.ruleIds)).toEqual([['brighton-hove/mirra'], ['brighton-hove/one-story']]);
    for (const reply of replies) {
      const [helpful] = findInCard(reply.card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
      expect(answerAgain(received(reply.card, helpful), ctx)?.card).toEqual(reply.card);
    }
  });

  it('explains a term once however often a long message asks it', () => {
    const replies = answerQuestion(Array.from({ length: 60 }, () => "what's mirra?").join(' '), ctx);
    expect(replies.map((r) => r.rulings[0]?.topic)).toEqual(['guidance-term']);
  });

  it('is not covered for an organisation that does not follow the defining policy', () => {
    const cardiff: AnswerContext = { ...ctx, profile: { ...DEFAULT_PROFILE, policies: ['cardiff-vale'] } };
    const replies = answerQuestion('what does MIRRA stand for?', cardiff);
    expect(replies.map((r) => r.rulings[0]?.topic)).toEqual(['not-covered']);
  });

  it('"Helpful" on either card keeps that very card in view', () => {
    for (const reply of answerQuestion('whats One Story recording about and what has to be on every childs record as a minimum?', ctx)) {
      const [helpful] = findInCard(reply.card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
      expect(answerAgain(received(reply.card, helpful), ctx)?.card).toEqual(reply.card);
    }
  });
});
