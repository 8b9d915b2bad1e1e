import { describe, expect, it } from 'vitest';
import { failureKinds, judge, summarise, summaryLines, type EvalQuestion } from '../../scripts/eval';

const NOT_COVERED = 'not covered by the guidance this bot holds';
const inScope: EvalQuestion = { question: 'can I text a 15 year old', must_include: ['Waltham Forest', '16', '4 December 2026'], must_not_include: [NOT_COVERED], first_verdict: ['not-allowed'] };
const outOfScope: EvalQuestion = { question: 'can we use AI to type up notes', must_include: [NOT_COVERED], must_not_include: [], first_verdict: ['not-covered'] };

describe('failure kinds, counted without showing a question', () => {
  it('names an out-of-scope question given a ruling, with the verdict it got', () => {
    expect(failureKinds(outOfScope, judge(outOfScope, { text: 'Required: write it up', verdict: 'required' }))).toEqual(['out of scope given a ruling (required)']);
  });

  it('names an in-scope question answered not covered', () => {
    expect(failureKinds(inScope, judge(inScope, { text: `That is ${NOT_COVERED}.`, verdict: 'not-covered' }))).toEqual(['in scope answered not covered']);
  });

  it('separates a missing policy, a missing date, a missing fragment and a wrong verdict', () => {
    const r = judge(inScope, { text: 'Nottinghamshire: allowed', verdict: 'allowed' });
    expect(failureKinds(inScope, r)).toEqual(['a policy missing', 'a date missing or wrong', 'a provision fragment missing', 'first verdict allowed where not-allowed expected']);
  });

  it('reads a no-break space in a fragment as the space a card prints, and no other character as a space', () => {
    const copied = { question: 'q', must_include: ['within 5 working days\u00a0of contact'], must_not_include: [] };
    expect(judge(copied, { text: 'Within 5 working days of contact' }).passed).toBe(true);
    expect(judge(copied, { text: 'within 5 working days-of contact' }).passed).toBe(false);
  });

  it('finds nothing wrong with a right answer, and the summary holds counts only', () => {
    const right = judge(inScope, { text: 'No. Waltham Forest: under 16 … by 4 December 2026', verdict: 'not-allowed' });
    expect(failureKinds(inScope, right)).toEqual([]);
    const lines = summaryLines([inScope, outOfScope], summarise([right, judge(outOfScope, { text: 'Allowed', verdict: 'allowed' })]));
    expect(lines).toEqual(['   1  out of scope given a ruling (allowed)']);
    expect(lines.join('\n')).not.toContain(outOfScope.question);
  });
});
