import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';

// `npm run provision -- --site <id>` as an IG lead runs it, against the stand-in: creates once, then reports "already present".

const run = promisify(execFile);
let standin: GraphStandIn;
let dir: string;
let tokenFile: string;

beforeAll(async () => {
  standin = await startGraphStandIn({ users: { 'token-ig-lead': { id: 'ig-lead', displayName: 'Pat IG Lead' } } });
  dir = await mkdtemp(join(tmpdir(), 'provision-test-'));
  tokenFile = join(dir, 'token.txt');
  await writeFile(tokenFile, 'token-ig-lead\n');
});
afterAll(async () => {
  await standin?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function provision(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GRAPH_BASE_URL: standin.origin, NODE_EXTRA_CA_CERTS: standin.certFile };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/provision.ts', ...args], { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const posts = () => standin.requests.filter((r) => r.method === 'POST').length;

describe('npm run provision', () => {
  it('creates the lists, columns and library, and the second run creates nothing', async () => {
    const first = await provision('--site', standin.siteId, '--token-file', tokenFile);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout.trim().split('\n')).toEqual(['Care records: created', 'Care record entries: created', 'Care record look-ups: created', 'Care record files: created']);
    const records = standin.state.sites.get(standin.siteId)?.lists.find((l) => l.displayName === 'Care records');
    expect(records?.columns.find((c) => c.name === 'FilingKey')).toMatchObject({ indexed: true, unique: true });
    expect(standin.requests.every((r) => r.headers.authorization === 'Bearer token-ig-lead')).toBe(true);

    const before = posts();
    const second = await provision('--site', standin.siteId, '--token-file', tokenFile);
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout.trim().split('\n')).toEqual(['Care records: already present', 'Care record entries: already present', 'Care record look-ups: already present', 'Care record files: already present']);
    expect(posts()).toBe(before);
  });

  it('adds a column that is missing from an existing list', async () => {
    const entries = standin.state.sites.get(standin.siteId)?.lists.find((l) => l.displayName === 'Care record entries');
    entries!.columns = entries!.columns.filter((c) => c.name !== 'EntryJson');
    const out = await provision('--site', standin.siteId, '--token-file', tokenFile);
    expect(out.stdout).toContain('Care record entries: completed (added EntryJson)');
    expect(out.code).toBe(0);
  });

  it('says what to fix when the site or token is missing or refused', async () => {
    expect(await provision('--token-file', tokenFile)).toMatchObject({ code: 2, stderr: expect.stringContaining('No site given') });
    const bad = join(dir, 'bad.txt');
    await writeFile(bad, 'not-a-token');
    const refused = await provision('--site', standin.siteId, '--token-file', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('sign in again');
    const unknownSite = await provision('--site', 'no-such-site', '--token-file', tokenFile);
    expect(unknownSite.code).toBe(1);
    expect(unknownSite.stderr).toContain('No SharePoint site has this id');
  });
});
