import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Reply } from './odata';
import { fail } from './odata';
import type { StandInState, StandInUser } from './state';

export interface HandlerContext {
  method: string;
  /** Path without the /v1.0 prefix and without the query. */
  path: string;
  /** Decoded captures of the route's pattern. */
  params: string[];
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The caller; undefined on pre-authenticated URLs (upload sessions, downloads). */
  user: StandInUser | undefined;
  req: IncomingMessage;
  state: StandInState;
  /** https://127.0.0.1:PORT */
  origin: string;
  /** Temp dir for file contents. */
  dir: string;
  pageSize: number;
  /** Known users by token; the on-behalf-of endpoint adds Graph tokens for them. */
  users: ReadonlyMap<string, StandInUser>;
  issueToken(user: StandInUser): string;
  obo: OnBehalfOfApp | undefined;
}

/** The app registration allowed to exchange a practitioner's token for a Graph token on their behalf. */
export interface OnBehalfOfApp {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: RegExp;
  /** 'none': pre-authenticated URL (upload session, download); 'bearer': Graph itself. */
  auth: 'bearer' | 'none';
  /** Writes need a user allowed to write to the site. */
  write?: boolean;
  handle(ctx: HandlerContext): Promise<Reply>;
}

const MAX_JSON_BYTES = 4 * 1024 * 1024;

/** Reads and discards a request body a handler refuses, so the client sees the error rather than a reset. */
export async function drain(ctx: HandlerContext): Promise<void> {
  for await (const _ of ctx.req) void _;
}

export async function readJson(ctx: HandlerContext): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_JSON_BYTES) fail(413, 'requestTooLarge', 'The request body is too large.');
    chunks.push(b);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail(400, 'BadRequest', 'The request body must be a JSON object.');
    return parsed as Record<string, unknown>;
  } catch {
    return fail(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

export function requireUser(ctx: HandlerContext): StandInUser {
  if (!ctx.user) return fail(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  return ctx.user;
}
