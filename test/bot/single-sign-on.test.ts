import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createGraphClient } from '../../src/graph/client';
import { provisionSite } from '../../src/graph/provision';
import { OnBehalfOfTokenProvider } from '../../src/graph/tokens';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { findInCard } from '../support/card-search';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { startChannelIssuer, type ChannelIssuer } from '../support/issuer/channel-issuer';
import { startTestIssuer, TEST_TENANT, type TestIssuer } from '../support/issuer/test-issuer';
import { ALLOCATED_PERSON, AUTHOR_STAFF_FILE, PEOPLE, writeDirectoryFile } from '../support/org-directory';
import { startTokenServiceStandIn, type TokenServiceStandIn } from '../support/token-service/token-service-standin';
import { activity, cardsOf, cardText, startTestBot, type CardJson, type TestBot } from './support/bot-client';

// Teams single sign-on for managers' flows with records in SharePoint, over HTTP end to end: the channel's tokens from a
// local Bot Framework issuer, the Bot Framework token service and Entra ID as documented stand-ins, and the Graph
// stand-in as SharePoint. The bot holds no token of its own for anyone: it asks the token service each time.

const APP_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const APP_SECRET = 'stand-in-bot-secret';
const CONNECTION = 'graph-sso';
const EXCHANGE_URI = `api://companion.test/botid-${APP_ID}`;
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const IG_TOKEN = 'token-ig-lead';

type From = { id: string; aadObjectId: string; name: string };
const manager: From = { id: '29:teams-user-sam', aadObjectId: PEOPLE.lineManager.id, name: PEOPLE.lineManager.name };
const managerPerson = { oid: PEOPLE.lineManager.id, name: PEOPLE.lineManager.name };

let channel: ChannelIssuer;
let entra: TestIssuer;
let graph: GraphStandIn;
let tokens: TokenServiceStandIn;
let bot: TestBot;
/** Graph tokens the token service gave, by person (Entra object id). */
const issued = new Map<string, string[]>();

beforeAll(async () => {
  channel = await startChannelIssuer();
  entra = await startTestIssuer();
  // The on-behalf-of endpoint serves the recordings API (the worker filing from Outlook), not the bot.
  graph = await startGraphStandIn({ users: { [IG_TOKEN]: { id: PEOPLE.igLead.id, displayName: PEOPLE.igLead.name } }, obo: { tenantId: TEST_TENANT, clientId: APP_ID, clientSecret: APP_SECRET } });
  graph.addUser(`direct-${randomUUID()}`, { id: PEOPLE.author.id, displayName: PEOPLE.author.name });
  const graphSettings = { baseUrl: graph.origin, fetch: graph.fetch, retryDelaySeconds: 0 };
  await provisionSite(await createGraphClient({ ...graphSettings, tokens: { graphToken: async () => IG_TOKEN } }, { userId: PEOPLE.igLead.id, name: PEOPLE.igLead.name, tenantId: TEST_TENANT }), graph.siteId);
  tokens = await startTokenServiceStandIn({
    appId: APP_ID,
    appPassword: APP_SECRET,
    connectionName: CONNECTION,
    exchangeUri: EXCHANGE_URI,
    openIdMetadataUrl: entra.metadataUrl,
    tenantId: TEST_TENANT,
    // The connection's scopes are Graph's: the token it gives acts as that person in SharePoint.
    graphTokenFor: (person) => {
      const token = `graph-${randomUUID()}`;
      graph.addUser(token, { id: person.oid, displayName: person.name });
      issued.set(person.oid, [...(issued.get(person.oid) ?? []), token]);
      return token;
    },
  });
  // The store the app builds for RECORD_STORE=sharepoint (on-behalf-of provider), pointed at the stand-in; the stand-in has
  // no on-behalf-of endpoint configured, so only the token service's Graph token can reach it.
  const store = new SharePointRecordStore({ siteId: graph.siteId, graph: { ...graphSettings, tokens: new OnBehalfOfTokenProvider({ tenantId: TEST_TENANT, clientId: APP_ID, clientSecret: APP_SECRET, authority: graph.origin, fetch: graph.fetch }) } });
  bot = await startTestBot(
    {
      HOST: '127.0.0.1',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_SECRET,
      MicrosoftAppTenantId: TEST_TENANT,
      BOT_OPENID_METADATA_URL: channel.metadataUrl,
      OPENID_METADATA_URL: entra.metadataUrl,
      RECORD_STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: graph.siteId,
      GRAPH_BASE_URL: graph.origin,
      ORG_DIRECTORY: writeDirectoryFile(),
      BOT_SSO_CONNECTION_NAME: CONNECTION,
      BOT_TOKEN_SERVICE_URL: tokens.url,
      BOT_LOGIN_AUTHORITY: tokens.url,
    },
    { recordings: { store } },
  );
});
afterAll(async () => {
  await bot?.stop();
  await tokens?.close();
  await graph?.close();
  await entra?.close();
  await channel?.close();
});
beforeEach(() => tokens.forget(manager.id));

