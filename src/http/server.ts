import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { errorCode, type Logger } from '../log';
import { BODY_IDLE_TIMEOUT_MS, clientEnding, HEADERS_TIMEOUT_MS, watchBody } from './client-timing';
import { BodyError, checkJsonContentType, DEFAULT_MAX_JSON_BYTES, readJsonBody } from './json-body';
import { CORRELATION_HEADER, correlationIdFrom, elapsedMs } from './request-log';
import type { ApiRequest, ApiResponse, ApiRoute } from './route';

// The only file that knows restify: it reads bodies, maps errors to status codes and hands neutral requests to routes.

export interface HttpServerOptions {
  host: string;
  port: number;
  routes: readonly ApiRoute[];
  logger: Logger;
  /** A body that stops arriving for this long gets 408 (default 15 s); headers must arrive within headersTimeoutMs (10 s). */
  bodyIdleTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** On close, how long requests in flight may take to finish before their connections are cut (default 20 s). */
  drainMs?: number;
  /** PEM certificate and key: serve HTTPS (Outlook loads add-in pages over HTTPS only). */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Stops taking requests, lets those in flight finish (up to drainMs), then closes every connection. */
  close(): Promise<void>;
}

/** Requests being served, and whether the server is closing (new requests on open connections then get 503). */
interface Traffic {
  inFlight: number;
  closing: boolean;
  idle?: () => void;
}

const headerValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : v);

function neutralHeaders(req: restify.Request): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k] = headerValue(v);
  return out;
}

function neutralQuery(url: string | undefined): Record<string, string | undefined> {
  // Most requests (every bot message) have no query string: nothing to parse.
  if (url === undefined || !url.includes('?')) return {};
  return Object.fromEntries(new URL(url ?? '/', 'http://local').searchParams.entries());
}

async function toApiRequest(route: ApiRoute, req: restify.Request): Promise<ApiRequest> {
  const headers = neutralHeaders(req);
  // Each request written out whole rather than spread from a shared base: a spread gives each one a hidden class of its own.
  const method = req.method ?? route.method;
  const path = req.getPath();
  const params = { ...(req.params as Record<string, string> | undefined) };
  const query = neutralQuery(req.url);
  const mode = route.body ?? 'json';
  if (mode === 'stream') return { method, path, params, query, headers, body: undefined, stream: req };
  if (mode === 'none') return { method, path, params, query, headers, body: undefined };
  const declared = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
  checkJsonContentType(headers['content-type'], (declared ?? 0) > 0 || headers['transfer-encoding'] !== undefined);
  const body = await readJsonBody(req, route.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES, declared);
  return { method, path, params, query, headers, body };
}

function send(res: restify.Response, reply: ApiResponse): void {
  for (const [k, v] of Object.entries(reply.headers ?? {})) res.header(k, v);
  if (reply.body === undefined) {
    res.status(reply.status);
    res.end();
  } else if (Buffer.isBuffer(reply.body)) {
    res.sendRaw(reply.status, reply.body);
  } else {
    res.json(reply.status, reply.body);
  }
}

const CLOSING: ApiResponse = {
  status: 503,
  headers: { Connection: 'close', 'Retry-After': '1' },
  body: { error: { code: 'shutting-down', message: 'This server is restarting. Please send the request again.' } },
};

function register(server: restify.Server, route: ApiRoute, logger: Logger, bodyIdleMs: number, traffic: Traffic): void {
  const handler = async (req: restify.Request, res: restify.Response) => {
    const started = process.hrtime.bigint();
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    res.header(CORRELATION_HEADER, correlationId);
    traffic.inFlight++;
    const settled = () => {
      if (--traffic.inFlight === 0) traffic.idle?.();
    };
    watchBody(req, res, route.body === 'none' ? 0 : bodyIdleMs);
    let reply: ApiResponse;
    try {
      reply = traffic.closing ? CLOSING : await route.handle(await toApiRequest(route, req));
    } catch (err) {
      const ending = err instanceof BodyError ? undefined : clientEnding(req, err);
      if (ending) {
        logger.info({ correlationId, code: ending, route: route.path }, 'request ended by the client');
        settled();
        return;
      }
      if (err instanceof BodyError) {
        reply = { status: err.status, body: { error: { code: err.code, message: err.message } } };
      } else {
        // Our failure, not the caller's: log the code only (messages can quote personal data).
        logger.error({ correlationId, code: errorCode(err), route: route.path }, 'route failed');
        reply = { status: 500, body: { error: { code: 'internal', message: 'The server could not complete the request. Please try again.' } } };
      }
    }
    if (res.headersSent || res.writableEnded) {
      settled();
      return;
    }
    try {
      send(res, reply);
    } finally {
      // The route's pattern (/api/recordings/:id), never the path itself, whose values could identify someone.
      logger.info({ correlationId, method: route.method, route: route.path, status: reply.status, ms: elapsedMs(started) }, 'request');
      settled();
    }
  };
  const verbs = { GET: server.get, POST: server.post, PUT: server.put, DELETE: server.del } as const;
  verbs[route.method].call(server, route.path, handler);
}

/** Starts restify with the given routes; port 0 picks an ephemeral port. */
export async function startHttpServer({ host, port, routes, logger, bodyIdleTimeoutMs, headersTimeoutMs, drainMs = 20_000, tls }: HttpServerOptions): Promise<RunningHttpServer> {
  const server = restify.createServer({ name: 'care-recording-companion', handleUncaughtExceptions: false, ...(tls ? { httpsServerOptions: { cert: tls.cert, key: tls.key } } : {}) });
  const traffic: Traffic = { inFlight: 0, closing: false };
  for (const route of routes) register(server, route, logger, bodyIdleTimeoutMs ?? BODY_IDLE_TIMEOUT_MS, traffic);
  // Seconds, not minutes: an idle connection that never finishes its headers is closed.
  server.server.headersTimeout = headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  server.server.timeout = headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${urlHost}:${actualPort}`,
    port: actualPort,
    close: async () => {
      traffic.closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections (Playground, autocannon) would otherwise hold the server open.
      server.server.closeIdleConnections();
      if (traffic.inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, drainMs);
          traffic.idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}
