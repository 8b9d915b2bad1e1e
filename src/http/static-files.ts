import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ApiRequest, ApiResponse, ApiRoute } from './route';

// Serves a built folder (the Outlook add-in's pane) read-only: known file types only, nothing outside the folder,
// gzip when the browser accepts it.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

const notFound = (): ApiResponse => ({ status: 404, body: { error: { code: 'not-found', message: 'No such file.' } } });

/** The file's path inside root, or undefined for anything that could leave it (.., encoded slashes, dot files, NUL). */
export function safeRelativePath(root: string, urlPath: string, prefix: string): string | undefined {
  if (!urlPath.startsWith(`${prefix}/`)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(prefix.length + 1));
  } catch {
    return undefined;
  }
  if (rel === '') rel = 'index.html';
  if (rel.includes('\0') || rel.includes('\\')) return undefined;
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p.startsWith('.'))) return undefined;
  const full = resolve(root, ...parts);
  return full.startsWith(resolve(root) + sep) ? full : undefined;
}

export function staticFilesRoute(prefix: string, root: string, index = 'index.html'): ApiRoute {
  const cache = new Map<string, { mtimeMs: number; raw: Buffer; gz?: Buffer }>();
  return {
    method: 'GET',
    path: `${prefix}/*`,
    body: 'none',
    async handle(req: ApiRequest): Promise<ApiResponse> {
      const path = req.path === `${prefix}/` ? `${prefix}/${index}` : req.path;
      const file = safeRelativePath(root, path, prefix);
      const type = file && TYPES[extname(file).toLowerCase()];
      if (!file || !type) return notFound();
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return notFound();
      let entry = cache.get(file);
      if (!entry || entry.mtimeMs !== info.mtimeMs) {
        const raw = await readFile(file);
        entry = { mtimeMs: info.mtimeMs, raw, gz: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 9 }) : undefined };
        cache.set(file, entry);
      }
      const gzip = entry.gz !== undefined && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', Vary: 'Accept-Encoding' };
      if (gzip) headers['Content-Encoding'] = 'gzip';
      return { status: 200, headers, body: gzip ? entry.gz : entry.raw };
    },
  };
}

