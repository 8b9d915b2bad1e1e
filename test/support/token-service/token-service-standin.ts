import { randomInt, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';

// A local stand-in for the Bot Framework token service, written to its documented REST behaviour, and for the Entra ID
// client-credentials endpoint the bot signs in at to call it:
//   POST /{tenant}/oauth2/v2.0/token          the bot's app token (scope https://api.botframework.com/.default)
//   GET  /api/botsignin/GetSignInResource     sign-in link + tokenExchangeResource for the OAuth connection
//   GET  /api/usertoken/GetToken              the stored token (404 when none); ?code= completes a sign-in-card login
//   POST /api/usertoken/exchange              Teams' SSO token (aud = the connection's Token Exchange URL) for the
//                                             connection's Graph token, kept for later GetToken calls
// Every /api call needs the bot's app token. The exchange validates the SSO token's signature (the Entra stand-in's keys),
// issuer, audience and lifetime, as the service does before its on-behalf-of exchange.

export interface TokenServiceStandInOptions {
  appId: string;
  appPassword: string;
  connectionName: string;
  /** The connection's Token Exchange URL: the Application ID URI the SSO token must be issued for. */
  exchangeUri: string;
  /** The Entra ID stand-in's OpenID metadata (signing keys of SSO tokens). */
  openIdMetadataUrl: string;
  tenantId: string;
  /** Issues the Graph token the connection's scopes give this person (the Graph stand-in learns it). */
  graphTokenFor(person: { oid: string; name: string }): string;
}

export interface TokenServiceStandIn {
  url: string;
  requests: { method: string; path: string; status: number }[];
  /** The user signs in through the card's link: returns the code Teams then sends in signin/verifyState. */
  signInWithCard(userId: string, person: { oid: string; name: string }): string;
  /** Drops the user's stored token (signed out, or never signed in). */
  forget(userId: string): void;
  /** The next /api call is answered with this status (e.g. 503: the service is down). */
  failNext(status: number): void;
  /** Whether a token is stored for the user. */
  holds(userId: string): boolean;
  close(): Promise<void>;
}

type Reply = { status: number; json?: unknown };

const errorReply = (status: number, code: string, message: string): Reply => ({ status, json: { error: { code, message } } });

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const c of req) {
    text += (c as Buffer).toString('utf8');
    if (text.length > 64 * 1024) break;
  }
  return text;
}

