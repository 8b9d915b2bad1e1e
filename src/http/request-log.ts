import { randomUUID } from 'node:crypto';

// One log line per request: correlation id, method, route, status and duration; never the path's values, query or body.

/**
 * A caller's X-Correlation-Id is kept only when it looks like a generated id (a GUID or trace id: 16 to 64 hex digits
 * and dashes), so a header cannot carry a name, phone number or e-mail address into the logs; otherwise a new one is made.
 */
const GENERATED_ID = /^[0-9a-fA-F-]{16,64}$/;

export const CORRELATION_HEADER = 'x-correlation-id';

export function correlationIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && GENERATED_ID.test(given) ? given : randomUUID();
}

/** How long a request took, in milliseconds with two decimals. */
export const elapsedMs = (started: bigint): number => Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
