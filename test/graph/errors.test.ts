import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { GraphStoreError, isAmbiguous, toGraphStoreError } from '../../src/graph/errors';
import { loadConfig } from '../../src/config';
import { createSharePointRecording } from '../../src/graph/from-config';
import { RecordNotFoundError } from '../../src/recording/errors';

// Every Graph failure becomes a stable code, an HTTP status for our API, and a sentence a practitioner can act on.

function graphError(statusCode: number, code: string | null = null): GraphError {
  const e = new GraphError(statusCode, 'raw service text');
  e.code = code;
  return e;
}

const CASES: { status: number; code?: string; graphCode: string; recordingCode: string; origin: 'service' | 'app'; says: RegExp }[] = [
  { status: -1, graphCode: 'graph-unreachable', recordingCode: 'store-unavailable', origin: 'service', says: /could not be reached, your record was not lost/ },
  { status: 429, code: 'TooManyRequests', graphCode: 'graph-throttled', recordingCode: 'store-unavailable', origin: 'service', says: /^SharePoint is busy, your record was not lost: try again in a minute\.$/ },
  { status: 503, code: 'serviceNotAvailable', graphCode: 'graph-unavailable', recordingCode: 'store-unavailable', origin: 'service', says: /not responding/ },
  { status: 500, code: 'generalException', graphCode: 'graph-unavailable', recordingCode: 'store-unavailable', origin: 'service', says: /not responding/ },
  { status: 401, code: 'InvalidAuthenticationToken', graphCode: 'graph-unauthenticated', recordingCode: 'unauthenticated', origin: 'service', says: /sign in again/ },
  { status: 403, code: 'accessDenied', graphCode: 'graph-forbidden', recordingCode: 'forbidden', origin: 'service', says: /^You do not have permission to file to this site: ask your IG lead\.$/ },
  { status: 507, code: 'insufficientStorage', graphCode: 'graph-quota-exceeded', recordingCode: 'store-unavailable', origin: 'service', says: /run out of storage/ },
  { status: 413, code: 'requestTooLarge', graphCode: 'graph-too-large', recordingCode: 'payload-too-large', origin: 'app', says: /too large/ },
  { status: 400, code: 'invalidRequest', graphCode: 'graph-rejected-request', recordingCode: 'store-unavailable', origin: 'app', says: /fault in the app, not in what you entered/ },
  { status: 409, code: 'nameAlreadyExists', graphCode: 'graph-rejected-request', recordingCode: 'store-unavailable', origin: 'app', says: /fault in the app/ },
];

describe('Graph error mapping', () => {
  for (const c of CASES) {
    it(`${c.status} ${c.code ?? ''} -> ${c.graphCode}`, () => {
      const mapped = toGraphStoreError(graphError(c.status, c.code ?? null));
      expect(mapped).toBeInstanceOf(GraphStoreError);
      expect(mapped).toMatchObject({ graphCode: c.graphCode, code: c.recordingCode, origin: c.origin, statusCode: c.status });
      expect(mapped.message).toMatch(c.says);
      expect(mapped.message).not.toContain('raw service text');
    });
  }

  it('treats a missing list as "not set up" only where the caller says so', () => {
    expect(toGraphStoreError(graphError(404, 'itemNotFound'), { notFoundMeansNotProvisioned: true })).toMatchObject({ graphCode: 'graph-not-provisioned' });
    expect(toGraphStoreError(graphError(404, 'itemNotFound'))).toMatchObject({ graphCode: 'graph-rejected-request', origin: 'app' });
  });

  it('passes our own typed errors through, and maps a network failure as unreachable', () => {
    const own = new RecordNotFoundError('CR-1');
    expect(toGraphStoreError(own)).toBe(own);
    expect(toGraphStoreError(new TypeError('fetch failed'))).toMatchObject({ graphCode: 'graph-unreachable', statusCode: -1 });
  });

  it('calls a missing reply ambiguous (look before retrying) and a refusal not', () => {
    expect(isAmbiguous(graphError(-1))).toBe(true);
    expect(isAmbiguous(graphError(504))).toBe(true);
    expect(isAmbiguous(graphError(429))).toBe(false);
    expect(isAmbiguous(graphError(400))).toBe(false);
  });
});

describe('SharePoint settings from config', () => {
  it('refuses to run SharePoint filing without the app registration the on-behalf-of exchange needs', () => {
    const config = loadConfig({ RECORD_STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,a,b' });
    expect(() => createSharePointRecording(config)).toThrow(/set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId/);
    const full = loadConfig({ RECORD_STORE: 'sharepoint', SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,a,b', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant' });
    expect(createSharePointRecording(full).store.kind).toBe('sharepoint');
  });
});