async function post(fields: Record<string, unknown>) {
  const token = await channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL });
  return bot.post(activity({ serviceUrl: SERVICE_URL, from: manager, conversation: { id: 'conv-sam', conversationType: 'personal', tenantId: TEST_TENANT }, ...fields }), { authorization: `Bearer ${token}` });
}

type OAuthCard = { connectionName: string; tokenExchangeResource?: { id: string; uri: string }; buttons: { type: string; value: string }[] };
const oauthCardsOf = (json: unknown): OAuthCard[] =>
  ((json as { activities?: { attachments?: { contentType: string; content: OAuthCard }[] }[] }).activities ?? []).flatMap((a) =>
    (a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.oauth').map((x) => x.content),
  );

/** Teams' SSO token for the manager: issued by their tenant's Entra ID for the connection's Token Exchange URL. */
const ssoToken = (options: Parameters<TestIssuer['mint']>[0] = {}) => entra.mint({ audience: EXCHANGE_URI, claims: { oid: managerPerson.oid, name: managerPerson.name, scp: 'access_as_user' }, ...options });

const exchange = async (card: OAuthCard, token: string, deliveryMode = 'expectReplies') =>
  post({ type: 'invoke', name: 'signin/tokenExchange', deliveryMode, value: { id: card.tokenExchangeResource?.id, connectionName: card.connectionName, token } });

/** The invoke response of an expectReplies turn: status and body as Teams would receive them. */
const invokeResponseOf = (json: unknown) =>
  (json as { activities?: { type: string; value?: { status: number; body?: { statusCode: number; type: string; value: unknown } } }[] }).activities?.find((a) => a.type === 'invokeResponse')?.value;

/** Action.Execute as Teams sends it, again with Teams' SSO token (value.authentication) after a loginRequest. */
const execute = (verb: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}, from: From = manager) =>
  post({ type: 'invoke', name: 'adaptiveCard/action', from, value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, ...extra } });

const FILLED = {
  person: ALLOCATED_PERSON,
  supervisee: AUTHOR_STAFF_FILE,
  supervisionDate: '2026-11-19',
  discussion: 'Texting the young person after school; mum agreed in the meeting.',
  decision1: 'Texts from the work mobile only',
  reasons1: 'He answers texts but not calls; risk assessed with mum present',
  dcDiscussed: 'true',
  dcRiskAssessed: 'true',
  dcChannel: 'text',
  dcReview: '2027-02-19',
  harmOrRisk: 'false',
};

const submitOf = (card: CardJson) => findInCard(card, (o) => o.type === 'Action.Execute' && o.verb === 'supervision-submit')[0]?.data as Record<string, unknown>;
const itemFor = (reference: string) => graph.state.sites.get(graph.siteId)?.lists.find((l) => l.displayName === 'Care records')?.items.find((i) => i.fields.RecordRef === reference);

