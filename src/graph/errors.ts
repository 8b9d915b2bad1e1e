import { GraphError } from '@microsoft/microsoft-graph-client';
import { RecordingError, type RecordingErrorCode } from '../recording/errors';

// Graph failures as typed errors with stable codes and messages a practitioner can act on. Messages never carry personal data.

export type GraphFailureCode =
  | 'graph-throttled'
  | 'graph-unavailable'
  | 'graph-unreachable'
  | 'graph-unauthenticated'
  | 'graph-consent-required'
  | 'graph-forbidden'
  | 'graph-not-provisioned'
  | 'graph-site-not-found'
  | 'graph-message-not-found'
  | 'graph-quota-exceeded'
  | 'graph-too-large'
  | 'graph-rejected-request'
  | 'graph-unexpected-response';

/** 'service': SharePoint or Microsoft 365 failed, refused or was busy. 'app': this app sent something Graph rejects (a bug to report). */
export type FailureOrigin = 'service' | 'app';

const RECORDING_CODE: Record<GraphFailureCode, RecordingErrorCode> = {
  'graph-throttled': 'store-unavailable',
  'graph-unavailable': 'store-unavailable',
  'graph-unreachable': 'store-unavailable',
  'graph-unauthenticated': 'unauthenticated',
  'graph-consent-required': 'unauthenticated',
  'graph-forbidden': 'forbidden',
  'graph-not-provisioned': 'store-unavailable',
  'graph-site-not-found': 'store-unavailable',
  'graph-message-not-found': 'not-found',
  'graph-quota-exceeded': 'store-unavailable',
  'graph-too-large': 'payload-too-large',
  'graph-rejected-request': 'store-unavailable',
  'graph-unexpected-response': 'store-unavailable',
};

export class GraphStoreError extends RecordingError {
  override readonly name = 'GraphStoreError';
  readonly graphCode: GraphFailureCode;
  readonly origin: FailureOrigin;
  /** Graph's HTTP status; -1 when no reply arrived. */
  readonly statusCode: number;
  /** Graph's own error code, e.g. "accessDenied". */
  readonly serviceCode: string | undefined;
  /** Graph's request-id, for a support ticket with Microsoft. */
  readonly requestId: string | undefined;

  constructor(o: { graphCode: GraphFailureCode; origin: FailureOrigin; message: string; statusCode?: number; serviceCode?: string; requestId?: string }) {
    super(RECORDING_CODE[o.graphCode], o.message);
    this.graphCode = o.graphCode;
    this.origin = o.origin;
    this.statusCode = o.statusCode ?? -1;
    this.serviceCode = o.serviceCode;
    this.requestId = o.requestId;
  }
}

export const MESSAGES = {
  busy: 'SharePoint is busy, your record was not lost: try again in a minute.',
  unavailable: 'SharePoint is not responding, your record was not lost: try again in a few minutes.',
  unreachable: 'SharePoint could not be reached, your record was not lost: check your connection and try again.',
  unauthenticated: 'Your Microsoft 365 sign-in has expired or was refused by SharePoint: sign in again and retry. Your entry is kept.',
  forbidden: 'You do not have permission to file to this site: ask your IG lead.',
  notProvisioned: 'The records site is not set up for filing yet: ask your IG lead to run provisioning. Your entry is kept.',
  messageNotFound: 'This e-mail was not found in your mailbox: it may have been deleted or be in a shared mailbox. Select it again and retry.',
  siteNotFound: 'No SharePoint site has this id, or you cannot see it: check the site id (hostname,site-collection-id,web-id).',
  quota: 'The records site has run out of storage: ask your IG lead. Your entry is kept.',
  tooLarge: 'The file is too large for SharePoint to accept. Save a smaller extract or screenshot instead.',
  rejected: 'SharePoint refused what this app sent: this is a fault in the app, not in what you entered. Your entry is kept; report the reference to support.',
  unexpected: 'SharePoint gave an answer this app did not expect: this is a fault in the app. Your entry is kept; report the reference to support.',
} as const;

export interface GraphFailureContext {
  /** A 404 here means the site, list or library is missing (not provisioned), not that a record is missing. */
  notFoundMeansNotProvisioned?: boolean;
}

/** Maps anything a Graph call threw to a GraphStoreError. RecordingErrors pass through unchanged. */
export function toGraphStoreError(err: unknown, ctx: GraphFailureContext = {}): RecordingError {
  if (err instanceof RecordingError) return err;
  const status = err instanceof GraphError ? err.statusCode : -1;
  const serviceCode = err instanceof GraphError ? (err.code ?? undefined) : undefined;
  const requestId = err instanceof GraphError ? (err.requestId ?? undefined) : undefined;
  const base = { statusCode: status, serviceCode, requestId };
  if (status === -1 || status === 0) return new GraphStoreError({ ...base, graphCode: 'graph-unreachable', origin: 'service', message: MESSAGES.unreachable });
  if (status === 429) return new GraphStoreError({ ...base, graphCode: 'graph-throttled', origin: 'service', message: MESSAGES.busy });
  if (status === 503 || status === 504 || status === 502) return new GraphStoreError({ ...base, graphCode: 'graph-unavailable', origin: 'service', message: MESSAGES.unavailable });
  if (status === 401) return new GraphStoreError({ ...base, graphCode: 'graph-unauthenticated', origin: 'service', message: MESSAGES.unauthenticated });
  if (status === 403) return new GraphStoreError({ ...base, graphCode: 'graph-forbidden', origin: 'service', message: MESSAGES.forbidden });
  if (status === 507 || serviceCode === 'quotaLimitReached') return new GraphStoreError({ ...base, graphCode: 'graph-quota-exceeded', origin: 'service', message: MESSAGES.quota });
  if (status === 413) return new GraphStoreError({ ...base, graphCode: 'graph-too-large', origin: 'app', message: MESSAGES.tooLarge });
  if (status === 404 && ctx.notFoundMeansNotProvisioned) return new GraphStoreError({ ...base, graphCode: 'graph-not-provisioned', origin: 'service', message: MESSAGES.notProvisioned });
  if (status >= 500) return new GraphStoreError({ ...base, graphCode: 'graph-unavailable', origin: 'service', message: MESSAGES.unavailable });
  if (status >= 400) return new GraphStoreError({ ...base, graphCode: 'graph-rejected-request', origin: 'app', message: MESSAGES.rejected });
  return new GraphStoreError({ ...base, graphCode: 'graph-unexpected-response', origin: 'app', message: MESSAGES.unexpected });
}

/** True when the request may have been carried out although no reply arrived: look before trying again. */
export function isAmbiguous(err: unknown): boolean {
  const status = err instanceof GraphError ? err.statusCode : err instanceof GraphStoreError ? err.statusCode : -1;
  return status === -1 || status === 0 || status === 502 || status === 504;
}

export function statusOf(err: unknown): number {
  return err instanceof GraphError ? err.statusCode : err instanceof GraphStoreError ? err.statusCode : -1;
}