export async function startTokenServiceStandIn(o: TokenServiceStandInOptions): Promise<TokenServiceStandIn> {
  const metadata = (await (await fetch(o.openIdMetadataUrl)).json()) as { jwks_uri: string; issuer: string };
  const keys = createRemoteJWKSet(new URL(metadata.jwks_uri));
  const appTokens = new Set<string>();
  const stored = new Map<string, string>();
  const codes = new Map<string, { userId: string; token: string }>();
  const requests: TokenServiceStandIn['requests'] = [];
  const key = (userId: string, connectionName: string, channelId: string) => JSON.stringify([userId, connectionName, channelId]);
  let base = '';
  let failing: number | undefined;

  async function handle(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams;
    if (req.method === 'POST' && url.pathname === `/${o.tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('grant_type') !== 'client_credentials') return { status: 400, json: { error: 'unsupported_grant_type' } };
      if (form.get('client_id') !== o.appId || form.get('client_secret') !== o.appPassword) return { status: 401, json: { error: 'invalid_client' } };
      if (form.get('scope') !== 'https://api.botframework.com/.default') return { status: 400, json: { error: 'invalid_scope' } };
      const token = `bot-app-${randomUUID()}`;
      appTokens.add(token);
      return { status: 200, json: { token_type: 'Bearer', expires_in: 3599, access_token: token } };
    }
    if (!url.pathname.startsWith('/api/')) return errorReply(404, 'NotFound', 'No such endpoint.');
    if (failing !== undefined) {
      const status = failing;
      failing = undefined;
      return errorReply(status, 'ServiceUnavailable', 'The service is not available.');
    }
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !appTokens.has(bearer)) return errorReply(401, 'Unauthorized', 'The bot must call with its app token.');
    if (req.method === 'GET' && url.pathname === '/api/botsignin/GetSignInResource') {
      let state: { ConnectionName?: string } = {};
      try {
        state = JSON.parse(Buffer.from(q.get('state') ?? '', 'base64').toString('utf8')) as { ConnectionName?: string };
      } catch {
        return errorReply(400, 'BadArgument', 'state is not valid.');
      }
      if (state.ConnectionName !== o.connectionName) return errorReply(400, 'BadArgument', 'Unknown connection.');
      return { status: 200, json: { signInLink: `${base}/api/oauth/signin?signin=${randomUUID()}`, tokenExchangeResource: { id: randomUUID(), uri: o.exchangeUri, providerId: 'aad' } } };
    }
    const userId = q.get('userId') ?? '';
    const connectionName = q.get('connectionName') ?? '';
    const channelId = q.get('channelId') ?? '';
    if (!userId || connectionName !== o.connectionName || !channelId) return errorReply(400, 'BadArgument', 'userId, a known connectionName and channelId are required.');
    const tokenResponse = (token: string): Reply => ({ status: 200, json: { channelId, connectionName, token, expiration: new Date(Date.now() + 3600_000).toISOString() } });
    if (req.method === 'GET' && url.pathname === '/api/usertoken/GetToken') {
      const code = q.get('code');
      if (code) {
        const signedIn = codes.get(code);
        codes.delete(code);
        if (!signedIn || signedIn.userId !== userId) return errorReply(404, 'NotFound', 'No token for this code.');
        stored.set(key(userId, connectionName, channelId), signedIn.token);
      }
      const token = stored.get(key(userId, connectionName, channelId));
      return token ? tokenResponse(token) : errorReply(404, 'NotFound', 'No token stored for this user.');
    }
    if (req.method === 'POST' && url.pathname === '/api/usertoken/exchange') {
      let body: { token?: unknown } = {};
      try {
        body = JSON.parse(await readBody(req)) as { token?: unknown };
      } catch {
        return errorReply(400, 'BadArgument', 'The body must be JSON.');
      }
      if (typeof body.token !== 'string') return errorReply(400, 'BadArgument', 'token is required.');
      let claims: Record<string, unknown>;
      try {
        claims = (await jwtVerify(body.token, keys, { audience: o.exchangeUri, issuer: metadata.issuer, algorithms: ['RS256'] })).payload;
      } catch {
        return errorReply(400, 'ServiceError', 'The token could not be exchanged.');
      }
      if (typeof claims.oid !== 'string' || typeof claims.name !== 'string') return errorReply(400, 'ServiceError', 'The token names no user.');
      const token = o.graphTokenFor({ oid: claims.oid, name: claims.name });
      stored.set(key(userId, connectionName, channelId), token);
      return tokenResponse(token);
    }
    return errorReply(404, 'NotFound', 'No such endpoint.');
  }

  const server: Server = createServer((req, res: ServerResponse) => {
    handle(req).then(
      (r) => {
        requests.push({ method: req.method ?? '', path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname, status: r.status });
        res.statusCode = r.status;
        res.setHeader('content-type', 'application/json');
        res.end(r.json === undefined ? '' : JSON.stringify(r.json));
      },
      () => {
        res.statusCode = 500;
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    signInWithCard(userId, person) {
      const code = String(randomInt(100000, 999999));
      codes.set(code, { userId, token: o.graphTokenFor(person) });
      return code;
    },
    failNext(status) {
      failing = status;
    },
    forget(userId) {
      for (const k of stored.keys()) if ((JSON.parse(k) as string[])[0] === userId) stored.delete(k);
    },
    holds: (userId) => [...stored.keys()].some((k) => (JSON.parse(k) as string[])[0] === userId),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
