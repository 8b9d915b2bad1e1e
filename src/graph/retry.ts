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

/** Runs a Graph call again after 429/503/504, waiting as Retry-After says. */
export async function withGraphRetry<T>(fn: () => Promise<T>, o: { maxRetries: number; defaultDelaySeconds: number }): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof GraphError) || !RETRYABLE_STATUS.has(err.statusCode) || attempt >= o.maxRetries) throw err;
      await sleep(retryAfterSeconds(err.headers?.get('retry-after'), attempt, o.defaultDelaySeconds));
    }
  }
}
