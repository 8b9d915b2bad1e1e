import type { Config } from '../config';
import { AuthenticationError, createEntraTokenValidator, type TokenValidator } from './entra-token';
import type { Principal } from './principal';

/**
 * Local mode (no MicrosoftAppId: anonymous, loopback only) has no sign-in, so the practitioner is a documented local
 * identity: the X-Local-User-Id / X-Local-User-Name headers when sent, otherwise LOCAL_PRACTITIONER. These headers are
 * ignored outside local mode, where only a validated Entra ID token identifies the caller.
 */
export const LOCAL_PRACTITIONER: Principal = Object.freeze({ userId: 'local-practitioner', name: 'Local practitioner (local mode)', tenantId: 'local', local: true });

export type Authenticate = (headers: Record<string, string | undefined>) => Promise<Principal>;

const LOCAL_ID = /^[A-Za-z0-9._@-]{1,100}$/;

export function createAuthenticator(config: Config, validator?: TokenValidator): Authenticate {
  if (config.localMode) {
    return async (headers) => {
      const id = headers['x-local-user-id'];
      if (id === undefined) return LOCAL_PRACTITIONER;
      if (!LOCAL_ID.test(id)) throw new AuthenticationError('X-Local-User-Id must be 1 to 100 letters, digits, dots, dashes, underscores or @.');
      const name = (headers['x-local-user-name'] ?? id).slice(0, 200);
      return { userId: `local:${id}`, name: `${name} (local mode)`, tenantId: 'local', local: true };
    };
  }
  const audience = config.apiAuth.audience;
  if (!audience) throw new Error('API_AUDIENCE or MicrosoftAppId is required to validate tokens outside local mode.');
  if (config.apiAuth.allowedTenants.length === 0) throw new Error('MicrosoftAppTenantId or API_ALLOWED_TENANTS is required to validate tokens outside local mode.');
  const tokens =
    validator ?? createEntraTokenValidator({ openIdMetadataUrl: config.apiAuth.openIdMetadataUrl, audience, tenantIds: config.apiAuth.allowedTenants, scope: config.apiAuth.scope });
  return async (headers) => {
    const header = headers.authorization;
    if (!header) throw new AuthenticationError('Sign-in required: send "Authorization: Bearer <access token>".');
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new AuthenticationError('The Authorization header must be "Bearer <access token>".');
    return tokens.validate(m[1] as string);
  };
}
