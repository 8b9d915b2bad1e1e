import type { Readable } from 'node:stream';
import { BodyError } from '../../http/json-body';
import type { ApiResponse } from '../../http/route';
import type { Logger } from '../../log';
import { RecordingError } from '../errors';
import { outstanding } from '../outstanding';
import type { StoredRecord } from '../types';

/** What every recordings response carries: the reference the practitioner quotes, the record, and what it still needs. */
export function recordBody(record: StoredRecord): { reference: string; record: StoredRecord; outstanding: string[] } {
  return { reference: record.id, record, outstanding: outstanding(record) };
}

export function errorResponse(err: unknown, logger: Logger, route: string): ApiResponse {
  if (err instanceof RecordingError) {
    if (err.status >= 500) logger.warn({ code: err.code, route }, 'recordings request could not be served');
    const headers: Record<string, string> = err.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
    return { status: err.status, headers, body: { error: { code: err.code, message: err.message, fields: err.fields } } };
  }
  if (err instanceof BodyError) return { status: err.status, body: { error: { code: err.code, message: err.message, fields: [] } } };
  throw err;
}

/**
 * Reads and discards what is left of a request body, so the client can read our error instead of a reset
 * connection. Removing 'readable' listeners (left by an async iterator) lets resume() flow again.
 */
export function drain(stream: Readable | undefined): void {
  if (!stream || stream.readableEnded || stream.destroyed) return;
  stream.removeAllListeners('readable');
  stream.resume();
}
