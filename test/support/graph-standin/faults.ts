// Faults the test injects into the next N matching requests: throttling, outages, error bodies, lost replies.

export type Fault =
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'unavailable'; retryAfterSeconds?: number }
  | { kind: 'odata-error'; status: number; code: string; message: string }
  /** The request is carried out, then the connection is cut before the reply: the client cannot know it succeeded. */
  | { kind: 'drop-after-commit' }
  /** The request is carried out, then an error status comes back (a gateway timing out on work that finished). */
  | { kind: 'error-after-commit'; status: number };

export interface FaultRule {
  method?: string;
  /** Matched against the path without the /v1.0 prefix and without the query, e.g. "/sites/x/lists/y/items". */
  path: string | RegExp;
  times: number;
  /** Let this many matching requests through untouched first (e.g. fail the third range, not the first). */
  after?: number;
  fault: Fault;
}

export class FaultPlan {
  private readonly rules: FaultRule[] = [];

  inject(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Takes one use of the first rule matching this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const rule = this.rules.find(
      (r) => r.times > 0 && (!r.method || r.method === method) && (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    if (!rule) return undefined;
    if (rule.after && rule.after > 0) {
      rule.after -= 1;
      return undefined;
    }
    rule.times -= 1;
    return rule.fault;
  }
}
