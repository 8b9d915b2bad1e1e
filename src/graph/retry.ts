import { GraphError } from '@microsoft/microsoft-graph-client';

// Waits Graph asks for (Retry-After, seconds or an HTTP date) for calls the Graph RetryHandler does not retry:
// octet-stream uploads and the pre-authenticated upload URL.

export const RETRYABLE_STATUS = new Set([429, 503, 504]);
const MAX_WAIT_SECONDS = 60;

export function retryAfterSeconds(header: string | null | undefined, attempt: number, defaultDelaySeconds: number): number {
  if (header) {
    const n = Number(header);
    const seconds = Number.isNaN(n) ? (new Date(header).getTime() - Date.now()) / 1000 : n;
    if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0), MAX_WAIT_SECONDS);
  }
  return Math.min(defaultDelaySeconds * 2 ** attempt, MAX_WAIT_SECONDS);
}

export function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

/**
 * Runs a Graph call again after 429/503/504, waiting as Retry-After says; with `idempotent`, also after a reply that
 * never came (only for calls that are safe to repeat, such as a PUT to a path unique to this attempt).
 */
export interface RetryPolicy {
  maxRetries: number;
  defaultDelaySeconds: number;
  /** A longer Retry-After is not waited for: the caller is told to try later. */
  maxWaitSeconds?: number;
}

export async function withGraphRetry<T>(fn: () => Promise<T>, o: RetryPolicy & { idempotent?: boolean }): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= o.maxRetries || !(err instanceof GraphError)) throw err;
      const lost = err.statusCode === -1 || err.statusCode === 0;
      if (!(RETRYABLE_STATUS.has(err.statusCode) || (o.idempotent && lost))) throw err;
      const wait = lost ? 0 : retryAfterSeconds(err.headers?.get('retry-after'), attempt, o.defaultDelaySeconds);
      if (wait > (o.maxWaitSeconds ?? MAX_WAIT_SECONDS)) throw err;
      await sleep(wait);
    }
  }
}
