import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build';
import { startAndAsk } from '../../scripts/first-answer';

// `npm run build` then `npm start`: the bundle runs in plain Node (no tsx), reads its card templates and guidance, answers.
const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository (.tmp/ is ignored by git) so the bundle finds node_modules, as dist/ does.
const outDir = join(root, '.tmp', `build-test-${process.pid}`);
const dataDir = mkdtempSync(join(tmpdir(), 'built-server-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('production build', () => {
  it('builds, starts with plain node, answers a question from the guidance, and stops on SIGTERM', { timeout: 120_000 }, async () => {
    const main = await buildServer(outDir);
    const run = await startAndAsk([main], { DATA_DIR: dataDir });
    try {
      const text = JSON.stringify(run.activities);
      expect(run.activities.length).toBeGreaterThan(0);
      // A real ruling from the encoded guidance (not the apology card), so templates and data were found.
      expect(text).toContain('WhatsApp');
      expect(text).toMatch(/ruleIds|guidanceVersion|Nottinghamshire|Cardiff/);
      expect(text).not.toContain('something went wrong');
    } finally {
      expect(await run.stop()).toBe(0);
    }
  });
});
