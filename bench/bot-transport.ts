import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messagesRoute } from '../src/bot/adapter/messages-route';
import { BotRouter } from '../src/bot/router';
import { loadConfig } from '../src/config';
import { DEFAULT_PROFILE } from '../src/guidance/profile';
import { startHttpServer } from '../src/http/server';
import { createLogger } from '../src/log';

// The bot's transport alone (restify, body limits, zod, CloudAdapter, handlers) with a fixed card instead of the answers
// module, so `npm run bench` shows what the transport costs apart from answering.
const dataDir = mkdtempSync(join(tmpdir(), 'bench-transport-'));
const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Allowed', wrap: true }] };
const fixed = () => [{ kind: 'card' as const, card, rulings: [] }];
const router = new BotRouter({ messages: [], fallback: fixed, actions: [], welcome: fixed });
const logger = createLogger('warn');
const scope = () => ({ now: new Date(), answer: { profile: DEFAULT_PROFILE, today: '2026-11-20' } });
const server = await startHttpServer({
  host: '127.0.0.1',
  port: 0,
  logger,
  routes: [messagesRoute({ config: loadConfig({ DATA_DIR: dataDir }), logger, router, scope })],
});
console.log(`listening ${server.port}`);
process.once('SIGTERM', () => {
  void server.close().then(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
