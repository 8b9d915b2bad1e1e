import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiResponse, ApiRoute } from '../http/route';
import type { Logger } from '../log';

// The "My records" tab: one page, its stylesheet and its script (src/tab/page/, bundled with esbuild on first request).

const page = (name: string) => new URL(`./page/${name}`, import.meta.url);

/** Hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app (Microsoft's documented tab hosts). */
const M365_HOSTS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
];

export interface TabOptions {
  /** Local mode: no sign-in, and local pages may frame the tab. */
  localMode: boolean;
  logger: Logger;
}

function securityHeaders(localMode: boolean): Record<string, string> {
  const ancestors = localMode ? ["'self'", 'http://127.0.0.1:*', 'http://localhost:*', ...M365_HOSTS] : M365_HOSTS;
  return {
    // connect-src 'self': the tab talks only to this server (teams-js falls back to its built-in list of host origins).
    'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors.join(' ')}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The browser script, bundled once per process. */
function bundler(logger: Logger): () => Promise<Buffer> {
  let built: Promise<Buffer> | undefined;
  return () => {
    built ??= (async () => {
      const { build } = await import('esbuild');
      const out = await build({
        entryPoints: [fileURLToPath(page('main.ts'))],
        bundle: true,
        minify: true,
        format: 'iife',
        platform: 'browser',
        target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
        write: false,
        legalComments: 'none',
        logLevel: 'silent',
      });
      return Buffer.from(out.outputFiles[0]!.contents);
    })().catch((err: unknown) => {
      built = undefined;
      logger.error({ code: (err as { code?: string }).code ?? 'bundle-failed' }, 'tab script could not be built');
      throw err;
    });
    return built;
  };
}

export function tabRoutes({ localMode, logger }: TabOptions): ApiRoute[] {
  const headers = securityHeaders(localMode);
  const html = Buffer.from(readFileSync(page('index.html'), 'utf8').replace('{{MODE}}', localMode ? 'local' : 'entra'));
  const css = readFileSync(page('tab.css'));
  const script = bundler(logger);
  const file = (body: Buffer, type: string, cache = 'no-cache'): ApiResponse => ({ status: 200, body, headers: { ...headers, 'Content-Type': type, 'Cache-Control': cache } });
  return [
    { method: 'GET', path: '/tab', body: 'none', handle: async () => ({ status: 301, headers: { Location: '/tab/' } }) },
    { method: 'GET', path: '/tab/', body: 'none', handle: async () => file(html, 'text/html; charset=utf-8') },
    { method: 'GET', path: '/tab/tab.css', body: 'none', handle: async () => file(css, 'text/css; charset=utf-8') },
    {
      method: 'GET',
      path: '/tab/app.js',
      body: 'none',
      handle: async () => {
        try {
          return file(await script(), 'text/javascript; charset=utf-8');
        } catch {
          return { status: 503, body: { error: { code: 'tab-unavailable', message: 'The My records tab could not be prepared. Run `npm install` and restart the server.' } } };
        }
      },
    },
  ];
}
