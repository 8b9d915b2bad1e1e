import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colorIcon } from '../../manifest/icons';
import { ICON_SIZES, manifestXml } from './manifest';
import type { AddinSettings } from './settings';

export const ADDIN_DIR = fileURLToPath(new URL('../../addin/', import.meta.url));
/** What the server serves at /addin/: the bundled pane, its page and styles, the icons. */
export const ADDIN_DIST = join(ADDIN_DIR, 'dist');

/** Write-then-rename, so a server (or a second build) never reads a half-written file. */
export function writeAtomically(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** addin/manifest.xml from the settings. */
export function writeManifest(settings: AddinSettings, path = join(ADDIN_DIR, 'manifest.xml')): string {
  writeAtomically(path, manifestXml(settings));
  return path;
}

export function writeIcons(dir = ADDIN_DIST): void {
  for (const size of ICON_SIZES) writeAtomically(join(dir, `icon-${size}.png`), colorIcon(size));
}
