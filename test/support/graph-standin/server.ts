import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { standInCertificate } from './cert';
import type { HandlerContext, OnBehalfOfApp, Route } from './context';
import { FaultPlan, type Fault } from './faults';
import { ODataFault, odataError, type Reply } from './odata';
import { StandInState, type MailMessage, type StandInUser } from './state';
import { listRoutes } from './handlers/lists';
import { itemRoutes } from './handlers/items';
import { driveRoutes } from './handlers/drive';
import { uploadRoutes } from './handlers/uploads';
import { mailRoutes } from './handlers/mail';
import { tokenRoutes } from './handlers/token';
import { directoryRoutes } from './handlers/directory';

// A local HTTPS server speaking the subset of Microsoft Graph the SharePoint record store uses. Tests only.

export interface RecordedRequest {
  method: string;
  /** Path without /v1.0, without query. */
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  /** 0 when the reply was dropped on purpose. */
  status: number;
  dropped: boolean;
}

export interface StandInOptions {
  /** Bearer token -> user. A token not listed here gets 401. */
  users?: Record<string, Partial<StandInUser> & { displayName: string }>;
  siteIds?: string[];
  /** Items per page of a list query (Graph pages list items); small values exercise @odata.nextLink. */
  pageSize?: number;
  /** Serve Entra ID's token endpoint (POST /{tenant}/oauth2/v2.0/token) for this app's on-behalf-of exchange. */
  obo?: OnBehalfOfApp;
}

export interface GraphStandIn {
  /** https://127.0.0.1:PORT, the Graph client's baseUrl. */
  origin: string;
  siteId: string;
  /** The self-signed certificate (PEM) and its file, for tools outside this process. */
  ca: string;
  certFile: string;
  /** Node's fetch with a dispatcher trusting the stand-in's certificate only. */
  fetch: typeof fetch;
  requests: RecordedRequest[];
  faults: FaultPlan;
  state: StandInState;
  addUser(token: string, user: Partial<StandInUser> & { displayName: string }): StandInUser;
  addMessage(message: Omit<MailMessage, 'categories' | 'restId'> & { restId?: string }): void;
  close(): Promise<void>;
}

const ROUTES: readonly Route[] = [...listRoutes, ...itemRoutes, ...driveRoutes, ...uploadRoutes, ...mailRoutes, ...tokenRoutes, ...directoryRoutes];
export const DEFAULT_SITE_ID = 'standin.sharepoint.com,0f5a2a43-1d0b-4c4e-9d8e-2b1b6f1f0c11,6a1f0d3e-8c59-4a57-9b1b-7d5c2e9f4a10';

function matchRoute(method: string, path: string): { route: Route; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (m) return { route, params: m.slice(1).map((p) => safeDecode(p ?? '')) };
  }
  return undefined;
}

/** A malformed escape stays as sent: it then matches nothing and gets a 404, as in Graph, never a crash. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  req.resume();
  await new Promise<void>((resolve) => {
    req.once('end', resolve);
    req.once('close', resolve);
  });
}

function faultReply(fault: Exclude<Fault, { kind: 'drop-after-commit' | 'error-after-commit' }>): Reply {
  switch (fault.kind) {
    case 'throttle':
      return odataError(429, 'TooManyRequests', 'Too many requests. Please retry after the time in the Retry-After header.', {
        'retry-after': String(fault.retryAfterSeconds),
      });
    case 'unavailable':
      return odataError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.', fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) });
    case 'odata-error':
      return odataError(fault.status, fault.code, fault.message);
  }
}

function writeReply(res: ServerResponse, reply: Reply, requestId: string, clientRequestId: string | undefined): void {
  const headers: Record<string, string> = { 'request-id': requestId, ...(clientRequestId ? { 'client-request-id': clientRequestId } : {}), ...reply.headers };
  if (reply.json !== undefined) {
    const body = JSON.stringify(reply.json);
    res.writeHead(reply.status, { 'content-type': 'application/json; odata.metadata=minimal; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  } else if (reply.raw !== undefined && typeof reply.raw === 'object' && 'pipe' in reply.raw) {
    res.writeHead(reply.status, headers);
    reply.raw.pipe(res);
  } else {
    res.writeHead(reply.status, headers);
    res.end(reply.raw);
  }
}

/** Node's fetch with a dispatcher that trusts this certificate (and only for the requests it makes). */
export function trustingFetch(ca: string): { fetch: typeof fetch; close(): Promise<void> } {
  const agent = new Agent({ connect: { ca } });
  return {
    fetch: ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, { ...init, dispatcher: agent } as RequestInit)) as typeof fetch,
    close: () => agent.destroy(),
  };
}

