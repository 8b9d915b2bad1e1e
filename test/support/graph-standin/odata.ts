import { randomUUID } from 'node:crypto';

// Graph's error envelope and the small $filter subset SharePoint list queries use.

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON body, raw bytes, or a stream for downloads. */
  json?: unknown;
  raw?: Buffer | string | NodeJS.ReadableStream;
}

export function odataError(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers,
    json: { error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } } },
  };
}

export class ODataFault extends Error {
  constructor(readonly reply: Reply) {
    super('OData fault');
  }
}

export function fail(status: number, code: string, message: string): never {
  throw new ODataFault(odataError(status, code, message));
}

export interface FilterClause {
  /** "fields/IdempotencyKey" or "displayName". */
  property: string;
  value: string | number | boolean;
}

// Supports `a eq 'x' and b eq 1`: what a store's look-ups by key need; anything else is a 400 like Graph's.
export function parseFilter(filter: string): FilterClause[] {
  const clauses: FilterClause[] = [];
  const re = /^\s*([A-Za-z_][\w/]*)\s+eq\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false)\s*(?:and\s+|$)/;
  let rest = filter;
  while (rest.trim() !== '') {
    const m = re.exec(rest);
    if (!m || m[1] === undefined || m[2] === undefined) {
      fail(400, 'BadRequest', `Invalid filter clause: the query specified in the URI is not valid near '${rest.slice(0, 40)}'.`);
    }
    const raw = m[2];
    const value = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw === 'true' ? true : raw === 'false' ? false : Number(raw);
    clauses.push({ property: m[1], value });
    rest = rest.slice(m[0].length);
  }
  return clauses;
}

export function matchesValue(actual: unknown, expected: string | number | boolean): boolean {
  if (actual === undefined || actual === null) return false;
  return String(actual) === String(expected);
}
