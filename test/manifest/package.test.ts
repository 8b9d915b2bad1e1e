import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { isHelpRequest } from '../../src/bot/handlers/help';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { buildTeamsAppPackage, PackageError, TEAMS_SCHEMA_VERSION, teamsManifest } from '../../manifest/build';
import { decodePng } from './png';

const run = promisify(execFile);
const APP_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const HOST = 'companion.example.gov.uk';
/** The example configuration from .env.example, with the package settings filled in. */
const EXAMPLE = { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: '0a1b2c3d-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-used-here', BOT_DOMAIN: HOST };

/** `npm run package -- --out <dir>` as a separate process, with only the given settings (empty ones override a .env). */
async function runPackage(settings: Record<string, string>, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MicrosoftAppId: '', MicrosoftAppTenantId: '', BOT_DOMAIN: '', ...settings };
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/package.ts', '--out', out], { env, timeout: 60_000 });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Built {
  id: string;
  version: string;
  manifestVersion: string;
  icons: { color: string; outline: string };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[]; context?: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

describe('npm run package: the Teams app package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teams-app-'));
  let files: Record<string, Uint8Array>;
  let manifest: Built;

  beforeAll(async () => {
    const r = await runPackage(EXAMPLE, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/teams-app\.zip/);
    files = unzipSync(readFileSync(join(dir, 'teams-app.zip')));
    manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Built;
  }, 90_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the manifest and both icons at the root of the zip, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('validates offline against the bundled Teams schema of its version, the newest numbered one bundled', async () => {
    const root = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json').replace(/package\.json$/, '');
    const bundled = readFileSync(`${root}build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`, 'utf8');
    expect(await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, JSON.parse(bundled) as never)).toEqual([]);
    expect(manifest.manifestVersion).toBe(TEAMS_SCHEMA_VERSION);
    const versions = (await import('node:fs')).readdirSync(`${root}build/json-schemas/teams`).filter((v) => /^v\d+\.\d+$/.test(v));
    const newest = versions.map((v) => v.slice(1)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
    expect(manifest.manifestVersion).toBe(newest);
  });

  it('fills in the app id, bot id, SSO application and public host from the configuration', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]!.botId).toBe(APP_ID);
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://${HOST}/botid-${APP_ID}` });
    expect(manifest.validDomains).toContain(HOST);
    expect(manifest.version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{|00000000-0000/);
  });

  it('installs the bot in personal chats, teams and group chats, with the main questions as commands', () => {
    expect([...manifest.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-20' };
    const commands = manifest.bots[0]!.commandLists[0]!.commands;
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const { title } of commands) {
      if (isHelpRequest(title)) continue;
      const topics = answerQuestion(title, ctx).flatMap((r) => r.rulings.map((x) => x.topic));
      expect(topics, title).not.toContain('not-covered');
      expect(topics.length, title).toBeGreaterThan(0);
    }
  });

  it('pins the My records tab (served by the bot host) next to the chat in the personal app', () => {
    const tab = manifest.staticTabs.find((t) => t.entityId === 'my-records');
    expect(tab).toMatchObject({ name: 'My records', contentUrl: `https://${HOST}/tab/`, scopes: ['personal'], context: ['personalTab'] });
    expect(manifest.staticTabs.map((t) => t.entityId)).toContain('conversations');
  });

  it('has a 192 x 192 opaque colour icon and a 32 x 32 outline icon, white on transparent', () => {
    const color = decodePng(Buffer.from(files['color.png']!));
    expect([color.width, color.height]).toEqual([192, 192]);
    for (const [x, y] of [[0, 0], [191, 191], [96, 96]] as const) expect(color.rgba(x, y)[3]).toBe(255);

    const outline = decodePng(Buffer.from(files['outline.png']!));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    let clear = 0, white = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.rgba(x, y);
        if (a === 0) clear++;
        else if (r === 255 && g === 255 && b === 255 && a === 255) white++;
      }
    }
    expect(clear + white).toBe(32 * 32);
    expect(outline.rgba(0, 0)[3]).toBe(0);
    expect(clear).toBeGreaterThan(32 * 32 * 0.4);
    expect(white).toBeGreaterThan(50);
  });
});

describe('npm run package with bad configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teams-app-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the setting to fix in one line, exits non-zero and writes no package', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...EXAMPLE, BOT_DOMAIN: `https://${HOST}/` }, /^Cannot package: .*BOT_DOMAIN: give the host name only/],
      [{ ...EXAMPLE, BOT_DOMAIN: '' }, /^Cannot package: BOT_DOMAIN is required .*public host name/],
      [{ ...EXAMPLE, MicrosoftAppId: '' }, /^Cannot package: MicrosoftAppId is required/],
      [{ ...EXAMPLE, MicrosoftAppId: 'my-bot' }, /^Cannot package: MicrosoftAppId must be the Azure Bot's app id, a GUID/],
    ];
    for (const [settings, message] of cases) {
      const r = await runPackage(settings, dir);
      expect(r.code, JSON.stringify(settings)).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(existsSync(join(dir, 'teams-app.zip'))).toBe(false);
    }
  }, 120_000);

  it('refuses a manifest the schema rejects, with the schema\'s own message', async () => {
    const settings = { appId: APP_ID, host: HOST, version: '0.1.0' };
    const broken = teamsManifest(settings) as unknown as { name: { short: string } };
    broken.name.short = 'Care recording companion for social care';
    const attempt = buildTeamsAppPackage(settings, broken as unknown as AppManifest);
    await expect(attempt).rejects.toThrow(PackageError);
    await expect(attempt).rejects.toThrow(/schema v1\.\d+: \/name\/short must NOT have more than 30 characters/);
  });
});