export async function startGraphStandIn(options: StandInOptions = {}): Promise<GraphStandIn> {
  const cert = await standInCertificate();
  const filesDir = await mkdtemp(join(tmpdir(), 'graph-standin-files-'));
  const state = new StandInState();
  const faults = new FaultPlan();
  const requests: RecordedRequest[] = [];
  const users = new Map<string, StandInUser>();
  const pageSize = options.pageSize ?? 200;
  let origin = '';

  const addUser = (token: string, u: Partial<StandInUser> & { displayName: string }): StandInUser => {
    const user: StandInUser = {
      id: u.id ?? randomUUID(),
      displayName: u.displayName,
      email: u.email ?? `${u.displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@standin.example`,
      canWrite: u.canWrite ?? true,
      ...(u.managerId ? { managerId: u.managerId } : {}),
      ...(u.groupIds ? { groupIds: u.groupIds } : {}),
      ...(u.employeeId ? { employeeId: u.employeeId } : {}),
    };
    users.set(token, user);
    return user;
  };
  for (const [token, u] of Object.entries(options.users ?? {})) addUser(token, u);
  const siteIds = options.siteIds ?? [DEFAULT_SITE_ID];
  for (const id of siteIds) state.addSite(id);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const path = url.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '');
    const method = req.method ?? 'GET';
    const requestId = randomUUID();
    const entry: RecordedRequest = { method, path, query: url.search, headers: { ...req.headers }, status: 0, dropped: false };
    requests.push(entry);
    const send = async (reply: Reply): Promise<void> => {
      await drain(req);
      entry.status = reply.status;
      writeReply(res, reply, requestId, req.headers['client-request-id'] as string | undefined);
    };

    const fault = faults.take(method, path);
    if (fault && fault.kind !== 'drop-after-commit' && fault.kind !== 'error-after-commit') return send(faultReply(fault));

    const found = matchRoute(method, path);
    if (!found) return send(odataError(400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`));
    const { route, params } = found;
    let user: StandInUser | undefined;
    if (route.auth === 'bearer') {
      const auth = req.headers.authorization;
      if (!auth) return send(odataError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
      user = users.get(auth.replace(/^Bearer\s+/i, ''));
      if (!user || !/^Bearer\s+/i.test(auth)) return send(odataError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.'));
      if (route.write && !user.canWrite) {
        return send(odataError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.'));
      }
    }
    const issueToken = (u: StandInUser): string => {
      const token = `graph-obo-${randomUUID()}`;
      users.set(token, u);
      return token;
    };
    const ctx: HandlerContext = { method, path, params, query: url.searchParams, headers: req.headers, user, req, state, origin, dir: filesDir, pageSize, users, issueToken, obo: options.obo };
    let reply: Reply;
    try {
      reply = await route.handle(ctx);
    } catch (err) {
      if (err instanceof ODataFault) return send(err.reply);
      console.error('graph stand-in handler failed', err);
      return send(odataError(500, 'generalException', 'The stand-in failed unexpectedly.'));
    }
    if (fault?.kind === 'drop-after-commit') {
      // The work is done; the client never hears so. It must look before it tries again.
      await drain(req);
      entry.dropped = true;
      res.socket?.destroy();
      return;
    }
    if (fault?.kind === 'error-after-commit') return send(odataError(fault.status, 'gatewayTimeout', 'The operation timed out.'));
    return send(reply);
  }

  const server: Server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('graph stand-in failed', err);
      res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const trusting = trustingFetch(cert.cert);

  return {
    origin,
    siteId: siteIds[0] ?? DEFAULT_SITE_ID,
    ca: cert.cert,
    certFile: cert.certFile,
    fetch: trusting.fetch,
    requests,
    faults,
    state,
    addUser,
    addMessage(m) {
      state.messages.push({ ...m, restId: m.restId ?? `AAMk${m.immutableId}`, categories: [] });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await trusting.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
