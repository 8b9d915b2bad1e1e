import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import type { Logger } from '../log';

// The Bot Framework channel's token, checked before the SDK sees it: only an RS256 token signed by a key the channel
// publishes, issued by the channel to this bot, goes on. Anything else is a 401, never a 500, and the SDK (which
// prints its signing keys when a key id is unknown) never sees it. An unreachable key endpoint is a 503 with Retry-After.

export const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';
export const PUBLIC_CHANNEL_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
/** Seconds a client is told to wait when the channel's keys cannot be fetched. */
export const KEYS_RETRY_AFTER_SECONDS = 30;

export type ChannelCheck = { ok: true } | { ok: false; status: 401 | 503; code: string; message: string; retryAfterSeconds?: number };

export interface ChannelTokenGateOptions {
  appId: string;
  openIdMetadataUrl?: string;
  logger: Logger;
  fetch?: typeof fetch;
}

class KeysUnreachable extends Error {}

const refuse = (code: string, message: string): ChannelCheck => ({ ok: false, status: 401, code, message });

export function createChannelTokenGate(options: ChannelTokenGateOptions): (authorization: string | undefined) => Promise<ChannelCheck> {
  const doFetch = options.fetch ?? fetch;
  const metadataUrl = options.openIdMetadataUrl ?? PUBLIC_CHANNEL_METADATA_URL;
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  let unreachableLogged = false;

  async function keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (jwks) return jwks;
    let uri: unknown;
    try {
      const res = await doFetch(metadataUrl, { signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`status ${res.status}`);
      uri = ((await res.json()) as { jwks_uri?: unknown }).jwks_uri;
    } catch {
      throw new KeysUnreachable();
    }
    if (typeof uri !== 'string') throw new KeysUnreachable();
    jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: 5000 });
    return jwks;
  }

  return async (authorization) => {
    const m = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!m) return refuse('bot-unauthorized', 'A valid Bot Framework token is required.');
    const token = m[1] as string;
    let alg: unknown;
    try {
      ({ alg } = decodeProtectedHeader(token));
    } catch {
      return refuse('bot-token-malformed', 'A valid Bot Framework token is required.');
    }
    if (alg !== 'RS256') return refuse('bot-token-algorithm', 'A valid Bot Framework token is required.');
    try {
      await jwtVerify(token, await keys(), { algorithms: ['RS256'], issuer: CHANNEL_TOKEN_ISSUER, audience: options.appId, clockTolerance: 300 });
      unreachableLogged = false;
      return { ok: true };
    } catch (err) {
      if (err instanceof KeysUnreachable || err instanceof joseErrors.JWKSTimeout || !(err instanceof joseErrors.JOSEError) || /Expected 200 OK/.test((err as Error).message)) {
        // Our failure to check, not the caller's: said once until the keys are reachable again.
        if (!unreachableLogged) options.logger.warn({ code: 'bot-keys-unreachable' }, 'channel signing keys could not be fetched');
        unreachableLogged = true;
        jwks = undefined;
        return { ok: false, status: 503, code: 'bot-keys-unreachable', message: 'The bot cannot check tokens right now. Try again shortly.', retryAfterSeconds: KEYS_RETRY_AFTER_SECONDS };
      }
      return refuse('bot-unauthorized', 'A valid Bot Framework token is required.');
    }
  };
}
