import { readFileSync } from 'node:fs';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { isHelpRequest } from '../../src/bot/handlers/help';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { colorIcon, outlineIcon } from '../../manifest/icons';

const file = (name: string) => new URL(`../../manifest/${name}`, import.meta.url);
const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8')) as AppManifest & {
  bots: { scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  icons: { color: string; outline: string };
};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('Teams app manifest', () => {
  it('validates offline against the bundled Teams schema', async () => {
    expect(manifest.manifestVersion).toBe('1.17');
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('is rejected by the same validator when broken (the check can fail)', async () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0]!, scopes: ['everywhere'] }] } as unknown as AppManifest;
    expect((await AppManifestUtils.validateAgainstSchema(broken)).join('\n')).toMatch(/scopes/);
  });

  it('installs the bot in personal chats, teams and group chats', () => {
    expect([...manifest.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('ships a 192 px colour icon and a 32 px outline icon, as drawn by manifest/icons.ts', () => {
    const color = readFileSync(file(manifest.icons.color));
    const outline = readFileSync(file(manifest.icons.outline));
    expect(pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(color.equals(colorIcon())).toBe(true);
    expect(outline.equals(outlineIcon())).toBe(true);
  });

  it('offers only example commands the bot can answer from the guidance', () => {
    const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-20' };
    for (const { title } of manifest.bots[0]!.commandLists[0]!.commands) {
      if (isHelpRequest(title)) continue;
      const topics = answerQuestion(title, ctx).flatMap((r) => r.rulings.map((x) => x.topic));
      expect(topics, title).not.toContain('not-covered');
      expect(topics.length, title).toBeGreaterThan(0);
    }
  });
});
