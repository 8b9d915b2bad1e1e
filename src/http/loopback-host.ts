import type { Readable } from 'node:stream';
import type { ApiRoute } from './route';

// Local mode is anonymous on 127.0.0.1: a web page elsewhere must not reach it by pointing its own name at 127.0.0.1
// (DNS rebinding). Only requests addressed to a loopback name are served.

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i;

export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK.test(host.trim());
}

/** Wraps routes so a request whose Host header is not a loopback name gets 403 and reaches no handler. */
export function onlyLoopbackHosts(routes: readonly ApiRoute[]): ApiRoute[] {
  return routes.map((route) => ({
    ...route,
    async handle(req) {
      if (isLoopbackHost(req.headers.host)) return route.handle(req);
      discard(req.stream);
      return {
        status: 403,
        body: { error: { code: 'host-not-local', message: 'In local mode this server answers only requests addressed to 127.0.0.1 or localhost.' } },
      };
    },
  }));
}

function discard(stream: Readable | undefined): void {
  if (stream && !stream.readableEnded && !stream.destroyed) stream.resume();
}
