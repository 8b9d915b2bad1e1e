import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

// dist/main.js of the production build (`npm start`): runs the bundled server (dist/server.cjs) with V8's code cache, so the
// 7 MB of JavaScript is not parsed and compiled again at every start. Node 20 has no compile cache for modules of its own.
//
// The cache (dist/server.cjs.cache) is written by `npm run build`, which starts the built server once with
// WRITE_CODE_CACHE=1 and asks it a question, so the functions that first answer needs are in it too. V8 checks the cache
// against the source and its own version and flags (--max-old-space-size too): a cache that does not fit is ignored, with a
// warning, and the code compiled as usual.

const filename = fileURLToPath(new URL('./server.cjs', import.meta.url));
const cacheFile = `${filename}.cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
// Node's own CommonJS wrapper, so the bundle runs as `require` would run it.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`;
const script = new vm.Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
// Still correct, only slower: say why, once (a Node upgrade after the build is the usual cause).
if (script.cachedDataRejected) console.error('The code cache (dist/server.cjs.cache) was made by another Node or with other V8 flags (NODE_OPTIONS): starting without it, more slowly; run npm run build again under the same Node and flags.');

if (process.env.WRITE_CODE_CACHE === '1') {
  // At exit, so the cache holds every function compiled while starting and answering; renamed into place whole.
  process.once('exit', () => {
    writeFileSync(`${cacheFile}.partial`, script.createCachedData());
    renameSync(`${cacheFile}.partial`, cacheFile);
  });
}

const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(filename), module, filename, dirname(filename));