describe('Teams single sign-on for managers with records in SharePoint', () => {
  it('asks a manager without a token to sign in, refuses forged and wrong-audience exchanges with 412, then opens the form as them', async () => {
    const first = await post({ type: 'message', text: 'record a supervision decision' });
    expect(first.status).toBe(200);
    expect(cardsOf(first.json)).toEqual([]);
    const [card] = oauthCardsOf(first.json);
    expect(card?.connectionName).toBe(CONNECTION);
    expect(card?.tokenExchangeResource?.uri).toBe(EXCHANGE_URI);
    expect(card?.buttons[0]).toMatchObject({ type: 'signin' });
    expect(card?.buttons[0]?.value).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/oauth\/signin/);
    // Nothing reached SharePoint without the manager's own token.
    expect(graph.requests.filter((r) => r.path.includes('/lists/'))).toEqual([]);

    // As Teams sends them (no expectReplies): the HTTP status is the invoke's, and 412 makes Teams show the sign-in button.
    for (const bad of [await ssoToken({ audience: APP_ID }), await ssoToken({ key: 'unknown' }), entra.unsigned({ audience: EXCHANGE_URI }), await ssoToken({ expiresIn: -600 })]) {
      const refused = await exchange(card!, bad, 'normal');
      expect(refused.status).toBe(412);
      expect(refused.json).toMatchObject({ id: card!.tokenExchangeResource!.id, connectionName: CONNECTION, failureDetail: expect.any(String) });
    }
    // A token for another connection name is not exchanged either.
    const other = await post({ type: 'invoke', name: 'signin/tokenExchange', deliveryMode: 'normal', value: { id: 'x', connectionName: 'another', token: await ssoToken() } });
    expect(other.status).toBe(412);
    expect(tokens.holds(manager.id)).toBe(false);

    const done = await exchange(card!, await ssoToken());
    expect(done.status).toBe(200);
    const replies = done.json as { activities: { type: string; value?: { status: number } }[] };
    expect(replies.activities.find((a) => a.type === 'invokeResponse')?.value?.status).toBe(200);
    const form = cardsOf(done.json).find((c) => submitOf(c));
    expect(cardText(form)).toContain('Record a supervision decision');
    expect(tokens.holds(manager.id)).toBe(true);
    // The same exchange again (Teams may send one per device): answered, nothing done twice.
    const again = await exchange(card!, await ssoToken());
    expect(cardsOf(again.json)).toEqual([]);
  });

  it("records a decision asked for before sign-in as the manager once signed in: author and SharePoint's creator are the manager", async () => {
    const data = { cardId: randomUUID(), ...FILLED };
    const submit = await execute('supervision-submit', data);
    expect(submit.status).toBe(200);
    // Universal Actions: a login request in the invoke response; the form stays as it is, with what was typed.
    const login = invokeResponseOf(submit.json)?.body as { statusCode: number; type: string; value: OAuthCard };
    expect(login).toMatchObject({ statusCode: 401, type: 'application/vnd.microsoft.activity.loginRequest', value: { connectionName: CONNECTION, tokenExchangeResource: { uri: EXCHANGE_URI } } });
    expect(login.value.buttons[0]).toMatchObject({ type: 'signin' });
    expect(cardsOf(submit.json)).toEqual([]);

    // Teams sends the same action again with an SSO token; one it cannot exchange gets 412, as documented.
    const refused = await execute('supervision-submit', data, { authentication: { id: login.value.tokenExchangeResource!.id, connectionName: CONNECTION, token: await ssoToken({ audience: APP_ID }) } });
    expect(invokeResponseOf(refused.json)?.body).toMatchObject({ statusCode: 412, type: 'application/vnd.microsoft.error.preconditionFailed' });
    expect(tokens.holds(manager.id)).toBe(false);

    const done = await execute('supervision-submit', data, { authentication: { id: login.value.tokenExchangeResource!.id, connectionName: CONNECTION, token: await ssoToken() } });
    // The form turns in place into the summary.
    const summary = cardsOf(done.json)[0];
    expect(cardText(summary)).toContain('Supervision decision recorded');
    const reference = /SD-[A-Z0-9-]+/.exec(cardText(summary))?.[0];
    expect(reference).toBeDefined();
    const item = itemFor(reference!);
    expect(item?.createdBy).toMatchObject({ id: PEOPLE.lineManager.id, displayName: PEOPLE.lineManager.name });
    const record = JSON.parse(String(item?.fields.RecordJson)) as { author: { userId: string; name: string } };
    expect(record.author).toEqual({ userId: PEOPLE.lineManager.id, name: PEOPLE.lineManager.name });
    // No on-behalf-of exchange was needed: the token service's token already acted as the manager.
    expect(graph.requests.some((r) => r.path.endsWith('/oauth2/v2.0/token'))).toBe(false);
    expect(graph.requests.filter((r) => r.path.includes('/lists/')).every((r) => (issued.get(PEOPLE.lineManager.id) ?? []).includes(String(r.headers.authorization).replace(/^Bearer /, '')) || r.headers.authorization === `Bearer ${IG_TOKEN}`)).toBe(true);

    // Signed in now: the next action goes straight through with the token the service keeps, no sign-in card.
    const next = await post({ type: 'message', text: 'record a supervision decision' });
    expect(oauthCardsOf(next.json)).toEqual([]);
    expect(cardsOf(next.json).some((c) => submitOf(c))).toBe(true);
  });

  it("signs off a worker's recording as the manager after sign-in: 'read and agreed' entered on the file under the manager's name", async () => {
    // The worker files from Outlook through the recordings API (their own Entra token, exchanged on their behalf).
    const apiToken = await entra.mint({ claims: { oid: PEOPLE.author.id, name: PEOPLE.author.name } });
    const filed = await fetch(`${bot.app.url}/api/recordings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
      body: JSON.stringify({ kind: 'contact-recording', person: { reference: ALLOCATED_PERSON, name: 'Child N' }, direction: 'outgoing', channel: 'text', otherParty: '07700 900123', messageAt: '2026-11-20T09:50:00Z', content: { form: 'transcript', text: 'See you Tuesday at 4.' }, purpose: 'Arranging the next visit', harmOrRisk: false }),
    });
    expect(filed.status).toBe(201);
    const reference = ((await filed.json()) as { record: { id: string } }).record.id;

    const asked = await post({ type: 'message', text: 'awaiting my sign-off' });
    const [card] = oauthCardsOf(asked.json);
    expect(card).toBeDefined();
    const done = await exchange(card!, await ssoToken());
    const list = cardsOf(done.json)[0]!;
    const agree = findInCard(list, (o) => o.type === 'Action.Execute' && o.verb === 'sign-off-agree' && (o.data as { record?: string }).record === reference)[0];
    expect(agree).toBeDefined();

    const res = await execute('sign-off-agree', agree!.data as Record<string, unknown>);
    expect(invokeResponseOf(res.json)?.body).toMatchObject({ statusCode: 200 });
    expect(cardText(cardsOf(res.json)[0])).toContain(`${reference} read and agreed`);
    const entries = graph.state.sites.get(graph.siteId)?.lists.find((l) => l.displayName === 'Care record entries')?.items.filter((i) => i.fields.RecordRef === reference) ?? [];
    expect(entries.map((e) => [e.fields.EntryKind, e.fields.AuthorId, e.createdBy.id])).toEqual([['sign-off', PEOPLE.lineManager.id, PEOPLE.lineManager.id]]);
  });

  it('records advice outside supervision as the worker and its confirmation as the manager, each after their own sign-in', async () => {
    const worker: From = { id: '29:teams-user-alex', aadObjectId: PEOPLE.author.id, name: PEOPLE.author.name };
    const workerSso = () => entra.mint({ audience: EXCHANGE_URI, claims: { oid: PEOPLE.author.id, name: PEOPLE.author.name, scp: 'access_as_user' } });
    const advice = { cardId: randomUUID(), person: ALLOCATED_PERSON, adviceDate: '2026-11-19', context: 'Whether to tell school about the move', advice: 'Tell the designated safeguarding lead today', reasons: 'School needs to know who collects him' };
    const submit = await execute('advice-submit', advice, {}, worker);
    expect(invokeResponseOf(submit.json)?.body).toMatchObject({ statusCode: 401 });
    const recorded = await execute('advice-submit', advice, { authentication: { id: 'x', connectionName: CONNECTION, token: await workerSso() } }, worker);
    const reference = /SD-[A-Z0-9-]+/.exec(cardsOf(recorded.json).map(cardText).join(' '))?.[0];
    expect(reference).toBeDefined();
    expect(itemFor(reference!)?.createdBy.id).toBe(PEOPLE.author.id);

    // The manager signs in with the sign-in button instead (no SSO): Teams sends the action again with the code.
    const confirm = await execute('advice-confirm', { record: reference });
    expect(invokeResponseOf(confirm.json)?.body).toMatchObject({ statusCode: 401 });
    const wrongCode = await execute('advice-confirm', { record: reference }, { state: tokens.signInWithCard('29:someone-else', managerPerson) });
    expect(invokeResponseOf(wrongCode.json)?.body).toMatchObject({ statusCode: 412 });
    const confirmed = await execute('advice-confirm', { record: reference }, { state: tokens.signInWithCard(manager.id, managerPerson) });
    expect(cardsOf(confirmed.json).map(cardText).join(' ')).toContain(`${reference} confirmed`);
    const entries = graph.state.sites.get(graph.siteId)?.lists.find((l) => l.displayName === 'Care record entries')?.items.filter((i) => i.fields.RecordRef === reference) ?? [];
    expect(entries.map((e) => [e.fields.EntryKind, e.fields.AuthorId, e.createdBy.id])).toEqual([['sign-off', PEOPLE.lineManager.id, PEOPLE.lineManager.id]]);
    tokens.forget(worker.id);
  });

  it('shows the digital contact register on a "can I text" answer with the token the service holds, and stays silent, never asking to sign in, without one', async () => {
    const question = { type: 'message', text: `can I text ${ALLOCATED_PERSON} about Tuesday's visit?` };
    graph.requests.length = 0;
    const unsigned = await post(question);
    expect(unsigned.status).toBe(200);
    expect(oauthCardsOf(unsigned.json)).toEqual([]);
    const answered = cardsOf(unsigned.json).map(cardText);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.join('\n')).not.toContain('Digital contact register');
    expect(graph.requests.filter((r) => r.path.includes('/lists/'))).toEqual([]);

    // Signed in for a manager's card: a decision approving texts is recorded as the manager.
    const first = await post({ type: 'message', text: 'record a supervision decision' });
    await exchange(oauthCardsOf(first.json)[0]!, await ssoToken());
    const recorded = await execute('supervision-submit', { cardId: randomUUID(), ...FILLED });
    expect(cardText(cardsOf(recorded.json)[0])).toContain('Supervision decision recorded');

    const signed = await post(question);
    expect(oauthCardsOf(signed.json)).toEqual([]);
    const register = cardsOf(signed.json).map(cardText).find((t) => t.includes(`Digital contact register: ${ALLOCATED_PERSON}`));
    expect(register).toMatch(/Text message \(SMS\) approved by Sam Manager on 19 November 2026 \(SD-[A-Z0-9-]+\)\.[\s\S]*Review by 19 February 2027\./);
    const reads = graph.requests.filter((r) => r.path.includes('/lists/') && r.method === 'GET');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => (issued.get(PEOPLE.lineManager.id) ?? []).includes(String(r.headers.authorization).replace(/^Bearer /, '')) || r.headers.authorization === `Bearer ${IG_TOKEN}`)).toBe(true);

    // The token service not answering: the answer comes without the register, and no sign-in card.
    tokens.failNext(503);
    const failing = await post(question);
    expect(failing.status).toBe(200);
    expect(oauthCardsOf(failing.json)).toEqual([]);
    expect(cardsOf(failing.json).map(cardText).join('\n')).not.toContain('Digital contact register');
    expect(cardsOf(failing.json).length).toBeGreaterThan(0);
  });

  it('says plainly when the token service does not answer, and does nothing', async () => {
    tokens.failNext(503);
    const res = await post({ type: 'message', text: 'awaiting my sign-off' });
    expect(res.status).toBe(200);
    expect(oauthCardsOf(res.json)).toEqual([]);
    expect(cardText(cardsOf(res.json)[0])).toContain('Sign-in is not available just now');
    expect(bot.logs()).toMatch(/"code":"get-token-failed","status":503/);
  });

  it('refuses settings that cannot sign in: a connection name without the app id and secret', () => {
    expect(() => loadConfig({ BOT_SSO_CONNECTION_NAME: CONNECTION })).toThrow(/BOT_SSO_CONNECTION_NAME needs MicrosoftAppId and MicrosoftAppPassword/);
    expect(() => loadConfig({ BOT_SSO_CONNECTION_NAME: CONNECTION, MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TEST_TENANT })).toThrow(/MicrosoftAppPassword/);
    expect(loadConfig({ BOT_SSO_CONNECTION_NAME: CONNECTION, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TEST_TENANT }).sso).toEqual({ connectionName: CONNECTION, tokenServiceUrl: 'https://api.botframework.com', loginAuthority: 'https://login.microsoftonline.com' });
  });

  it('completes a sign-in made with the card (signin/verifyState) and refuses a code that is not the user\'s', async () => {
    const first = await post({ type: 'message', text: 'record a supervision decision' });
    expect(oauthCardsOf(first.json)).toHaveLength(1);
    const wrong = await post({ type: 'invoke', name: 'signin/verifyState', value: { state: tokens.signInWithCard('29:someone-else', managerPerson) } });
    expect(cardText(cardsOf(wrong.json)[0])).toContain('Sign-in did not finish');
    const code = tokens.signInWithCard(manager.id, managerPerson);
    const res = await post({ type: 'invoke', name: 'signin/verifyState', value: { state: code } });
    expect(res.status).toBe(200);
    expect(cardsOf(res.json).some((c) => submitOf(c))).toBe(true);
  });

  it('never writes the token to the logs or to what the bot stores (conversation state, references)', async () => {
    const first = await post({ type: 'message', text: 'record a supervision decision' });
    const token = await ssoToken();
    await exchange(oauthCardsOf(first.json)[0]!, token);
    const logs = bot.logs();
    expect(logs).toContain('sso-exchanged');
    expect(logs).not.toContain(token.slice(-20));
    expect(logs).not.toMatch(/graph-[0-9a-f]{8}-/);
    const stored = readdirSync(bot.dataDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
      .join('\n');
    expect(stored).toContain(manager.id);
    expect(stored).not.toContain(token.slice(-20));
    expect(stored).not.toMatch(/graph-[0-9a-f]{8}-/);
  });

  it("checks reminders as each person with the token service's token, and skips, unnamed in the log, those it holds none for", async () => {
    const supervisee = { id: '29:teams-user-alex', aadObjectId: PEOPLE.author.id, name: PEOPLE.author.name };
    await post({ type: 'message', text: 'hi', from: supervisee, conversation: { id: 'conv-alex', conversationType: 'personal', tenantId: TEST_TENANT } });
    const first = await post({ type: 'message', text: 'record a supervision decision' });
    await exchange(oauthCardsOf(first.json)[0]!, await ssoToken());
    const managerTokens = issued.get(PEOPLE.lineManager.id) ?? [];
    graph.requests.length = 0;
    const logsBefore = bot.logs().length;
    const outcome = await bot.app.checkReminders!();
    // The worker's overdue recordings were found through the manager's token (delivery needs the real Bot Connector's login).
    expect(outcome.sent + outcome.unreachable).toBeGreaterThan(0);
    const reads = graph.requests.filter((r) => r.path.includes('/lists/'));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => managerTokens.includes(String(r.headers.authorization).replace(/^Bearer /, '')))).toBe(true);
    const logged = bot.logs().slice(logsBefore);
    expect(logged).toMatch(/"code":"reminders-skipped-no-sign-in","people":1/);
    for (const named of [PEOPLE.author.id, PEOPLE.author.name, supervisee.id]) expect(logged).not.toContain(named);
  });
});
