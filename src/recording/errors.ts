// Typed errors with stable codes. Messages say what to fix and never carry personal data.

export interface FieldError {
  /** Dotted path of the field in the request, e.g. "person.reference". */
  field: string;
  /** Plain English: what is wrong and what to do. */
  message: string;
}

export type RecordingErrorCode =
  | 'validation-failed'
  | 'not-found'
  | 'sent-copy-not-found'
  | 'idempotency-conflict'
  | 'record-withdrawn'
  | 'unauthenticated'
  | 'forbidden'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'blob-not-found'
  | 'store-unavailable'
  | 'auth-unavailable'
  | 'too-many-pending';

const STATUS: Record<RecordingErrorCode, number> = {
  'validation-failed': 400,
  'not-found': 404,
  'sent-copy-not-found': 404,
  'idempotency-conflict': 409,
  'record-withdrawn': 409,
  unauthenticated: 401,
  forbidden: 403,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'blob-not-found': 404,
  'store-unavailable': 503,
  'auth-unavailable': 503,
  'too-many-pending': 429,
};

export class RecordingError extends Error {
  override readonly name: string = 'RecordingError';
  readonly status: number;
  constructor(
    readonly code: RecordingErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export class ValidationError extends RecordingError {
  override readonly name = 'ValidationError';
  constructor(fields: FieldError[], message = 'Some fields need correcting before the record can be saved.') {
    super('validation-failed', message, fields);
  }
}

export class RecordNotFoundError extends RecordingError {
  override readonly name = 'RecordNotFoundError';
  constructor(id: string) {
    super('not-found', `No record with reference ${id}. Check the reference and try again.`);
  }
}

export class IdempotencyConflictError extends RecordingError {
  override readonly name = 'IdempotencyConflictError';
  constructor() {
    super('idempotency-conflict', 'This Idempotency-Key was already used with a different request. Use a new key for a new record.');
  }
}

export class RecordWithdrawnError extends RecordingError {
  override readonly name = 'RecordWithdrawnError';
  constructor(id: string) {
    super('record-withdrawn', `Record ${id} was withdrawn as a wrong-person entry; it is kept but cannot be changed.`);
  }
}

/** Refused by the access rules (src/access/rules.ts): the message says why in plain words; nothing was changed. */
export class ForbiddenError extends RecordingError {
  override readonly name = 'ForbiddenError';
  constructor(message: string) {
    super('forbidden', message);
  }
}

export class StoreUnavailableError extends RecordingError {
  override readonly name = 'StoreUnavailableError';
  constructor(message = 'The record store is unavailable; nothing was saved. Try again shortly.') {
    super('store-unavailable', message);
  }
}
