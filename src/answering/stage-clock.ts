// Where an answer's time goes, stage by stage, for `npm run bench`: a round that adds understanding sees what it costs.

export const STAGES = ['understanding', 'ruling', 'follow-up', 'passages', 'card'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Milliseconds spent in each stage of answering. Exclusive: time in a stage entered from another counts for the inner stage
 * only, so the stages add up to no more than the whole. As timed today, the follow-up's outcome checks count as follow-up
 * (they are ruling too), and reading the question's form counts as ruling.
 */
export class StageClock {
  readonly ms: Record<Stage, number> = { understanding: 0, ruling: 0, 'follow-up': 0, passages: 0, card: 0 };
  private current: Stage | undefined;
  private since = 0;

  time<T>(stage: Stage, work: () => T): T {
    const outer = this.current;
    const start = performance.now();
    if (outer) this.ms[outer] += start - this.since;
    this.current = stage;
    this.since = start;
    try {
      return work();
    } finally {
      const end = performance.now();
      this.ms[stage] += end - this.since;
      this.current = outer;
      this.since = end;
    }
  }
}
