import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, startTestBot, type TestBot } from './support/bot-client';

// With an app id the adapter demands a Bot Framework token; these are rejected locally, without calling the cloud.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({
    HOST: '127.0.0.1',
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
  });
});
afterAll(async () => bot.stop());

describe('authenticated mode', () => {
  const question = () => activity({ type: 'message', text: 'help' });

  it('rejects a request without a token with 401', async () => {
    const res = await bot.post(question());
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/AdaptiveCard/);
  });

  it('rejects a junk bearer token with 401', async () => {
    expect((await bot.post(question(), { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
    expect((await bot.post(question(), { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
  });

  it('logs the rejection by code, without the token', () => {
    expect(bot.logs()).toMatch(/bot-unauthorized/);
    expect(bot.logs()).not.toMatch(/not\.a\.jwt|dXNlcjpwYXNz/);
  });
});
