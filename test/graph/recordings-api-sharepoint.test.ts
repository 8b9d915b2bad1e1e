import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnBehalfOfTokenProvider } from '../../src/graph/tokens';
import { contactRecording, eml, type TestApi } from '../api/support';
import { APP_SECRET, startOboTenant, type OboTenant } from '../support/obo-tenant';
import { type GraphStandIn } from '../support/graph-standin';
import { TEST_AUDIENCE, TEST_TENANT, TEST_USER, type TestIssuer } from '../support/issuer/test-issuer';

// The recordings API with RECORD_STORE=sharepoint: a practitioner's Entra token is exchanged on their behalf for a
// Graph token (the stand-in plays Entra's token endpoint), and the record lands in SharePoint under their own name.

let tenant: OboTenant;
let issuer: TestIssuer;
let standin: GraphStandIn;
let api: TestApi;

beforeAll(async () => {
  tenant = await startOboTenant({ sharepoint: true });
  ({ issuer, standin, api } = tenant);
});
afterAll(async () => {
  await tenant?.close();
});

describe('recordings API on SharePoint', () => {
  it("files a contact recording under the practitioner's own identity and reads it back", async () => {
    const token = await issuer.mint();
    const res = await api.call('POST', '/api/recordings', contactRecording(), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
    const reference = res.json.reference as string;
    const item = standin.state.sites.get(standin.siteId)?.lists.find((l) => l.displayName === 'Care records')?.items.find((i) => i.fields.RecordRef === reference);
    expect(item?.createdBy).toMatchObject({ id: TEST_USER.oid, displayName: TEST_USER.name });
    const exchange = standin.requests.filter((r) => r.path === `/${TEST_TENANT}/oauth2/v2.0/token`);
    expect(exchange.length).toBeGreaterThan(0);
    expect(exchange.every((r) => r.status === 200)).toBe(true);
    // Graph never saw the API token itself: only the exchanged one.
    expect(standin.requests.some((r) => r.headers.authorization === `Bearer ${token}`)).toBe(false);
    const got = await api.call('GET', `/api/recordings/${reference}`, undefined, { authorization: `Bearer ${token}` });
    expect(got.status).toBe(200);
    // Reading back gives the record as filed; whether the filing was new is said only on the POST.
    const { alreadyFiled, ...filed } = res.json;
    expect(alreadyFiled).toBe(false);
    expect(got.json).toEqual(filed);
  });

  it('files an Outlook message by its immutable id, once, and marks it filed in the mailbox', async () => {
    const token = await issuer.mint();
    const id = `AAkALgAA-${randomUUID()}`;
    standin.addMessage({ immutableId: id, mailbox: 'alex@standin.example', mime: eml().toString('latin1') });
    const body = { graphMessageId: id, person: `P-${randomUUID().slice(0, 8)}`, personName: 'Casey', direction: 'incoming', purpose: 'Parent update' };
    const first = await api.call('POST', '/api/emails', body, { authorization: `Bearer ${token}` });
    expect(first.status).toBe(201);
    expect(first.json.markedFiled).toBe(true);
    expect(standin.state.messages.find((m) => m.immutableId === id)?.categories).toEqual(['Filed to care record']);
    const again = await api.call('POST', '/api/emails', body, { authorization: `Bearer ${token}` });
    expect(again.status).toBe(200);
    expect(again.json.reference).toBe(first.json.reference);
    for (const r of standin.requests.filter((x) => x.path.startsWith('/me/messages/'))) expect(r.headers.prefer).toBe('IdType="ImmutableId"');
  });

  it('tells a practitioner the site refused them in plain words, keeping nothing half-filed', async () => {
    const token = await issuer.mint();
    standin.faults.inject({ method: 'POST', path: /\/items$/, times: 1, fault: { kind: 'odata-error', status: 403, code: 'accessDenied', message: 'Access denied' } });
    const res = await api.call('POST', '/api/recordings', contactRecording(), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(403);
    expect(res.text).toContain('You do not have permission to file to this site: ask your IG lead.');
  });
});

describe('on-behalf-of exchange', () => {
  it('caches the Graph token per practitioner and says "sign in again" when Entra refuses the exchange', async () => {
    const settings = { tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET, authority: standin.origin, fetch: standin.fetch };
    const principal = { userId: TEST_USER.oid, name: TEST_USER.name, tenantId: TEST_TENANT, accessToken: await issuer.mint() };
    const provider = new OnBehalfOfTokenProvider(settings);
    const before = standin.requests.length;
    const first = await provider.graphToken(principal);
    expect(await provider.graphToken(principal)).toBe(first);
    expect(standin.requests.slice(before).filter((r) => r.path.endsWith('/oauth2/v2.0/token'))).toHaveLength(1);

    await expect(new OnBehalfOfTokenProvider({ ...settings, clientSecret: 'wrong' }).graphToken(principal)).rejects.toMatchObject({ code: 'unauthenticated', graphCode: 'graph-unauthenticated' });
    const stranger = { ...principal, userId: 'someone-else', accessToken: await issuer.mint({ claims: { oid: randomUUID() } }) };
    await expect(provider.graphToken(stranger)).rejects.toMatchObject({ graphCode: 'graph-consent-required', message: expect.stringMatching(/sign in again/) });
  });
});
