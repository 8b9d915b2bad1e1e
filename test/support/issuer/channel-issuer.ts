import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

// A local stand-in for the Bot Framework channel's token service, as documented for bots: OpenID metadata, a JWKS whose
// keys carry the channels they are endorsed for, and tokens issued by https://api.botframework.com to the bot's app id.

export const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';

export interface ChannelTokenOptions {
  appId: string;
  serviceUrl: string;
  /** "unknown" signs with a key the JWKS does not publish. */
  key?: 'trusted' | 'unknown';
  issuer?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

export interface ChannelIssuer {
  metadataUrl: string;
  /** The published signing key, so a test can check none of it is ever printed. */
  publicJwk: JWK;
  /** Requests the key endpoints have served. */
  served(): number;
  mint(options: ChannelTokenOptions): Promise<string>;
  close(): Promise<void>;
}

export async function startChannelIssuer(endorsements: string[] = ['msteams']): Promise<ChannelIssuer> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const unknown = await generateKeyPair('RS256');
  const jwk: JWK & { endorsements: string[] } = { ...(await exportJWK(trusted.publicKey)), kid: 'channel-key-1', use: 'sig', endorsements };
  let base = '';
  let served = 0;
  const server: Server = createServer((req, res) => {
    served++;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: CHANNEL_TOKEN_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    publicJwk: jwk,
    served: () => served,
    mint(o) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: o.serviceUrl })
        .setProtectedHeader({ alg: 'RS256', kid: o.key === 'unknown' ? 'unknown-key' : 'channel-key-1', typ: 'JWT' })
        .setIssuer(o.issuer ?? CHANNEL_TOKEN_ISSUER)
        .setAudience(o.appId)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + (o.expiresIn ?? 3600))
        .sign(o.key === 'unknown' ? unknown.privateKey : trusted.privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
