import { answerQuestion } from '../src/answering/answer';
import { StageClock, STAGES, type Stage } from '../src/answering/stage-clock';
import { DEFAULT_PROFILE } from '../src/guidance/profile';

// The cost budget of a fresh answer, stage by stage, in process (no HTTP, no memo): a figure to watch, never a test.

const ROUNDS = 60;

export interface StageBudget {
  /** CPU milliseconds per answer over the questions (comparable with the server's CPU per request), median of the rounds. */
  total: number;
  stages: Record<Stage, number>;
  /** Answering outside the named stages: choosing what to rule, labels, the reply's own object. */
  other: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Each question answered afresh, ROUNDS times over (after warm-up rounds): CPU ms per answer for the whole, and for each
 * stage its share of the round's elapsed time applied to that CPU (on a busy machine elapsed time includes waiting for a core).
 */
export function stageBudget(questions: readonly string[], today = '2026-11-22'): StageBudget {
  const ask = (clock?: StageClock) => {
    for (const q of questions) answerQuestion(q, { profile: DEFAULT_PROFILE, today, ...(clock ? { clock } : {}) });
  };
  for (let i = 0; i < 20; i++) ask(new StageClock()); // warm-up: JIT, the indexes built on first use
  const totals: number[] = [];
  const byStage = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  const others: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const clock = new StageClock();
    const start = performance.now();
    const cpu = process.cpuUsage();
    ask(clock);
    const used = process.cpuUsage(cpu);
    const elapsed = performance.now() - start;
    const total = (used.user + used.system) / 1000 / questions.length;
    totals.push(total);
    let staged = 0;
    for (const s of STAGES) {
      const ms = (clock.ms[s] / elapsed) * total;
      staged += ms;
      byStage.get(s)!.push(ms);
    }
    others.push(total - staged);
  }
  return {
    total: median(totals),
    stages: Object.fromEntries(STAGES.map((s) => [s, median(byStage.get(s)!)])) as Record<Stage, number>,
    other: median(others),
  };
}

/** One line: the whole, then each stage with its share. */
export function budgetLine(b: StageBudget): string {
  const part = (name: string, ms: number) => `${name} ${ms.toFixed(2)} (${((100 * ms) / b.total).toFixed(0)}%)`;
  return `${b.total.toFixed(2)} ms = ${[...STAGES.map((s) => part(s, b.stages[s])), part('other', b.other)].join(', ')}`;
}
