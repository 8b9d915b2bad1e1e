// The Bot Framework token service's REST API, as documented (GetToken, exchange, GetSignInResource): it holds each
// user's token for the Azure Bot resource's OAuth connection, so the bot keeps none. The bot proves who it is with its
// own app token (client credentials for https://api.botframework.com/.default). Tokens are never logged or cached here.

export interface TokenServiceSettings {
  connectionName: string;
  /** e.g. https://api.botframework.com */
  tokenServiceUrl: string;
  /** e.g. https://login.microsoftonline.com */
  loginAuthority: string;
  appId: string;
  appPassword: string;
  /** SingleTenant bots get their app token from their own tenant; MultiTenant ones from botframework.com. */
  appTenant: string;
  fetch?: typeof fetch;
}

export interface TokenExchangeResource {
  id: string;
  uri: string;
  providerId?: string;
}

export interface SignInResource {
  signInLink: string;
  tokenExchangeResource?: TokenExchangeResource;
}

/** What went wrong, without the token or the user: a stable code for logs, the HTTP status when there was one. */
export class TokenServiceError extends Error {
  override readonly name = 'TokenServiceError';
  constructor(
    readonly code: string,
    readonly status?: number,
  ) {
    super(`Bot Framework token service: ${code}${status ? ` (${status})` : ''}`);
  }
}

/** Where the user is, as the token service keys its tokens: the channel's user id and the channel. */
export interface TokenUser {
  userId: string;
  channelId: string;
}

const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';
const TIMEOUT_MS = 10_000;

export class BotTokenService {
  private appToken?: { value: string; expiresAt: number };
  private readonly doFetch: typeof fetch;

  constructor(private readonly settings: TokenServiceSettings) {
    this.doFetch = settings.fetch ?? fetch;
  }

  get connectionName(): string {
    return this.settings.connectionName;
  }

  /** GET /api/usertoken/GetToken: the user's stored token (refreshed by the service), or undefined when they must sign in. */
  async getToken(user: TokenUser, code?: string): Promise<string | undefined> {
    const res = await this.call('GET', '/api/usertoken/GetToken', { ...this.query(user), ...(code ? { code } : {}) });
    if (res.status === 404) return undefined;
    return this.tokenFrom(res, 'get-token-failed');
  }

  /** POST /api/usertoken/exchange: Teams' SSO token for the connection's token; undefined when the service cannot exchange it. */
  async exchange(user: TokenUser, ssoToken: string): Promise<string | undefined> {
    const res = await this.call('POST', '/api/usertoken/exchange', this.query(user), { token: ssoToken });
    // 400/404/412: not exchangeable (wrong audience, consent needed, unknown connection); Teams then shows the sign-in card.
    if (res.status >= 400 && res.status < 500) {
      await res.body?.cancel();
      return undefined;
    }
    return this.tokenFrom(res, 'exchange-failed');
  }

  /** GET /api/botsignin/GetSignInResource: the sign-in link and the resource Teams exchanges its SSO token for. */
  async signInResource(state: string): Promise<SignInResource> {
    const res = await this.call('GET', '/api/botsignin/GetSignInResource', { state });
    if (!res.ok) {
      await res.body?.cancel();
      throw new TokenServiceError('sign-in-resource-failed', res.status);
    }
    const json = (await res.json().catch(() => ({}))) as Partial<SignInResource>;
    if (typeof json.signInLink !== 'string') throw new TokenServiceError('sign-in-resource-invalid', res.status);
    const r = json.tokenExchangeResource;
    return { signInLink: json.signInLink, ...(r && typeof r.id === 'string' && typeof r.uri === 'string' ? { tokenExchangeResource: { id: r.id, uri: r.uri, ...(r.providerId ? { providerId: r.providerId } : {}) } } : {}) };
  }

  private query(user: TokenUser): Record<string, string> {
    return { userId: user.userId, connectionName: this.settings.connectionName, channelId: user.channelId };
  }

  private async tokenFrom(res: Response, code: string): Promise<string> {
    if (!res.ok) {
      await res.body?.cancel();
      throw new TokenServiceError(code, res.status);
    }
    const json = (await res.json().catch(() => ({}))) as { token?: unknown };
    if (typeof json.token !== 'string' || json.token === '') throw new TokenServiceError(`${code}-no-token`, res.status);
    return json.token;
  }

  private async call(method: 'GET' | 'POST', path: string, query: Record<string, string>, body?: unknown): Promise<Response> {
    const url = `${this.settings.tokenServiceUrl}${path}?${new URLSearchParams(query).toString()}`;
    const headers: Record<string, string> = { authorization: `Bearer ${await this.botToken()}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await this.doFetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch {
      throw new TokenServiceError('token-service-unreachable');
    }
  }

  /** The bot's own app token, kept until shortly before it expires (it names the bot, not a user). */
  private async botToken(): Promise<string> {
    if (this.appToken && this.appToken.expiresAt > Date.now() + 60_000) return this.appToken.value;
    const { loginAuthority, appTenant, appId, appPassword } = this.settings;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appPassword, scope: BOT_FRAMEWORK_SCOPE });
    let res: Response;
    try {
      res = await this.doFetch(`${loginAuthority}/${encodeURIComponent(appTenant)}/oauth2/v2.0/token`, { method: 'POST', body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch {
      throw new TokenServiceError('bot-login-unreachable');
    }
    const json = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
    if (!res.ok || !json.access_token) throw new TokenServiceError('bot-login-failed', res.status);
    this.appToken = { value: json.access_token, expiresAt: Date.now() + (json.expires_in ?? 300) * 1000 };
    return json.access_token;
  }
}
