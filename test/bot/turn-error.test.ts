import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesRoute } from '../../src/bot/adapter/messages-route';
import { BotRouter } from '../../src/bot/router';
import { loadConfig } from '../../src/config';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { startHttpServer, type RunningHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/log';
import { activity, cardsOf, cardText } from './support/bot-client';

// A handler that fails mid-turn: the practitioner gets an apology card, the logs get a code and nothing they typed.
class CaseNoteStoreUnavailable extends Error {
  readonly code = 'store-unavailable';
}

let server: RunningHttpServer;
let logs = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => (logs += c.toString('utf8')));
  const logger = createLogger('info', stream);
  const failing = () => {
    throw new CaseNoteStoreUnavailable('could not save "Jordan Smith 07700 900123"');
  };
  const router = new BotRouter({ messages: [], fallback: failing, actions: [{ verb: 'ask', handle: failing }], welcome: () => [] });
  const scope = () => ({ now: new Date(), answer: { profile: DEFAULT_PROFILE, today: '2026-11-20' } });
  server = await startHttpServer({ host: '127.0.0.1', port: 0, logger, routes: [messagesRoute({ config: loadConfig({}), logger, router, scope })] });
});
afterAll(async () => server.close());

const post = async (body: unknown) => {
  const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as unknown };
};

describe('when a turn fails', () => {
  it('answers a message with an apology card, not a 5xx', async () => {
    const res = await post(activity({ type: 'message', text: 'can I text Jordan Smith on 07700 900123?' }));
    expect(res.status).toBe(200);
    expect(cardText(cardsOf(res.json)[0])).toMatch(/Sorry, something went wrong/);
  });

  it('answers an Action.Execute with an apology card as the invoke response', async () => {
    const res = await post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: 'normal', value: { action: { type: 'Action.Execute', verb: 'ask', data: {} } } }),
    );
    expect(res.status).toBe(200);
    expect(cardText(cardsOf(res.json)[0])).toMatch(/Sorry, something went wrong/);
  });

  it('logs the error code only', () => {
    expect(logs).toMatch(/"code":"store-unavailable"/);
    expect(logs).not.toMatch(/Jordan|07700|could not save/);
  });
});
