import { build, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtGuidance, defaultGuidance } from '../src/guidance/default-guidance';
import { passageIndexJson } from '../src/guidance/passage-search';
import { exemplarIndexJson, normalisedExemplars } from '../src/understanding/closest';
import { reachBankJson } from '../src/understanding/reach';
import { provisionBankJson } from '../src/understanding/provision-search';
import { EXEMPLARS } from '../src/understanding/exemplars';
import { literalChecksJson } from '../src/understanding/literals';
import { understand } from '../src/understanding/understand';
import { startAndAsk } from './first-answer';

// `npm run build`: bundles the server into dist/ (main.js, server.cjs and its code cache) so `npm start` runs plain Node (no
// TypeScript compiled, and little JavaScript, at start).

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Card templates (cards/*.json) and the guidance data (src/guidance/policies/) are read at run time next to the module that
 * reads them (`new URL(..., import.meta.url)`). In one bundle every module shares server.cjs's location, so each module's
 * import.meta.url is pointed back at its source file, and the data is read from where it lives in the repository.
 */
const sourceUrls = (outfile: string): Plugin => ({
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromDist = relative(dirname(outfile), args.path).split('\\').join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, require('node:url').pathToFileURL(__filename)).href`), loader: 'ts' };
    });
  },
});

/** Starts the built server once with WRITE_CODE_CACHE=1 and asks it a question: it writes server.cjs.cache as it stops. */
async function writeCodeCache(main: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'build-code-cache-'));
  try {
    // With the V8 flags of this build's environment, which the cache must match at start.
    const flags: Record<string, string> = process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {};
    const run = await startAndAsk([main], { DATA_DIR: dataDir, WRITE_CODE_CACHE: '1', ...flags });
    const code = await run.stop();
    if (code !== 0 || !existsSync(join(dirname(main), 'server.cjs.cache'))) throw new Error(`the built server did not write its code cache (exit ${code})`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The literal pre-check of every table pattern, found by reading the exemplar bank (src/understanding/literals.ts). */
const builtLiteralChecks = (): string =>
  literalChecksJson(() => {
    for (const phrasing of Object.values(EXEMPLARS).flat()) understand(phrasing, { today: '2026-01-05' });
  });

/**
 * Bundles src/main.ts into outDir/server.cjs (default dist/; inside the repository, where node_modules is found), writes the
 * loader outDir/main.js (src/ops/built-main.ts) and, unless told not to, the V8 code cache; returns main.js's path.
 */
export async function buildServer(outDir = `${root}dist`, options: { sourcemap?: boolean; codeCache?: boolean } = {}): Promise<string> {
  const outfile = join(outDir, 'main.js');
  const server = join(outDir, 'server.cjs');
  await rm(outDir, { recursive: true, force: true });
  // Work done once here rather than at every start (see where each name is declared); the answering threads need it too.
  const built = { BUILT_NORMALISED_EXEMPLARS: JSON.stringify(normalisedExemplars()), BUILT_EXEMPLAR_INDEX: JSON.stringify(exemplarIndexJson()), BUILT_GUIDANCE: JSON.stringify(builtGuidance()), BUILT_LITERAL_CHECKS: JSON.stringify(builtLiteralChecks()), BUILT_PASSAGE_INDEX: JSON.stringify(passageIndexJson(defaultGuidance())), BUILT_REACH_BANK: JSON.stringify(reachBankJson()), BUILT_PROVISION_BANK: JSON.stringify(provisionBankJson()) };
  const answerWorker = join(outDir, 'answer-worker.cjs');
  // The answering threads' entry (src/answering/answer-threads.ts), found from its source file as every import.meta.url is.
  const answerWorkerUrl = relative(`${root}src/answering`, answerWorker).split('\\').join('/');
  await build({
    entryPoints: [`${root}src/main.ts`],
    outfile: server,
    bundle: true,
    platform: 'node',
    // CommonJS, one file: V8's code cache is reachable from Node 20 only through vm.Script (see src/ops/built-main.ts). The
    // server (src/app.ts) is still initialised only after the settings are checked, so a bad setting is reported at once.
    format: 'cjs',
    target: 'node20',
    sourcemap: options.sourcemap ?? true,
    // Minified, there is half as much to read; names are kept (errors are logged by name).
    minify: true,
    keepNames: true,
    // Loaded from node_modules at run time: native addons (dtrace-provider is restify's optional one, tried and skipped),
    // Blob Storage (botbuilder-azure-blobs and @azure/storage-blob, for the shared answer audit), needed only with several
    // instances (imported on demand; bundled, its CommonJS exports were lost), and
    // esbuild, which the tab uses to bundle its page on first request and which finds its own binary beside its module.
    // piscina too, which starts each thread from its own worker script beside its module.
    external: ['better-sqlite3', 'dtrace-provider', 'botbuilder-azure-blobs', '@azure/storage-blob', 'esbuild', 'piscina'],
    // import() of those becomes require(): all are CommonJS, and vm.Script would need an experimental callback for import().
    supported: { 'dynamic-import': false },
    plugins: [sourceUrls(server)],
    define: { ...built, BUILT_ANSWER_WORKER: JSON.stringify(answerWorkerUrl) },
    logLevel: 'warning',
  });
  // Plain CommonJS: piscina require()s it in each thread.
  await build({ entryPoints: [`${root}src/answering/answer-worker.ts`], outfile: answerWorker, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: options.sourcemap ?? true, minify: true, keepNames: true, plugins: [sourceUrls(answerWorker)], define: built, logLevel: 'warning' });
  await build({ entryPoints: [`${root}src/ops/built-main.ts`], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  if (options.codeCache ?? true) await writeCodeCache(outfile);
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = await buildServer();
  const dir = dirname(outfile);
  const bytes = readdirSync(dir).filter((f) => /\.(c?js)$/.test(f)).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  console.log(`Built ${relative(root, outfile)} from src/main.ts (${(bytes / 1e6).toFixed(1)} MB of JavaScript in ${relative(root, dir)}/, and its code cache)`);
}
