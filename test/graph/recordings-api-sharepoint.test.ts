import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/client';
import { GraphMailSource } from '../../src/graph/mail';
import { provisionSite } from '../../src/graph/provision';
import { OnBehalfOfTokenProvider } from '../../src/graph/tokens';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { contactRecording, eml, startTestApi, type TestApi } from '../api/support';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { startTestIssuer, TEST_AUDIENCE, TEST_TENANT, TEST_USER, type TestIssuer } from '../support/issuer/test-issuer';
import { igLead, TOKENS } from './harness';
import { writeDirectoryFile } from '../support/org-directory';

// The recordings API with RECORD_STORE=sharepoint: a practitioner's Entra token is exchanged on their behalf for a
// Graph token (the stand-in plays Entra's token endpoint), and the record lands in SharePoint under their own name.

const APP_SECRET = 'stand-in-app-secret';
let issuer: TestIssuer;
let standin: GraphStandIn;
let api: TestApi;

beforeAll(async () => {
  issuer = await startTestIssuer();
  standin = await startGraphStandIn({
    users: { [TOKENS.igLead]: { id: igLead.userId, displayName: igLead.name } },
    obo: { tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET },
  });
  // The practitioner exists in the tenant; Graph tokens for them come only from the on-behalf-of exchange.
  standin.addUser(`direct-${randomUUID()}`, { id: TEST_USER.oid, displayName: TEST_USER.name, email: 'alex@standin.example' });
  const base = { baseUrl: standin.origin, fetch: standin.fetch, retryDelaySeconds: 0 };
  await provisionSite(await createGraphClient({ ...base, tokens: { graphToken: async () => TOKENS.igLead } }, igLead), standin.siteId);
  const graph = { ...base, tokens: new OnBehalfOfTokenProvider({ tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET, authority: standin.origin, fetch: standin.fetch }) };
  api = await startTestApi(
    {
      MicrosoftAppId: TEST_AUDIENCE,
      MicrosoftAppPassword: APP_SECRET,
      MicrosoftAppTenantId: TEST_TENANT,
      HOST: '127.0.0.1',
      OPENID_METADATA_URL: issuer.metadataUrl,
      RECORD_STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: standin.siteId,
      GRAPH_BASE_URL: standin.origin,
      ORG_DIRECTORY: writeDirectoryFile(),
    },
    { recordings: { store: new SharePointRecordStore({ siteId: standin.siteId, graph }), mail: new GraphMailSource(graph) } },
  );
});
afterAll(async () => {
  await api?.stop();
  await standin?.close();
  await issuer?.close();
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
