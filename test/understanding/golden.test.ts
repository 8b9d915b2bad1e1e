import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/understand';
import { CASES } from './cases';
import { evalQuestions } from '../support/blind-sets';

// What understand() reads from every question the project holds (the eval sets, the blind sets already run and the
// understanding cases), kept in understand.golden.json so that any change (a new synonym, a new exemplar) shows every
// answer it moves, in review. An unrun blind set is read only once it is listed in RUN_BLIND_SETS.
// After a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/understanding/golden.test.ts, then read the diff.

const today = '2026-11-22';
const GOLDEN = join(import.meta.dirname, 'understand.golden.json');

interface Reading {
  topic: string | null;
  facts: Record<string, unknown>;
  records?: number;
  /** Offered as "Which do you mean?" instead of one topic. */
  choices?: string[];
  /** Offered as "Which do you mean?" because the question is close to these, though it scored too little to answer. */
  closeTo?: string[];
}

function questions(): string[] {
  return [...new Set([...evalQuestions({ blind: true }), ...CASES.map((c) => c.q)])];
}

function read(question: string): Reading {
  const u = understand(question, { today });
  const { topic = null, ...facts } = u.situation ?? {};
  return { topic, facts, ...(u.records ? { records: u.records.length } : {}), ...(u.choices ? { choices: u.choices } : {}), ...(u.closeTo ? { closeTo: u.closeTo } : {}) };
}

const show = (r: Reading | undefined) => (r ? JSON.stringify(r) : '(not in the golden file)');

describe('understand() golden file over every question the project holds', () => {
  const now = Object.fromEntries(questions().map((q) => [q, read(q)]));

  it('reads every question as the golden file says (UPDATE_GOLDEN=1 to accept a deliberate change)', () => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(now, null, 1)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Reading>;
    const moved = Object.keys(now)
      .filter((q) => JSON.stringify(now[q]) !== JSON.stringify(golden[q]))
      .map((q) => `  ${q}\n    was: ${show(golden[q])}\n    now: ${show(now[q])}`);
    const gone = Object.keys(golden).filter((q) => !(q in now)).map((q) => `  ${q}\n    (no longer asked)`);
    expect([...moved, ...gone], `understanding moved for ${moved.length + gone.length} question(s):\n${[...moved, ...gone].join('\n')}`).toEqual([]);
  });

  it('holds every question of the eval sets and the cases', () => expect(Object.keys(now).length).toBeGreaterThanOrEqual(3000));
});
