import {
  AuthenticationHandler,
  Client,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { Principal } from '../auth/principal';
import { retryAfterSeconds } from './retry';
import type { DelegatedTokenProvider } from './tokens';

// One Graph client per practitioner call, authenticated as that practitioner, retrying 429/503/504 as Retry-After says.

export type FetchLike = typeof fetch;

export interface GraphClientSettings {
  /** config.graph.baseUrl, e.g. https://graph.microsoft.com (the client adds /v1.0). */
  baseUrl: string;
  tokens: DelegatedTokenProvider;
  /** Node's fetch by default; tests pass one that trusts the local stand-in's certificate. */
  fetch?: FetchLike;
  /** Retries on 429/503/504 (default 3); the wait is Graph's Retry-After when given. */
  maxRetries?: number;
  /** Wait in seconds when Graph gives no Retry-After (default 3). */
  retryDelaySeconds?: number;
  /** Longest Retry-After worth waiting for while a practitioner waits (default 10 s); longer, and they are told to try later. */
  maxWaitSeconds?: number;
}

/** The last link of the chain: the injected fetch instead of the global one. */
class FetchHandler implements Middleware {
  constructor(private readonly doFetch: FetchLike) {}
  async execute(context: Context): Promise<void> {
    context.response = await this.doFetch(context.request, context.options as RequestInit);
  }
}

/** Hosts outside Microsoft's Graph list that still get the practitioner's token: only the configured Graph host. */
function customHosts(baseUrl: string): Set<string> | undefined {
  const host = new URL(baseUrl).hostname;
  return host === 'graph.microsoft.com' ? undefined : new Set([host]);
}

/**
 * The token is obtained before the first request, so a missing or refused sign-in surfaces as its own typed error
 * (the Graph client would wrap it as a network failure).
 */
export async function createGraphClient(settings: GraphClientSettings, principal: Principal): Promise<Client> {
  const token = await settings.tokens.graphToken(principal);
  const auth = new AuthenticationHandler({ getAccessToken: () => Promise.resolve(token) });
  const maxWait = settings.maxWaitSeconds ?? 10;
  const shouldRetry = (_delay: number, _attempt: number, _req: unknown, _opts: unknown, res: Response) =>
    retryAfterSeconds(res.headers.get('retry-after'), 0, 0) <= maxWait;
  const retry = new RetryHandler(new RetryHandlerOptions(settings.retryDelaySeconds ?? 3, settings.maxRetries ?? 3, shouldRetry));
  const chain: Middleware[] = [auth, retry, new RedirectHandler(new RedirectHandlerOptions()), new TelemetryHandler(), new FetchHandler(settings.fetch ?? fetch)];
  const hosts = customHosts(settings.baseUrl);
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl: settings.baseUrl,
    defaultVersion: 'v1.0',
    ...(hosts ? { customHosts: hosts } : {}),
  });
}

/** Outlook ids change when a message moves folder; immutable ids do not. Every mail request asks for them. */
export const IMMUTABLE_ID_HEADER = { Prefer: 'IdType="ImmutableId"' } as const;
