import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { startGraphStandIn } from '../support/graph-standin';
import { newRecord } from '../support/store-contract';
import { graphSettings, practitioner, readOnlyViewer, sharePointStore, useProvisionedStandIn } from './harness';

// What a practitioner sees when SharePoint is busy, down, refuses them or answers with an error body.

const stand = useProvisionedStandIn();
/** Record and entry items; the add-in's look-up keys (their own list, written first) are left out. */
let ITEMS = /^\/sites\/[^/]+\/lists\/[^/]+\/items$/;
beforeAll(() => {
  const lookups = stand().state.sites.get(stand().siteId)?.lists.find((l) => l.displayName === 'Care record look-ups')?.id;
  ITEMS = new RegExp(`^/sites/[^/]+/lists/(?!${lookups}/)[^/]+/items$`);
});

const itemPosts = () => stand().requests.filter((r) => r.method === 'POST' && ITEMS.test(r.path));

describe('throttling and outages', () => {
  it('waits as Retry-After says after a 429, then files the record once', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 2, fault: { kind: 'throttle', retryAfterSeconds: 0 } });
    const store = sharePointStore(stand());
    const input = newRecord(practitioner);
    const out = await store.create(practitioner, input);
    expect(out.created).toBe(true);
    const posts = itemPosts();
    expect(posts.map((r) => r.status)).toEqual([429, 429, 201]);
    // Graph's RetryHandler numbers its attempts.
    expect(posts.map((r) => r.headers['retry-attempt'])).toEqual([undefined, '1', '2']);
    expect(await store.get(practitioner, input.id)).toMatchObject({ id: input.id });
  });

  it('retries a 503 with Retry-After and files the record', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'unavailable', retryAfterSeconds: 0 } });
    const out = await sharePointStore(stand()).create(practitioner, newRecord(practitioner));
    expect(out.created).toBe(true);
    expect(itemPosts().map((r) => r.status)).toEqual([503, 201]);
  });

  it('says SharePoint is busy and nothing was lost when throttling outlasts the retries; nothing is filed', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 10, fault: { kind: 'throttle', retryAfterSeconds: 0 } });
    const input = newRecord(practitioner);
    const store = sharePointStore(stand());
    const failure = await store.create(practitioner, input).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'store-unavailable',
      status: 503,
      graphCode: 'graph-throttled',
      origin: 'service',
      message: 'SharePoint is busy, your record was not lost: try again in a minute.',
    });
    stand().faults.clear();
    expect(await store.get(practitioner, input.id)).toBeUndefined();
  });

  it('does not keep the practitioner waiting for a long Retry-After: says try again instead, after one request', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'throttle', retryAfterSeconds: 120 } });
    const failure = await sharePointStore(stand()).create(practitioner, newRecord(practitioner)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ graphCode: 'graph-throttled', message: 'SharePoint is busy, your record was not lost: try again in a minute.' });
    expect(itemPosts().map((r) => r.status)).toEqual([429]);
  });

  it('waits for a long Retry-After on an upload range no more than on a list item', async () => {
    stand().faults.inject({ method: 'PUT', path: /^\/upload\//, times: 1, fault: { kind: 'throttle', retryAfterSeconds: 120 } });
    const input = newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'busy.eml', contentType: 'message/rfc822', source: Readable.from([Buffer.alloc(5 * 1024 * 1024)]) }] });
    await expect(sharePointStore(stand()).create(practitioner, input)).rejects.toMatchObject({ graphCode: 'graph-throttled' });
    expect(stand().requests.filter((r) => r.path.startsWith('/upload/')).map((r) => r.status)).toEqual([429]);
    expect(itemPosts()).toEqual([]);
  });
});

describe('error bodies mapped to plain messages', () => {
  it('maps an OData server error to "the service failed", keeping Graph\'s request-id for support', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'odata-error', status: 500, code: 'generalException', message: 'General exception while processing' } });
    const failure = await sharePointStore(stand()).create(practitioner, newRecord(practitioner)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'store-unavailable', graphCode: 'graph-unavailable', origin: 'service', statusCode: 500, serviceCode: 'generalException' });
    expect((failure as { requestId?: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((failure as Error).message).not.toContain('General exception');
  });

  it('maps a 400 invalidRequest to "this app failed", not to the practitioner\'s input', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'odata-error', status: 400, code: 'invalidRequest', message: "Field 'Foo' is not recognized" } });
    const failure = await sharePointStore(stand()).create(practitioner, newRecord(practitioner)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'store-unavailable', graphCode: 'graph-rejected-request', origin: 'app' });
    expect((failure as Error).message).toMatch(/fault in the app, not in what you entered/);
  });

  it('tells someone without write access to ask their IG lead', async () => {
    const failure = await sharePointStore(stand()).create(readOnlyViewer, newRecord(readOnlyViewer)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'forbidden', status: 403, graphCode: 'graph-forbidden', message: 'You do not have permission to file to this site: ask your IG lead.' });
  });

  it('asks for a fresh sign-in when SharePoint refuses the token, and when there is no token at all', async () => {
    const store = sharePointStore(stand());
    await expect(store.get({ ...practitioner, accessToken: 'expired-token' }, 'CR-1')).rejects.toMatchObject({ code: 'unauthenticated', graphCode: 'graph-unauthenticated' });
    const { accessToken: _drop, ...noToken } = practitioner;
    await expect(store.get(noToken, 'CR-1')).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/signed in with your work account/) });
    // Only the expired token reached SharePoint; without a token nothing was sent.
    expect(stand().requests.length).toBeGreaterThan(0);
    expect(stand().requests.every((r) => r.status === 401 && r.headers.authorization === 'Bearer expired-token')).toBe(true);
  });

  it('says the site is not set up when the lists are missing', async () => {
    const bare = await startGraphStandIn({ users: { 'token-practitioner': { id: practitioner.userId, displayName: practitioner.name } } });
    try {
      const store = new SharePointRecordStore({ siteId: bare.siteId, graph: graphSettings(bare) });
      await expect(store.create(practitioner, newRecord(practitioner))).rejects.toMatchObject({
        code: 'store-unavailable',
        graphCode: 'graph-not-provisioned',
        message: expect.stringMatching(/^The records site is not set up for filing yet: ask your IG lead to run provisioning/),
      });
    } finally {
      await bare.close();
    }
  });
});
