import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_DIR, ADDIN_DIST, writeAtomically } from './build';
import type { AddinSettings } from './settings';

// The task pane and the send-time function file, bundled and minified with esbuild; the settings a browser needs
// (sign-in ids) are compiled in, never fetched.

const PAGES = ['taskpane.html', 'taskpane.css', 'commands.html'];

export async function buildPane(settings: AddinSettings, outDir = ADDIN_DIST): Promise<{ dir: string; files: string[] }> {
  const result = await build({
    entryPoints: { taskpane: join(ADDIN_DIR, 'src', 'taskpane.ts'), commands: join(ADDIN_DIR, 'src', 'commands.ts') },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'safari15'],
    write: false,
    outdir: outDir,
    legalComments: 'none',
    define: { __ADDIN_AUTH__: JSON.stringify({ clientId: settings.clientId ?? null, apiScope: settings.apiScope ?? null }), __ADDIN_BASE_URL__: JSON.stringify(settings.baseUrl) },
    logLevel: 'silent',
  });
  const files: string[] = [];
  for (const f of result.outputFiles) {
    writeAtomically(f.path, Buffer.from(f.contents));
    files.push(f.path);
  }
  for (const page of PAGES) {
    const out = join(outDir, page);
    writeAtomically(out, readFileSync(join(ADDIN_DIR, 'src', page)));
    files.push(out);
  }
  // Classic Outlook on Windows runs the send handler as commands.js alone: it may sign in (NAA) and call the service
  // only if the origin lists that file at /.well-known/microsoft-officeaddins-allowed.json (Microsoft's well-known URI).
  const allowed = join(outDir, 'well-known', 'microsoft-officeaddins-allowed.json');
  writeAtomically(allowed, `${JSON.stringify({ allowed: [`${settings.baseUrl}/addin/commands.js`] }, null, 2)}\n`);
  files.push(allowed);
  return { dir: outDir, files };
}
