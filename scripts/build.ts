import { build, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalisedExemplars } from '../src/understanding/closest';

// `npm run build`: bundles the server into dist/ (main.js and its chunks) so `npm start` runs plain Node (no TypeScript compiled at start).

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Card templates (cards/*.json) and the guidance data (src/guidance/policies/) are read at run time next to the module that
 * reads them (`new URL(..., import.meta.url)`). In one bundle every module would share dist/main.js's URL, so each
 * module's import.meta.url is pointed back at its source file, and the data is read from where it lives in the repository.
 */
const sourceUrls = (outfile: string): Plugin => ({
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromDist = relative(dirname(outfile), args.path).split('\\').join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`), loader: 'ts' };
    });
  },
});

/** Bundles src/main.ts into outDir/main.js (default dist/; inside the repository, where node_modules is found); returns its path. */
export async function buildServer(outDir = `${root}dist`, options: { sourcemap?: boolean } = {}): Promise<string> {
  const outfile = join(outDir, 'main.js');
  await rm(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [`${root}src/main.ts`],
    outdir: outDir,
    // The server (src/app.ts) is imported after the settings are checked: a separate file, so a bad setting is reported at once.
    splitting: true,
    // Chunks sit beside main.js, so a path relative to any of them is the same (see sourceUrls).
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: options.sourcemap ?? true,
    // Start-up is mostly compiling the bundle, and minified it is half the size; names are kept (errors are logged by name).
    minify: true,
    keepNames: true,
    // Loaded from node_modules at run time: native addons (dtrace-provider is restify's optional one, tried and skipped),
    // Blob Storage, needed only with several instances (imported on demand; bundled, its CommonJS exports were lost), and the
    // en-GB dictionary, which reads its .aff and .dic files next to its own module.
    external: ['better-sqlite3', 'dtrace-provider', 'botbuilder-azure-blobs'],
    // Bundled CommonJS packages call require() for Node's own modules, which an ES module lacks.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [sourceUrls(outfile)],
    // Work done once here rather than at every start (see where each name is declared).
    define: { BUILT_NORMALISED_EXEMPLARS: JSON.stringify(normalisedExemplars()) },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = await buildServer();
  const dir = dirname(outfile);
  const bytes = readdirSync(dir).filter((f) => f.endsWith('.js')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  console.log(`Built ${relative(root, outfile)} from src/main.ts (${(bytes / 1e6).toFixed(1)} MB of JavaScript in ${relative(root, dir)}/)`);
}
