import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { manifestXml } from './addin/manifest';
import { addinSettings } from './addin/settings';

// `npm run validate`: the XML manifest checked offline. office-addin-manifest's own XML check calls an online service,
// so the XML is converted to the unified (JSON) manifest and that is validated against the bundled schema.

const run = promisify(execFile);
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

export async function validateAddinManifest(xmlPath: string): Promise<{ ok: boolean; output: string }> {
  const out = mkdtempSync(join(tmpdir(), 'addin-manifest-'));
  try {
    const conv = await run(bin('office-addin-manifest-converter'), ['convert', xmlPath, '--output', out]).catch((e: { stdout?: string; stderr?: string }) => e);
    let json: string;
    try {
      json = join(out, 'manifest.json');
      readFileSync(json);
    } catch {
      return { ok: false, output: `conversion failed: ${conv.stdout ?? ''}${conv.stderr ?? ''}` };
    }
    const v = await run(bin('office-addin-manifest'), ['validate', json]).then(
      (r) => ({ ok: true, output: `${r.stdout}${r.stderr}` }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    return v;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const xmlPath = fileURLToPath(new URL('../addin/manifest.xml', import.meta.url));
  const fresh = manifestXml(addinSettings());
  if (readFileSync(xmlPath, 'utf8') !== fresh) {
    console.error('addin/manifest.xml is not what the current settings build: run `npm run build:addin` first.');
    process.exit(1);
  }
  const r = await validateAddinManifest(xmlPath);
  console.log(r.ok ? `addin/manifest.xml is valid (converted to the unified manifest and checked offline).${r.output.trim() ? `\n${r.output.trim()}` : ''}` : r.output);
  process.exit(r.ok ? 0 : 1);
}
