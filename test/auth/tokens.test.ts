import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, startTestApi, type TestApi } from '../api/support';
import { writeDirectoryFile } from '../support/org-directory';
import { OTHER_TENANT, startTestIssuer, TEST_AUDIENCE, TEST_TENANT, TEST_USER, type TestIssuer } from '../support/issuer/test-issuer';

// Outside local mode the recordings API accepts only Entra ID access tokens for this API and tenant.
describe('recordings API token validation', () => {
  let issuer: TestIssuer;
  let api: TestApi;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    api = await startTestApi({
      MicrosoftAppId: TEST_AUDIENCE,
      MicrosoftAppPassword: 'not-used-by-these-tests',
      MicrosoftAppTenantId: TEST_TENANT,
      HOST: '127.0.0.1',
      OPENID_METADATA_URL: issuer.metadataUrl,
      ORG_DIRECTORY: writeDirectoryFile(),
    });
  });
  afterAll(async () => {
    await api?.stop();
    await issuer?.close();
  });

  const post = (token: string | undefined, extra: Record<string, string> = {}) =>
    api.call('POST', '/api/recordings', contactRecording(), { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...extra });

  it('accepts a valid token and records under the practitioner’s own identity', async () => {
    const res = await post(await issuer.mint());
    expect(res.status).toBe(201);
    expect(res.json.record.author).toEqual({ userId: TEST_USER.oid, name: TEST_USER.name });
    const got = await api.call('GET', `/api/recordings/${res.json.reference}`, undefined, { authorization: `Bearer ${await issuer.mint()}` });
    expect(got.status).toBe(200);
  });

  it('accepts the v1.0 issuer form (sts.windows.net) for the same tenant', async () => {
    expect((await post(await issuer.mint({ issuerForm: 'v1' }))).status).toBe(201);
  });

  const refusals: [string, () => Promise<string | undefined>, RegExp][] = [
    ['no token', async () => undefined, /Sign-in required/],
    ['an expired token', () => issuer.mint({ expiresIn: -3600 }), /expired/],
    ['a token for another audience', () => issuer.mint({ audience: 'api://some-other-app' }), /different application/],
    ['a token from another tenant', () => issuer.mint({ tenantId: OTHER_TENANT }), /another organisation/],
    ['an unsigned token (alg none)', async () => issuer.unsigned(), /unsigned tokens are refused/],
    ['a token signed by an unknown key', () => issuer.mint({ key: 'unknown' }), /key Microsoft Entra ID does not publish/],
    ['a malformed token', async () => 'not-a-jwt', /malformed/],
    ['a token without a user', () => issuer.mint({ claims: { oid: undefined } }), /does not identify a user/],
    ['an app-only token (idtyp app, roles, no scp)', () => issuer.mint({ claims: { idtyp: 'app', roles: ['Recordings.ReadWrite.All'], scp: undefined } }), /app-only token/],
    ['an app-only token (roles without scp)', () => issuer.mint({ claims: { roles: ['Recordings.ReadWrite.All'], scp: undefined } }), /app-only token/],
    ['an ID token (no scp)', () => issuer.mint({ claims: { scp: undefined, nonce: 'abc' } }), /not an access token.*Recordings\.ReadWrite/],
    ['a token for an unrelated scope (User.Read)', () => issuer.mint({ claims: { scp: 'User.Read' } }), /does not carry this API's scope/],
  ];

  it.each(refusals)('refuses %s with 401 and a clear message, writing nothing', async (_label, token, message) => {
    const res = await post(await token());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.json.error.code).toBe('unauthenticated');
    expect(res.json.error.message).toMatch(message);
  });

  it('ignores the local-mode identity headers outside local mode', async () => {
    const res = await post(undefined, { 'x-local-user-id': 'someone', 'x-local-user-name': 'Someone' });
    expect(res.status).toBe(401);
  });

  it('refuses a list request without a token, so no names leak', async () => {
    const res = await api.call('GET', '/api/recordings?person=P-1');
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('Casey');
  });
});

describe('when the identity provider metadata cannot be reached', () => {
  let api: TestApi;
  let issuer: TestIssuer;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    const unreachable = issuer.metadataUrl;
    await issuer.close(); // the port is now closed
    api = await startTestApi({ MicrosoftAppId: TEST_AUDIENCE, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TEST_TENANT, HOST: '127.0.0.1', OPENID_METADATA_URL: unreachable });
  });
  afterAll(async () => api?.stop());

  it('answers 503 saying sign-in could not be checked (our failure, not the caller’s)', async () => {
    const res = await api.call('POST', '/api/recordings', contactRecording(), { authorization: 'Bearer a.b.c' });
    expect(res.status).toBe(503);
    expect(res.json.error).toMatchObject({ code: 'auth-unavailable', message: expect.stringMatching(/could not be checked/) });
  });
});
