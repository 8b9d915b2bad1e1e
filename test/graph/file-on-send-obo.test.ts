import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi } from '../api/support';
import { MAILBOX, sentMime, startOboTenant, type OboTenant } from '../support/obo-tenant';
import { type GraphStandIn } from '../support/graph-standin';
import { TEST_USER, type TestIssuer } from '../support/issuer/test-issuer';
import { PEOPLE } from '../support/org-directory';

// File on send in the background with a tenant: the send handler's notice carries the worker's token for the recording
// service (Nested App Authentication); the server exchanges it on-behalf-of the worker for a Graph token (Entra ID's
// token endpoint, stood in for) and finds the sent copy in that worker's own Sent Items. Embedded record store.

let tenant: OboTenant;
let issuer: TestIssuer;
let standin: GraphStandIn;
let api: TestApi;

beforeAll(async () => {
  tenant = await startOboTenant({
    sharepoint: false,
    otherUsers: [{ id: PEOPLE.otherTeam.id, name: PEOPLE.otherTeam.name, email: 'owen@standin.example' }],
    settings: { FILE_ON_SEND_RETRY_SECONDS: '0.2,0.3,0.3' },
  });
  ({ issuer, standin, api } = tenant);
});
afterAll(async () => {
  await tenant?.close();
});

describe('file on send in the background, on-behalf-of the worker', () => {
  it('exchanges the notice\'s token for the worker\'s Graph token and files the sent copy from their Sent Items', async () => {
    const alex = { authorization: `Bearer ${await issuer.mint()}` };
    const marker = randomUUID();
    const person = `P-${randomUUID().slice(0, 8)}`;
    const notice = await api.call('POST', '/api/emails/sent/pending', { marker, person, personName: 'Casey Child', purpose: 'Confirm the visit', harmOrRisk: false }, alex);
    expect(notice.status).toBe(202);
    const mime = sentMime(marker);
    standin.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: MAILBOX, mime, folder: 'sentitems' });
    let entry: { state: string; reference?: string } | undefined;
    await expect.poll(async () => (entry = (await api.call('GET', '/api/emails/sent', undefined, alex)).json.filings.find((f: { marker: string }) => f.marker === marker))?.state, { timeout: 10_000 }).toBe('filed');
    const record = await api.call('GET', `/api/recordings/${entry!.reference}`, undefined, alex);
    expect(record.json.record).toMatchObject({ author: { userId: TEST_USER.oid }, details: { direction: 'outgoing', messageAt: '2026-12-02T16:45:10.000Z' } });
    expect(record.json.record.blobs[0].sha256).toBe(createHash('sha256').update(mime).digest('hex'));
    // The Graph calls carried a token issued by the on-behalf-of exchange, never the API token itself.
    expect(standin.requests.some((r) => /\/oauth2\/v2\.0\/token$/.test(r.path))).toBe(true);
    const lookup = standin.requests.find((r) => r.path === '/me/mailFolders/sentitems/messages');
    expect(lookup?.headers.authorization).toMatch(/^Bearer graph-obo-/);

    // Another worker sees nothing of it, and a notice without a token is refused.
    const owen = { authorization: `Bearer ${await issuer.mint({ claims: { oid: PEOPLE.otherTeam.id, name: PEOPLE.otherTeam.name } })}` };
    expect((await api.call('GET', '/api/emails/sent', undefined, owen)).json.filings).toEqual([]);
    expect((await api.call('POST', '/api/emails/sent/pending', { marker: randomUUID(), person, personName: 'Casey Child', purpose: 'x' })).status).toBe(401);
  });
});
