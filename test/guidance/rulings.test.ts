import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE, type OrganisationProfile } from '../../src/guidance/profile';
import { CASES } from './rulings.table';

describe('rulings for situations from the seeds', () => {
  it('has at least 60 situations', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const profile: OrganisationProfile = {
      ...DEFAULT_PROFILE,
      id: 'test',
      policies: c.policies ?? DEFAULT_PROFILE.policies,
      nation: c.nation ?? 'england-and-wales',
    };
    const r = decide(c.situation, { profile, today: c.today ?? '2026-11-22' });
    expect(r.verdict).toBe(c.verdict);
    if (c.dates) {
      const shown = r.dates.map((d) => d.date);
      expect(shown.sort()).toEqual([...c.dates].sort());
    }
    for (const f of c.missing ?? []) expect(r.missingFacts).toContain(f);
    for (const f of c.notMissing ?? []) expect(r.missingFacts, `${f} should not be asked for`).not.toContain(f);
    if (c.cite) expect(r.citations.map((x) => x.id)).toContain(c.cite);
    for (const [policy, verdict] of Object.entries(c.positions ?? {})) {
      const position = r.positions.find((p) => p.policy === policy);
      if (verdict === null) expect(position, `${policy} should take no position`).toBeUndefined();
      else expect(position?.verdict, policy).toBe(verdict);
    }
    if (c.wording) expect(r.wording.map((w) => w.text).join('\n')).toContain(c.wording);
    if (c.matched) expect(r.matched.join('\n')).toContain(c.matched);
    if (c.met) {
      const condition = r.conditions.find((x) => x.text.includes(c.met![0]));
      expect(condition, c.met[0]).toBeDefined();
      expect(condition!.met).toBe(c.met[1]);
    }
    if (c.tell) expect(r.actions.map((a) => a.tell)).toContain(c.tell);
    // Every ruling is explainable: positions are labelled, and the verdict is the strictest of them.
    for (const p of r.positions) expect(p.citations.every((x) => profile.policies.includes(x.policy))).toBe(true);
    expect(r.positions.every((p) => profile.policies.includes(p.policy))).toBe(true);
    expect(r.disagreement).toBe(new Set(r.positions.map((p) => p.verdict)).size > 1);
    expect(r.ruleIds.length).toBe(r.matched.length);
  });
});
