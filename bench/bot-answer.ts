import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';

// The answering bot as `npm start` runs it (local mode, embedded store in a temporary folder), for `npm run bench`.
const dataDir = mkdtempSync(join(tmpdir(), 'bench-bot-'));
// ANSWER_CACHE_SIZE and ANSWER_THREADS pass through so the bench can also measure answering with the memo off, and on the event loop.
const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ANSWER_CACHE_SIZE: process.env.ANSWER_CACHE_SIZE, ANSWER_THREADS: process.env.ANSWER_THREADS }));
console.log(`listening ${app.port}`);
process.once('SIGTERM', () => {
  void app.close().then(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
