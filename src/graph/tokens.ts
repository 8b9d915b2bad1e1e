import type { Principal } from '../auth/principal';
import { GraphStoreError } from './errors';

/**
 * Gives a Graph access token that acts as the practitioner themself (delegated), never a shared service login:
 * entries must not be made under the log in of another person (../shared/seeds/004_ae6e3d56d6571414.txt, "Timely").
 */
export interface DelegatedTokenProvider {
  graphToken(principal: Principal): Promise<string>;
}

function requireAccessToken(principal: Principal): string {
  if (!principal.accessToken) {
    throw new GraphStoreError({
      graphCode: 'graph-unauthenticated',
      origin: 'service',
      message: 'Filing to SharePoint needs you to be signed in with your work account. Sign in and try again; your entry is kept.',
    });
  }
  return principal.accessToken;
}

/** The caller already holds a Graph token for themself (tests against the stand-in; clients that request Graph scopes). */
export class PassThroughTokenProvider implements DelegatedTokenProvider {
  async graphToken(principal: Principal): Promise<string> {
    return requireAccessToken(principal);
  }
}

export interface OnBehalfOfSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default https://login.microsoftonline.com */
  authority?: string;
  fetch?: typeof fetch;
}

/**
 * Exchanges the practitioner's API token for a Graph token on their behalf (OAuth 2.0 on-behalf-of flow with a client secret).
 * A cloud boundary: it cannot run without Entra ID, so tests use PassThroughTokenProvider against the stand-in.
 */
export class OnBehalfOfTokenProvider implements DelegatedTokenProvider {
  private readonly cache = new Map<string, { token: string; expiresAt: number }>();

  constructor(private readonly settings: OnBehalfOfSettings) {}

  async graphToken(principal: Principal): Promise<string> {
    const assertion = requireAccessToken(principal);
    // The bot's token service already exchanged the Teams sign-in for a Graph token as this person: nothing to exchange.
    if (principal.tokenFor === 'graph') return assertion;
    const cacheKey = `${principal.tenantId}:${principal.userId}:${assertion.slice(-16)}`;
    const cached = this.cache.get(cacheKey);
    if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
    const { tenantId, clientId, clientSecret, authority = 'https://login.microsoftonline.com' } = this.settings;
    const body = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: clientId,
      client_secret: clientSecret,
      assertion,
      scope: 'https://graph.microsoft.com/.default',
      requested_token_use: 'on_behalf_of',
    });
    const doFetch = this.settings.fetch ?? fetch;
    const res = await doFetch(`${authority}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`, { method: 'POST', body });
    const json = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!res.ok || !json.access_token) {
      const consent = json.error === 'invalid_grant' || json.error === 'interaction_required';
      throw new GraphStoreError({
        graphCode: consent ? 'graph-consent-required' : 'graph-unauthenticated',
        origin: 'service',
        statusCode: res.status,
        message: consent
          ? 'Microsoft 365 needs you to sign in again (or consent to filing to SharePoint) before this can be saved. Your entry is kept.'
          : 'Your sign-in could not be used to reach SharePoint. Sign in again and retry; your entry is kept.',
      });
    }
    this.cache.set(cacheKey, { token: json.access_token, expiresAt: Date.now() + (json.expires_in ?? 300) * 1000 });
    return json.access_token;
  }
}
