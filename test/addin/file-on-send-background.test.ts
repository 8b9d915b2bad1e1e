import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { GraphMailSource } from '../../src/graph/mail';
import { startTestApi, type TestApi } from '../api/support';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { sentMime } from '../support/obo-tenant';

// File on send with no pane open: the send handler's notice (POST /api/emails/sent/pending) is all the server gets;
// it finds the sent copy in the worker's Sent Items (the Graph stand-in, as the worker) once Exchange has put it there,
// files it once, and the pane, opened later, is told it was filed. Local mode (anonymous, the local directory).

const ME = { email: 'alex.practitioner@council.example', name: 'Local practitioner' };
const GRAPH_TOKEN = 'token-local-practitioner';
/** Waits before each look, in seconds: short, so the test runs in seconds; the default is minutes. */
const RETRY_SECONDS = [0.2, 0.3, 0.3, 0.4];
const JO = { 'x-local-user-id': 'jo.south' };

let standin: GraphStandIn;
let api: TestApi;
const graphTokensAskedFor: string[] = [];

beforeAll(async () => {
  standin = await startGraphStandIn({ users: { [GRAPH_TOKEN]: { displayName: ME.name, email: ME.email } } });
  // The worker's own delegated token (on-behalf-of with a tenant); no token for anyone else.
  const tokens = {
    graphToken: async (p: Principal) => {
      graphTokensAskedFor.push(p.userId);
      if (p.userId !== 'local-practitioner') throw new Error('no Graph token for this person');
      return GRAPH_TOKEN;
    },
  };
  const mail = new GraphMailSource({ baseUrl: standin.origin, tokens, fetch: standin.fetch, retryDelaySeconds: 0, maxRetries: 0 });
  api = await startTestApi({ FILE_ON_SEND_RETRY_SECONDS: RETRY_SECONDS.join(',') }, { recordings: { mail } });
});
afterAll(async () => {
  await api?.stop();
  await standin?.close();
});
beforeEach(() => {
  standin.faults.clear();
});

/** A sent message as Exchange keeps it, from this mailbox's practitioner at the given time. */
const sentAs = (marker: string, sentAt: Date): string => sentMime(marker, { from: `"${ME.name}" <${ME.email}>`, to: 'mum@example.org', date: sentAt.toUTCString() });

