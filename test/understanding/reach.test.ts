import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { defaultGuidance } from '../../src/guidance/default-guidance';
import type { Situation } from '../../src/guidance/situation';
import { REACHES, reachProvision } from '../../src/understanding/reach';
import { understand } from '../../src/understanding/understand';

// Provisions the fact tables do not reach, found by closeness to their practitioners' phrasings: each one's facts must
// lead to a rule that quotes it, and a question phrased in other words must be answered by that provision.

const today = '2026-11-22';
const guidance = defaultGuidance();
const cited = (situation: Situation): string[] => {
  const r = decide(situation, { profile: DEFAULT_PROFILE, today });
  return [...r.citations, ...r.conditions.flatMap((c) => c.citations), ...r.actions.flatMap((a) => a.citations)].map((c) => c.id);
};

describe('provisions reached by their practitioners\u2019 phrasings', () => {
  it.each(REACHES.map((r) => [r.provision, r] as const))('%s: its topic and facts give a ruling that quotes it', (_id, reach) => {
    expect(guidance.provisions.has(reach.provision)).toBe(true);
    expect(cited({ topic: reach.topic, ...reach.facts } as Situation)).toContain(reach.provision);
  });

  // Written for this test in words none of the bank's phrasings use together.
  it.each([
    ["grandad's eyesight is very poor, can we send him the plan in a format he can manage?", 'record-writing', 'writing', 'accessible'],
    ['the risk to the toddler is now judged significant after the strategy discussion, what does my recording need to include?', 'what-to-record', 'entry', 'risk'],
    ['the family moves to the long term team on friday, what should I check on eclipse first?', 'data-security', 'handling', 'post'],
    ['mum has said she does not want her drug history passed to the health visitor. what do I do with that?', 'information-sharing', undefined, undefined],
  ] as const)('%s', (question, topic, fact, value) => {
    const u = understand(question, { today });
    expect(u.situation?.topic).toBe(topic);
    if (fact) expect(u.situation?.[fact]).toBe(value);
    expect(u.recognised.some((r) => r.fact === 'provision')).toBe(true);
  });

  it('reaches nothing on words every topic shares or on a question the guidance does not cover', () => {
    expect(reachProvision('can a young person and their family send it to us')).toBeUndefined();
    expect(reachProvision('what can i bring to a home visit for lunch')).toBeUndefined();
    // A near miss the guidance does not answer is left as one, however many words it shares with a provision.
    const dbs = understand('how long does a dbs check take for a new worker?', { today });
    expect(dbs.situation).toBeNull();
    expect(dbs.recognised.some((r) => r.fact === 'provision')).toBe(false);
  });

  it('never overrides a fact the question\u2019s own words set', () => {
    // "in the car" is read as a handling of its own; the transport phrasings do not replace it.
    const u = understand('can I leave the hard copy reports in the car while I go into the meeting venue?', { today });
    expect(u.situation?.handling).toBe('left-in-car');
  });
});
