import type { ApiRoute } from '../http/route';
import type { Logger } from '../log';

// /healthz: the process is up and serving. /readyz: every store and setting it needs answers, so a load balancer may
// send it traffic. A failing check is named (never its error text, which can quote paths or data); 503 until it passes.

export interface ReadinessCheck {
  /** Shown in /readyz, e.g. "embedded-store". */
  name: string;
  /** Throws (or rejects) when not ready. */
  check(): unknown;
}

async function failing(checks: readonly ReadinessCheck[], logger: Logger): Promise<string[]> {
  const results = await Promise.all(
    checks.map(async (c) => {
      try {
        await c.check();
        return undefined;
      } catch (err) {
        logger.warn({ check: c.name, code: (err as { code?: string }).code ?? (err as Error).name }, 'not ready');
        return c.name;
      }
    }),
  );
  return results.filter((n): n is string => n !== undefined);
}

export function healthRoutes(checks: readonly ReadinessCheck[], logger: Logger): ApiRoute[] {
  return [
    { method: 'GET', path: '/healthz', body: 'none', handle: async () => ({ status: 200, body: { status: 'up' } }) },
    {
      method: 'GET',
      path: '/readyz',
      body: 'none',
      async handle() {
        const notReady = await failing(checks, logger);
        const ready = notReady.length === 0;
        return { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' }, body: { status: ready ? 'ready' : 'not-ready', checks: checks.map((c) => ({ name: c.name, ok: !notReady.includes(c.name) })) } };
      },
    },
  ];
}
