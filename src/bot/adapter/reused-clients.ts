import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

// CloudAdapter builds a new ConnectorClient and UserTokenClient (each a full Azure HTTP pipeline) for every turn,
// which was the largest single cost of a turn in the bench. Both depend only on the bot's app id, the channel's
// serviceUrl and the audience, and are stateless between calls, so they are built once per key and reused.

/** Clients kept per key; serviceUrls are a handful per region, so a small bound only guards against a flood. */
const MAX_CLIENTS = 64;

class BoundedPromiseCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    if (this.entries.size >= MAX_CLIENTS) this.entries.delete(this.entries.keys().next().value as string);
    const created = create();
    this.entries.set(key, created);
    // A client that failed to build (e.g. credentials unavailable) is tried afresh on the next turn.
    created.catch(() => this.entries.delete(key));
    return created;
  }
}

const appIdOf = (identity: ClaimsIdentity): string => JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '';

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: BoundedPromiseCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(JSON.stringify([this.appId, serviceUrl, audience ?? null]), () => this.inner.create(serviceUrl, audience));
  }
}

/** Bot Framework authentication as configured, with outbound clients reused across turns. */
export class ReusingClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new BoundedPromiseCache<ConnectorClient>();
  private readonly tokenClients = new BoundedPromiseCache<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(factory, appIdOf(claimsIdentity), this.connectors);
  }
}
