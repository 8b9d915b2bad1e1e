import type { Readable } from 'node:stream';

// Framework-neutral HTTP shapes: feature modules export routes; only src/http/server.ts knows restify.

export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body (routes with body: 'json'). */
  body: unknown;
  /** The unread request stream (routes with body: 'stream'), e.g. a large EML file. */
  stream?: Readable;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** restify-style path, e.g. "/api/recordings/:id". */
  path: string;
  /** How the server should hand over the body; default 'json' (size-limited). */
  body?: 'json' | 'stream' | 'none';
  /** Largest accepted JSON body in bytes; the server answers 413 above it. */
  maxJsonBytes?: number;
  handle(req: ApiRequest): Promise<ApiResponse>;
}
