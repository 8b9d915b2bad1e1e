import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build';
import { loadGuidance } from '../../src/guidance/load';
import { startAndAsk } from '../../scripts/first-answer';
import { startAzurite } from '../support/azurite';

// `npm run build` then `npm start`: the bundle runs in plain Node (no tsx) from its code cache, reads its card templates, answers.
const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository (.tmp/ is ignored by git) so the bundle finds node_modules, as dist/ does.
const outDir = join(root, '.tmp', `build-test-${process.pid}`);
const dataDir = mkdtempSync(join(tmpdir(), 'built-server-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('production build', () => {
  // With Blob Storage configured (Azurite), so the module loaded only for several instances is exercised in the build too.
  it('builds, starts with plain node, answers a question from the guidance, is ready, and stops on SIGTERM', { timeout: 120_000 }, async () => {
    const [main, azurite] = await Promise.all([buildServer(outDir, { sourcemap: false }), startAzurite()]);
    // A server that fails to start must not leave the emulator running.
    const run = await startAndAsk([main], { DATA_DIR: dataDir, BOT_STATE_CONNECTION_STRING: azurite.connectionString }).catch(async (err: unknown) => {
      await azurite.stop();
      throw err;
    });
    try {
      const ready = await fetch(`${run.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: expect.arrayContaining([{ name: 'bot-state', ok: true }, { name: 'answer-audit', ok: true }]) });
      const text = JSON.stringify(run.activities);
      expect(run.activities.length).toBeGreaterThan(0);
      // A real ruling from the encoded guidance (not the apology card), so templates and data were found.
      expect(text).toContain('WhatsApp');
      expect(text).toMatch(/ruleIds|guidanceVersion|Nottinghamshire|Cardiff/);
      // The guidance the build validated and carried in the bundle is the guidance in the repository.
      expect(text).toContain(loadGuidance().version);
      expect(text).not.toContain('something went wrong');
      // It started from the code cache the build wrote (a cache V8 refuses is reported on stderr).
      expect(run.stderr()).not.toContain('code cache');
    } finally {
      expect(await run.stop()).toBe(0);
      await azurite.stop();
    }
  });
});
