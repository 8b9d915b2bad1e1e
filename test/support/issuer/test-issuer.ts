import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

// A local stand-in for Entra ID's signing keys: OpenID metadata and a JWKS on 127.0.0.1, and a minter for access tokens.

export const TEST_TENANT = '11111111-2222-4333-8444-555555555555';
export const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
export const TEST_AUDIENCE = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const TEST_USER = { oid: '0f0f0f0f-1111-4222-8333-444444444444', name: 'Alex Practitioner' };

export interface MintOptions {
  tenantId?: string;
  audience?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  issuerForm?: 'v2' | 'v1';
  /** "unknown" signs with a key the JWKS does not publish. */
  key?: 'trusted' | 'unknown';
  claims?: Record<string, unknown>;
}

export interface TestIssuer {
  metadataUrl: string;
  mint(options?: MintOptions): Promise<string>;
  /** A token with alg "none" and no signature. */
  unsigned(options?: MintOptions): string;
  close(): Promise<void>;
}

function issuer(tenantId: string, form: 'v2' | 'v1'): string {
  return form === 'v2' ? `https://login.microsoftonline.com/${tenantId}/v2.0` : `https://sts.windows.net/${tenantId}/`;
}

function claimsFor(o: MintOptions): Record<string, unknown> {
  const tid = o.tenantId ?? TEST_TENANT;
  return { tid, oid: TEST_USER.oid, name: TEST_USER.name, scp: 'Recordings.ReadWrite', ...o.claims };
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const unknown = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  let base = '';
  const server: Server = createServer((req, res) => {
    if (req.url === `/${TEST_TENANT}/v2.0/.well-known/openid-configuration`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: issuer(TEST_TENANT, 'v2'), jwks_uri: `${base}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/discovery/v2.0/keys') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${base}/${TEST_TENANT}/v2.0/.well-known/openid-configuration`,
    async mint(o = {}) {
      const key: CryptoKey = o.key === 'unknown' ? unknown.privateKey : trusted.privateKey;
      const now = Math.floor(Date.now() / 1000);
      const exp = now + (o.expiresIn ?? 3600);
      return new SignJWT(claimsFor(o))
        .setProtectedHeader({ alg: 'RS256', kid: o.key === 'unknown' ? 'unknown-key' : 'test-key-1', typ: 'JWT' })
        .setIssuer(issuer(o.tenantId ?? TEST_TENANT, o.issuerForm ?? 'v2'))
        .setAudience(o.audience ?? TEST_AUDIENCE)
        .setIssuedAt(Math.min(now, exp - 60))
        .setNotBefore(Math.min(now, exp - 60))
        .setExpirationTime(exp)
        .sign(key);
    },
    unsigned(o = {}) {
      const now = Math.floor(Date.now() / 1000);
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const payload = { ...claimsFor(o), iss: issuer(o.tenantId ?? TEST_TENANT, 'v2'), aud: o.audience ?? TEST_AUDIENCE, iat: now, nbf: now, exp: now + 3600 };
      return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
