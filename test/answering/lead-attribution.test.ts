import { describe, expect, it } from 'vitest';
import { leadFor } from '../../src/answering/lead';
import { answeredAs } from '../../src/answering/question-form';
import { decide, SHORT_NAMES } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Citation } from '../../src/guidance/ruling';
import { understand } from '../../src/understanding/understand';
import { evalQuestions } from '../support/blind-sets';

// The policy named on the answer line is the one whose wording, action or date that line quotes: a practitioner copying
// "Use this wording (X)" or acting on "Now (X): …" must be able to find it in X's policy.

const today = '2026-11-22';
const questions = evalQuestions();

const named = (line: string): string | undefined => /^(?:Use this wording|Now|Record this) \(([^)]+)\)/.exec(line)?.[1];
const plain = (s: string) => s.toLowerCase().replace(/[.;:\s]+$/, '');
const names = (citations: readonly Pick<Citation, 'policy'>[]) => citations.map((c) => SHORT_NAMES[c.policy]);

describe('the answer line names the policy it quotes', () => {
  const lines = questions.flatMap((q) => {
    const situation = understand(q, { today }).situation;
    if (!situation) return [];
    const ruling = answeredAs(decide(situation, { profile: DEFAULT_PROFILE, today }), q, DEFAULT_PROFILE.nation);
    const lead = leadFor(ruling, q);
    const policy = named(lead.answer);
    if (!policy) return [];
    // The wording shown first; the action the line itself quotes; or the first of the things to record listed under it.
    const quoted =
      lead.answer.startsWith('Use this wording') ? ruling.wording[0] && [ruling.wording[0].citation]
      : lead.answer.startsWith('Now') ? ruling.actions.find((a) => plain(lead.answer).includes(plain(a.text).slice(1)))?.citations
      : ruling.actions.find((a) => lead.now[0]?.text.startsWith(a.text))?.citations;
    return [{ q, line: lead.answer, policy, quotedBy: names(quoted ?? []) }];
  });

  it('covers wording, incident and recording lines from the evaluation questions', () => {
    expect(lines.filter((l) => l.line.startsWith('Use this wording')).length).toBeGreaterThan(5);
    expect(lines.filter((l) => l.line.startsWith('Now')).length).toBeGreaterThan(5);
  });

  it('every such line is quoted from the policy it names', () => {
    const wrong = lines.filter((l) => !l.quotedBy.includes(l.policy)).map((l) => `${l.q}\n  ${l.line} (quoted from ${l.quotedBy.join(', ') || 'nothing found'})`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
