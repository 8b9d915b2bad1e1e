// The rulings golden file: what the encoded guidance rules for a broad set of situations (the rulings table and the
// situations understood from every eval question). A change to any policy's data that moves a ruling fails here with a
// readable list of the rulings that changed, so review sees what a data edit did. To accept the changes:
//   UPDATE_RULINGS_GOLDEN=1 npx vitest run test/guidance/rulings-golden.test.ts
// The eval questions' situations are frozen in golden/situations.json so a change to the understanding does not show here;
// recapture them (after an understanding change) with UPDATE_RULINGS_GOLDEN=situations.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { POLICY_IDS, type PolicyId } from '../../src/guidance/policies';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Situation } from '../../src/guidance/situation';
import { situationSchema } from '../../src/guidance/situation-schema';
import { understand } from '../../src/understanding/understand';
import { CASES } from './rulings.table';
import { diffGolden, type GoldenRuling } from './golden/diff';

const HERE = import.meta.dirname;
const GOLDEN = path.join(HERE, 'golden/rulings.golden.json');
const SITUATIONS = path.join(HERE, 'golden/situations.json');
const QUESTION_FILES = ['questions', 'holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6'].map((f) => path.join(HERE, `../eval/${f}.json`));
const TODAY = '2026-11-22';
const UPDATE = process.env.UPDATE_RULINGS_GOLDEN;

interface Case {
  name: string;
  situation: Situation;
  policies?: PolicyId[];
  nation?: (typeof DEFAULT_PROFILE)['nation'];
  today?: string;
}

/** Situations the understanding reads from every eval question, frozen so the golden follows the guidance only. */
function captureSituations(): Case[] {
  const seen = new Set<string>();
  const out: Case[] = [];
  for (const file of QUESTION_FILES) {
    for (const { question } of JSON.parse(readFileSync(file, 'utf8')) as { question: string }[]) {
      const situation = understand(question, { today: TODAY }).situation;
      if (!situation || seen.has(question)) continue;
      seen.add(question);
      out.push({ name: `asked: ${question}`, situation });
    }
  }
  return out;
}

function rulingOf(c: Case): GoldenRuling {
  const policies = c.policies ?? POLICY_IDS;
  const r = decide(c.situation, { profile: { ...DEFAULT_PROFILE, policies, nation: c.nation ?? 'england-and-wales' }, today: c.today ?? TODAY });
  const positions: GoldenRuling['positions'] = {};
  for (const p of r.positions) positions[p.policy] = { verdict: p.verdict, rules: r.ruleIds.filter((id) => id.split('/')[1] === p.policy) };
  return {
    topic: r.topic,
    verdict: r.verdict,
    // The organisation whose position the card leads with.
    lead: /^[^(]*\(([^)]+)\): /.exec(r.headline)?.[1] ?? '(none)',
    ...(c.policies ? { policies: c.policies } : {}),
    positions,
    dates: Object.fromEntries(r.dates.map((d) => [d.label, d.date])),
    missing: [...r.missingFacts].sort(),
  };
}

if (UPDATE === 'situations' || !existsSync(SITUATIONS)) writeFileSync(SITUATIONS, `${JSON.stringify(captureSituations(), null, 1)}\n`);
const asked = (JSON.parse(readFileSync(SITUATIONS, 'utf8')) as Case[]).map((c) => ({ ...c, situation: situationSchema.parse(c.situation) as Situation }));
const cases: Case[] = [...CASES.map((c) => ({ name: `table: ${c.name}`, situation: c.situation, policies: c.policies, nation: c.nation, today: c.today })), ...asked];

describe('rulings golden file', () => {
  const actual: Record<string, GoldenRuling> = {};
  for (const c of cases) actual[c.name] = rulingOf(c);

  it('covers a broad set of situations across every topic', () => {
    expect(Object.keys(actual).length).toBeGreaterThanOrEqual(300);
    expect(new Set(Object.values(actual).map((r) => r.topic)).size).toBeGreaterThanOrEqual(18);
  });

  it('no ruling changed (or the golden file is updated on purpose)', () => {
    if (UPDATE || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, GoldenRuling>;
    const diff = diffGolden(expected, actual);
    // Printed so CI's log shows what moved; the test fails on any change.
    if (diff) console.log(`Rulings that changed (accept with UPDATE_RULINGS_GOLDEN=1):\n${diff}`);
    expect(diff, 'rulings changed: see the list above').toBe('');
  });

  it('the diff names the situation and what moved', () => {
    const before: GoldenRuling = { topic: 'digital-contact', verdict: 'allowed-if', positions: { 'pan-dorset': { verdict: 'allowed-if', rules: ['digital-contact/pan-dorset/text'] } }, dates: {}, missing: [] };
    const after: GoldenRuling = { ...before, verdict: 'not-allowed', positions: { 'pan-dorset': { verdict: 'not-allowed', rules: ['digital-contact/pan-dorset/x'] } } };
    const text = diffGolden({ a: before, gone: before }, { a: after, added: before });
    expect(text).toContain('~ a');
    expect(text).toContain('verdict: allowed-if → not-allowed');
    expect(text).toContain('pan-dorset: allowed-if [digital-contact/pan-dorset/text] → not-allowed [digital-contact/pan-dorset/x]');
    expect(text).toContain('- gone');
    expect(text).toContain('+ added');
  });
});
