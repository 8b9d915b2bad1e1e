import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` as a process: settings errors end in one clear line; SIGTERM closes the server and exits 0.
const dataDir = mkdtempSync(join(tmpdir(), 'bot-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('npm start', () => {
  it('refuses bad settings with one line that says what to fix', async () => {
    const run = startMain({ ORG_POLICIES: 'atlantis' });
    expect(await run.exited).toBe(2);
    const lines = run.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: .*ORG_POLICIES.*atlantis/);
  });

  it('refuses an organisation directory it cannot use with one line naming the file', async () => {
    const run = startMain({ PORT: '0', ORG_DIRECTORY: 'no-such-directory.json' });
    expect(await run.exited).toBe(2);
    const lines = run.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: ORG_DIRECTORY no-such-directory\.json could not be read/);
  }, 60_000);

  it('serves /api/messages and stops cleanly on SIGTERM', async () => {
    const run = startMain({ PORT: '0', LOG_LEVEL: 'warn' });
    const url = await new Promise<string>((resolve, reject) => {
      run.child.stdout.on('data', () => {
        const m = /Bot listening on (\S+)/.exec(run.out());
        if (m) resolve(m[1]!);
      });
      void run.exited.then(() => reject(new Error(`exited early: ${run.err()}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/messages$/);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'help', deliveryMode: 'expectReplies', conversation: { id: 'main-1' } }),
    });
    expect(res.status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 60_000);
});
