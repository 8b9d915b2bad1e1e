import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { RecordingError } from '../recording/errors';
import type { Principal } from './principal';

// Entra ID access tokens: signature from the JWKS named by the OpenID metadata, audience, tenant and both issuer forms.

export interface EntraTokenOptions {
  /** e.g. https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration */
  openIdMetadataUrl: string;
  /** The API's application id (client id) or its api:// URI. */
  audience: string;
  /** Only tokens from these tenants are accepted (one for SingleTenant; the explicit list for MultiTenant). Never empty. */
  tenantIds: readonly string[];
  /** The API's delegated scope; a token must carry it in scp. */
  scope: string;
  clockToleranceSeconds?: number;
  fetch?: typeof fetch;
}

export interface TokenValidator {
  validate(token: string): Promise<Principal>;
}

export class AuthenticationError extends RecordingError {
  override readonly name = 'AuthenticationError';
  constructor(message: string) {
    super('unauthenticated', message);
  }
}

/** The two issuer forms Entra ID uses: v2.0 tokens and v1.0 tokens. */
export function entraIssuers(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

function audiences(audience: string): string[] {
  return audience.startsWith('api://') ? [audience, audience.slice('api://'.length)] : [audience, `api://${audience}`];
}

export function createEntraTokenValidator(options: EntraTokenOptions): TokenValidator {
  const doFetch = options.fetch ?? fetch;
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  async function keySet(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (jwks) return jwks;
    let jwksUri: unknown;
    try {
      const res = await doFetch(options.openIdMetadataUrl, { signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`status ${res.status}`);
      jwksUri = ((await res.json()) as { jwks_uri?: unknown }).jwks_uri;
    } catch {
      throw new RecordingError('auth-unavailable', 'Sign-in could not be checked: the identity provider metadata is unreachable. Try again shortly.');
    }
    if (typeof jwksUri !== 'string') throw new RecordingError('auth-unavailable', 'Sign-in could not be checked: the identity provider metadata has no jwks_uri.');
    jwks = createRemoteJWKSet(new URL(jwksUri));
    return jwks;
  }

  return {
    async validate(token: string): Promise<Principal> {
      const keys = await keySet();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          audience: audiences(options.audience),
          algorithms: ['RS256'],
          clockTolerance: options.clockToleranceSeconds ?? 60,
          requiredClaims: ['exp', 'iss', 'aud'],
        }));
      } catch (err) {
        throw new AuthenticationError(explain(err));
      }
      // What kind of token this is: only a delegated access token (a signed-in practitioner, with scp) may write records.
      const scp = typeof payload.scp === 'string' ? payload.scp.split(' ') : undefined;
      if (payload.idtyp === 'app' || (scp === undefined && payload.roles !== undefined)) {
        throw new AuthenticationError('This is an app-only token (no signed-in user). Records are seen and written only by a signed-in practitioner: request a delegated access token.');
      }
      if (scp === undefined) {
        throw new AuthenticationError(`This is not an access token for this API (no scp claim; an ID token perhaps). Request an access token with the ${options.scope} scope.`);
      }
      if (!scp.includes(options.scope)) throw new AuthenticationError(`The access token does not carry this API's scope (${options.scope}). Request an access token with that scope.`);
      const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
      if (!tid) throw new AuthenticationError('The access token has no tenant (tid claim). Sign in with a work account.');
      if (!options.tenantIds.includes(tid)) throw new AuthenticationError("The access token is from another organisation's tenant. Sign in with your organisation's account.");
      if (!entraIssuers(tid).includes(String(payload.iss))) throw new AuthenticationError('The access token was not issued by Microsoft Entra ID for your tenant.');
      const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
      if (!oid) throw new AuthenticationError('The access token does not identify a user (no oid claim). Records are made under your own identity: sign in as yourself.');
      const name = [payload.name, payload.preferred_username].find((v): v is string => typeof v === 'string' && v.length > 0) ?? oid;
      return { userId: oid, name, tenantId: tid, accessToken: token };
    },
  };
}

function explain(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'The access token has expired. Sign in again.';
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return 'The access token is for a different application (audience). Request a token for this API.';
    if (err.claim === 'nbf') return 'The access token is not valid yet. Check the device clock.';
    return `The access token's ${err.claim} claim is not acceptable.`;
  }
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'The access token is not signed with an accepted algorithm (RS256); unsigned tokens are refused.';
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'The access token is signed by a key Microsoft Entra ID does not publish for this API.';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'The access token signature is not valid.';
  if (err instanceof joseErrors.JWTInvalid || err instanceof joseErrors.JWSInvalid) return 'The access token is malformed. Send "Authorization: Bearer <token>".';
  return 'The access token could not be validated.';
}
