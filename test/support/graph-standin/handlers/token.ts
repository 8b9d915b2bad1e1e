import { randomUUID } from 'node:crypto';
import type { HandlerContext, Route } from '../context';
import type { Reply } from '../odata';

// Entra ID's token endpoint for the on-behalf-of exchange, as documented: the practitioner's API token (assertion)
// for a Graph token acting as that same person. A cloud boundary, stood in for here; the JWT was validated by the API.

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

function oauthError(status: number, error: string, description: string): Reply {
  return { status, json: { error, error_description: description, error_codes: [], timestamp: new Date().toISOString(), trace_id: randomUUID() } };
}

async function readForm(ctx: HandlerContext): Promise<URLSearchParams> {
  let text = '';
  for await (const c of ctx.req) {
    text += (c as Buffer).toString('utf8');
    if (text.length > 64 * 1024) break;
  }
  return new URLSearchParams(text);
}

function claims(jwt: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export const tokenRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/([^/]+)\/oauth2\/v2\.0\/token$/,
    auth: 'none',
    async handle(ctx) {
      const obo = ctx.obo;
      const form = await readForm(ctx);
      if (!obo || ctx.params[0] !== obo.tenantId) return oauthError(400, 'invalid_request', `AADSTS90002: Tenant '${ctx.params[0] ?? ''}' not found.`);
      if (form.get('grant_type') !== JWT_BEARER || form.get('requested_token_use') !== 'on_behalf_of') {
        return oauthError(400, 'invalid_request', "AADSTS900144: The on-behalf-of flow needs grant_type jwt-bearer and requested_token_use 'on_behalf_of'.");
      }
      if (form.get('client_id') !== obo.clientId || form.get('client_secret') !== obo.clientSecret) {
        return oauthError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
      }
      if (!(form.get('scope') ?? '').split(' ').includes('https://graph.microsoft.com/.default')) {
        return oauthError(400, 'invalid_scope', 'AADSTS70011: The provided value for the input parameter scope is not valid.');
      }
      const c = claims(form.get('assertion') ?? '');
      const user = [...ctx.users.values()].find((u) => u.id === c?.oid);
      if (!c || c.aud !== obo.clientId || !user) return oauthError(400, 'invalid_grant', 'AADSTS50013: Assertion failed signature validation.');
      return { status: 200, json: { token_type: 'Bearer', scope: 'https://graph.microsoft.com/.default', expires_in: 3599, access_token: ctx.issueToken(user) } };
    },
  },
];
