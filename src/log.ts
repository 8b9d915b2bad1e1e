import { pino, type Logger } from 'pino';

// Logs carry ids, codes and counts only. These paths are censored in case a caller passes a body by mistake.
const REDACT_PATHS = [
  'text', '*.text', 'body', '*.body', 'value', '*.value', 'content', '*.content',
  'name', '*.name', 'email', '*.email', 'phone', '*.phone', 'otherParty', '*.otherParty',
  'from', '*.from', 'recipient', '*.recipient', 'authorization', '*.authorization', 'req.headers.authorization',
];

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined },
    destination as pino.DestinationStream | undefined,
  );
}

/** Stable code for logs: never the message, which could quote what a user typed. */
export const errorCode = (err: unknown): string => {
  const e = err as { code?: unknown; name?: unknown } | null;
  return typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'unknown';
};
