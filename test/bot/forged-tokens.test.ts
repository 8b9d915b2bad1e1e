import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateKeyPair, SignJWT } from 'jose';
import { CHANNEL_TOKEN_ISSUER, startChannelIssuer, type ChannelIssuer } from '../support/issuer/channel-issuer';
import { activity, startTestBot, type TestBot } from './support/bot-client';

// Forged Bot Framework tokens get 401, never 500, and no key material reaches any output; an unreachable key
// endpoint gives 503 with Retry-After, logged once.
const APP_ID = '00000000-0000-0000-0000-000000000001';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const ENV = { HOST: '127.0.0.1', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002' };
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const claims = () => {
  const now = Math.floor(Date.now() / 1000);
  return { iss: CHANNEL_TOKEN_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + 3600 };
};
const question = () => activity({ type: 'message', text: 'help', serviceUrl: SERVICE_URL });

/** Everything written to stdout, stderr or the console while a test runs. */
function captureOutput(): { text(): string; restore(): void } {
  let text = '';
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((text += String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((text += String(chunk)), true)),
    ...(['log', 'error', 'warn', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void (text += args.map(String).join(' ')))),
  ];
  return { text: () => text, restore: () => spies.forEach((s) => s.mockRestore()) };
}

describe('forged Bot Framework tokens', () => {
  let channel: ChannelIssuer;
  let bot: TestBot;
  let output: ReturnType<typeof captureOutput>;
  beforeAll(async () => {
    channel = await startChannelIssuer();
    bot = await startTestBot({ ...ENV, BOT_OPENID_METADATA_URL: channel.metadataUrl });
  });
  afterAll(async () => {
    await bot?.stop();
    await channel?.close();
  });
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());

  const forged: [string, () => Promise<string>][] = [
    ['alg none with the channel key id', async () => `${b64({ alg: 'none', kid: 'channel-key-1', typ: 'JWT' })}.${b64(claims())}.`],
    ['HS256 keyed with the public key', async () => {
      const head = `${b64({ alg: 'HS256', kid: 'channel-key-1', typ: 'JWT' })}.${b64(claims())}`;
      return `${head}.${createHmac('sha256', String(channel.publicJwk.n)).update(head).digest('base64url')}`;
    }],
    ['RS256 signed with a wrong key under the channel key id', async () => {
      const wrong = await generateKeyPair('RS256');
      return new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'channel-key-1', typ: 'JWT' }).sign(wrong.privateKey);
    }],
    ['RS256 with a key id the channel does not publish', () => channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL, key: 'unknown' })],
    ['a header that is not JSON', async () => `bm90LWpzb24.${b64(claims())}.c2ln`],
    ['three dots of nothing', async () => '..'],
  ];

  it.each(forged)('answers %s with 401, printing no key material', async (_label, make) => {
    const res = await bot.post(question(), { authorization: `Bearer ${await make()}` });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    const printed = output.text() + bot.logs();
    expect(printed).not.toContain(String(channel.publicJwk.n).slice(0, 40));
    expect(printed).not.toMatch(/Available keys|"kty"|"n":/);
  });

  it('still answers a genuine channel token', async () => {
    const res = await bot.post(question(), { authorization: `Bearer ${await channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL })}` });
    expect(res.status).toBe(200);
  });
});

describe('when the channel signing keys cannot be fetched', () => {
  it('answers 503 with Retry-After, and says so once in the log', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const bot = await startTestBot({ ...ENV, BOT_OPENID_METADATA_URL: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration` });
    try {
      const channel = await startChannelIssuer();
      const token = await channel.mint({ appId: APP_ID, serviceUrl: SERVICE_URL });
      await channel.close();
      for (let i = 0; i < 3; i++) {
        const res = await bot.post(question(), { authorization: `Bearer ${token}` });
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(bot.logs().match(/bot-keys-unreachable","msg":"channel signing keys could not be fetched/g)).toHaveLength(1);
    } finally {
      await bot.stop();
    }
  });
});