const choice = (marker: string, purpose = 'Confirm the visit') => ({ marker, person: 'P-1001', personName: 'Casey Child', dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child', purpose, harmOrRisk: false });

async function stateOf(marker: string, headers: Record<string, string> = {}) {
  const res = await api.call('GET', '/api/emails/sent', undefined, headers);
  expect(res.status).toBe(200);
  return res.json.filings.find((f: { marker: string }) => f.marker === marker);
}

async function settled(marker: string) {
  let entry: { state: string } | undefined;
  await expect.poll(async () => (entry = await stateOf(marker))?.state, { timeout: 15_000, interval: 100 }).not.toBe('waiting');
  return entry as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- API JSON
}

const lookups = (marker: string) => standin.requests.filter((r) => r.path === '/me/mailFolders/sentitems/messages' && decodeURIComponent(r.query).includes(marker)).length;

async function recordsFor(purpose: string) {
  const list = await api.call('GET', '/api/recordings?person=P-1001');
  return list.json.records.map((r: { record: unknown }) => r.record).filter((r: { details: { purpose: string } }) => r.details.purpose === purpose);
}

describe('file on send in the background (no pane open)', () => {
  it('files the sent copy once it appears in Sent Items: outgoing, its sent time, the EML, once; the pane then sees it filed', async () => {
    const marker = randomUUID();
    const purpose = `Confirm the visit ${marker.slice(0, 6)}`;
    const notice = await api.call('POST', '/api/emails/sent/pending', choice(marker, purpose));
    expect(notice.status).toBe(202);
    expect(notice.json).toMatchObject({ marker, state: 'waiting', attempts: 0, person: { reference: 'P-1001' } });

    // Exchange puts the sent copy in Sent Items a little later; the first looks find nothing.
    await expect.poll(() => lookups(marker), { timeout: 10_000, interval: 50 }).toBeGreaterThanOrEqual(1);
    const sentAt = new Date(Date.now() - 30_000);
    const mime = sentAs(marker, sentAt);
    standin.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: ME.email, mime, folder: 'sentitems' });

    const done = await settled(marker);
    expect(done).toMatchObject({ state: 'filed', reference: expect.stringMatching(/^CR-\d{8}-\w{8}$/) });
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    const records = await recordsFor(purpose);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: done.reference,
      author: { userId: 'local-practitioner' },
      details: { kind: 'contact-recording', channel: 'email', direction: 'outgoing', otherParty: 'mum@example.org', messageAt: new Date(Math.floor(sentAt.getTime() / 1000) * 1000).toISOString(), content: { form: 'original-email', subject: 'Visit on Thursday' } },
    });
    expect(records[0].blobs).toEqual([expect.objectContaining({ role: 'original-email', sha256: createHash('sha256').update(mime).digest('hex') })]);
    expect(standin.state.messages.find((m) => m.immutableId === `AAkALgAA-sent-${marker}`)?.categories).toEqual(['Filed to care record']);
    expect(new Set(graphTokensAskedFor)).toEqual(new Set(['local-practitioner']));

    // The pane opens later and files its queued copy of the choice: the same record, and no Graph call at all.
    const before = standin.requests.length;
    const pane = await api.call('POST', '/api/emails/sent', choice(marker, purpose));
    expect(pane.status).toBe(200);
    expect(pane.json).toMatchObject({ reference: done.reference, alreadyFiled: true });
    expect(standin.requests.length).toBe(before);

    // The handler's notice sent twice (Outlook retried the send event): one entry, still filed, nothing new.
    const again = await api.call('POST', '/api/emails/sent/pending', choice(marker, purpose));
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ state: 'filed', reference: done.reference });
    await new Promise((r) => setTimeout(r, 600));
    expect(await recordsFor(purpose)).toHaveLength(1);
  });

  it('two notices at the same moment make one entry and one record', async () => {
    const marker = randomUUID();
    const purpose = `Twice ${marker.slice(0, 6)}`;
    standin.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: ME.email, mime: sentAs(marker, new Date(Date.now() - 5000)), folder: 'sentitems' });
    const replies = await Promise.all([1, 2, 3].map(() => api.call('POST', '/api/emails/sent/pending', choice(marker, purpose))));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 202]);
    // The pane's Retry at the same time as the background attempt: the lock and the shared key keep it to one.
    const pane = api.call('POST', '/api/emails/sent', choice(marker, purpose));
    expect((await settled(marker)).state).toBe('filed');
    expect([200, 201]).toContain((await pane).status);
    expect(await recordsFor(purpose)).toHaveLength(1);
  });

  it('when the sent copy never appears, stops after the last wait and leaves it failed for the pane, whose Retry files it', async () => {
    const marker = randomUUID();
    const purpose = `Never ${marker.slice(0, 6)}`;
    expect((await api.call('POST', '/api/emails/sent/pending', choice(marker, purpose))).status).toBe(202);
    const failed = await settled(marker);
    expect(failed).toMatchObject({ state: 'failed', attempts: RETRY_SECONDS.length, problem: { code: 'not-in-sent-items', message: expect.stringMatching(/did not appear in your Sent Items/) } });
    expect(lookups(marker)).toBe(RETRY_SECONDS.length);
    expect(await recordsFor(purpose)).toHaveLength(0);

    // It arrives at last; the pane's Retry files it and the entry says so.
    standin.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: ME.email, mime: sentAs(marker, new Date(Date.now() - 60_000)), folder: 'sentitems' });
    const retry = await api.call('POST', '/api/emails/sent', choice(marker, purpose));
    expect(retry.status).toBe(201);
    expect(await stateOf(marker)).toMatchObject({ state: 'filed', reference: retry.json.reference });
    expect(await recordsFor(purpose)).toHaveLength(1);
  });

  it('when Graph keeps failing, retries with the waits and then fails (Microsoft 365 unavailable), writing nothing', async () => {
    const marker = randomUUID();
    const purpose = `Graph down ${marker.slice(0, 6)}`;
    standin.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: ME.email, mime: sentAs(marker, new Date(Date.now() - 5000)), folder: 'sentitems' });
    standin.faults.inject({ method: 'GET', path: '/me/mailFolders/sentitems/messages', times: 100, fault: { kind: 'odata-error', status: 500, code: 'generalException', message: 'Something went wrong.' } });
    await api.call('POST', '/api/emails/sent/pending', choice(marker, purpose));
    expect(await settled(marker)).toMatchObject({ state: 'failed', attempts: RETRY_SECONDS.length, problem: { code: 'microsoft-365-unavailable' } });
    expect(await recordsFor(purpose)).toHaveLength(0);
  });

  it('when Graph refuses the sign-in, fails at once (sign-in needed) rather than asking again', async () => {
    const marker = randomUUID();
    standin.faults.inject({ method: 'GET', path: '/me/mailFolders/sentitems/messages', times: 1, fault: { kind: 'odata-error', status: 401, code: 'InvalidAuthenticationToken', message: 'Access token has expired.' } });
    await api.call('POST', '/api/emails/sent/pending', choice(marker, `Expired ${marker.slice(0, 6)}`));
    expect(await settled(marker)).toMatchObject({ state: 'failed', attempts: 1, problem: { code: 'sign-in-needed' } });
  });

  it('refuses a worker who may not record on this person (403) and queues nothing; each worker sees only their own', async () => {
    const marker = randomUUID();
    const res = await api.call('POST', '/api/emails/sent/pending', choice(marker), JO);
    expect(res.status).toBe(403);
    expect(await stateOf(marker, JO)).toBeUndefined();
    const mine = randomUUID();
    await api.call('POST', '/api/emails/sent/pending', choice(mine));
    expect(await stateOf(mine, JO)).toBeUndefined();
    const stranger = await api.call('GET', '/api/emails/sent', undefined, { 'x-local-user-id': 'not.in.directory' });
    expect(stranger.status).toBe(403);
  });

  it('refuses a runaway client (429) beyond 50 filings waiting at once for one worker, and takes others\' still', async () => {
    // Its own server with long waits, so the 50 are all still waiting however slow the machine is.
    const mail = new GraphMailSource({ baseUrl: standin.origin, tokens: { graphToken: async () => GRAPH_TOKEN }, fetch: standin.fetch, retryDelaySeconds: 0 });
    const slow = await startTestApi({ FILE_ON_SEND_RETRY_SECONDS: '600' }, { recordings: { mail } });
    try {
      const ALEX = { 'x-local-user-id': 'alex' };
      const replies = await Promise.all(Array.from({ length: 50 }, () => slow.call('POST', '/api/emails/sent/pending', choice(randomUUID()), ALEX)));
      expect(replies.every((r) => r.status === 202)).toBe(true);
      const more = await slow.call('POST', '/api/emails/sent/pending', choice(randomUUID()), ALEX);
      expect(more.status).toBe(429);
      expect(more.json.error.code).toBe('too-many-pending');
      expect((await slow.call('POST', '/api/emails/sent/pending', choice(randomUUID()))).status).toBe(202);
    } finally {
      await slow.stop();
    }
  });

  it('answers hostile or broken notices with a 4xx naming the problem, never a 5xx, and queues nothing', async () => {
    const before = (await api.call('GET', '/api/emails/sent')).json.filings.length;
    const bad: [unknown, string?][] = [
      [{ ...choice(randomUUID()), marker: "x' or ep/value ne '" }],
      [{ ...choice(randomUUID()), marker: undefined }],
      [{ ...choice(randomUUID()), person: 'P'.repeat(5000) }],
      [{ ...choice(randomUUID()), harmOrRisk: 'yes' }],
      [{ ...choice(randomUUID()), direction: 'incoming' }],
      [{ ...choice(randomUUID()), dateOfBirth: '2011-13-45' }],
      [[choice(randomUUID())]],
      [null],
      ['{"marker": '],
      ['not json at all', 'text/plain'],
      [JSON.stringify({ ...choice(randomUUID()), purpose: 'x'.repeat(40_000) })],
      [{ ...choice(randomUUID()), __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }],
    ];
    for (const [body, type] of bad) {
      const res = await api.call('POST', '/api/emails/sent/pending', body, type ? { 'content-type': type } : {});
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBeLessThan(500);
    }
    const local = await api.call('POST', '/api/emails/sent/pending', choice(randomUUID()), { 'x-local-user-id': 'bad id with spaces' });
    expect(local.status).toBe(401);
    expect((await api.call('GET', '/api/emails/sent')).json.filings.length).toBe(before);
    expect(api.logs()).not.toMatch(/Casey|mum@example\.org|Confirm the visit/);
  });
});
