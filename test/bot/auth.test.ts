import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChannelIssuer, type ChannelIssuer } from '../support/issuer/channel-issuer';
import { activity, cardsOf, cardText, startTestBot, type TestBot } from './support/bot-client';

// With an app id the adapter demands a Bot Framework token. The channel's signing keys come from a local stand-in,
// so both refusals and a genuinely signed channel token are exercised without calling the cloud.
const APP_ID = '00000000-0000-0000-0000-000000000001';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
let bot: TestBot;
let channel: ChannelIssuer;
beforeAll(async () => {
  channel = await startChannelIssuer();
  bot = await startTestBot({
    HOST: '127.0.0.1',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    BOT_OPENID_METADATA_URL: channel.metadataUrl,
  });
});
afterAll(async () => {
  await bot.stop();
  await channel.close();
});

const question = (text = 'help') => activity({ type: 'message', text, serviceUrl: SERVICE_URL });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('authenticated mode', () => {
  it('rejects a request without a token with 401', async () => {
    const res = await bot.post(question());
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/AdaptiveCard/);
  });

  it('rejects a junk bearer token with 401', async () => {
    expect((await bot.post(question(), { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
    expect((await bot.post(question(), { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
  });

  it('answers a question carrying a token the channel signed for this bot', async () => {
    const res = await bot.post(question('can I WhatsApp a 15 year old?'), bearer(await channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL })));
    expect(res.status).toBe(200);
    expect(cardsOf(res.json).flatMap(cardText).join(' ')).toContain('Waltham Forest');
  });

  it('keeps answering turn after turn on the same token and serviceUrl', async () => {
    const token = await channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL });
    for (let i = 0; i < 3; i++) expect((await bot.post(question(), bearer(token))).status).toBe(200);
  });

  it.each([
    ['signed with a key the channel does not publish', { key: 'unknown' as const }],
    ['issued to another bot', { appId: '00000000-0000-0000-0000-00000000ffff' }],
    ['from another issuer', { issuer: 'https://attacker.example' }],
    ['expired', { expiresIn: -600 }],
    ['issued for another serviceUrl', { serviceUrl: 'https://elsewhere.example/' }],
  ])('refuses a token %s with 401', async (_, overrides) => {
    const token = await channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL, ...overrides });
    const res = await bot.post(question(), bearer(token));
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/AdaptiveCard/);
  });

  it('logs the rejection by code, without the token', () => {
    expect(bot.logs()).toMatch(/bot-unauthorized/);
    expect(bot.logs()).not.toMatch(/not\.a\.jwt|dXNlcjpwYXNz|eyJ/);
  });
});

describe('authenticated mode, keys endorsed for another channel', () => {
  it('refuses a Teams activity signed with a key not endorsed for msteams', async () => {
    const other = await startChannelIssuer(['webchat']);
    const b = await startTestBot({ HOST: '127.0.0.1', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002', BOT_OPENID_METADATA_URL: other.metadataUrl });
    try {
      const res = await b.post(question(), bearer(await other.mint({ appId: APP_ID, serviceUrl: SERVICE_URL })));
      expect(res.status).toBe(401);
    } finally {
      await b.stop();
      await other.close();
    }
  });
});
