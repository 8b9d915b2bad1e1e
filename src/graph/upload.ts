import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { FetchLike } from './client';
import { GraphStoreError, MESSAGES, toGraphStoreError } from './errors';
import { RETRYABLE_STATUS, retryAfterSeconds, sleep, withGraphRetry, type RetryPolicy } from './retry';
import type { SpooledFile } from './spool';

// Puts a spooled file into a document library: one simple PUT up to 4 MB, an upload session above it.

export const SIMPLE_UPLOAD_MAX = 4 * 1024 * 1024;
/** Upload session fragments must be multiples of 320 KiB and under 60 MiB. */
export const FRAGMENT_MULTIPLE = 327_680;
export const DEFAULT_CHUNK_SIZE = 10 * FRAGMENT_MULTIPLE;

export interface UploadSettings {
  fetch: FetchLike;
  chunkSize?: number;
  maxRetries?: number;
  retryDelaySeconds?: number;
  maxWaitSeconds?: number;
}

export interface DriveItemRef {
  id: string;
  name: string;
  size: number;
}

export function encodeDrivePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function validateChunkSize(chunkSize: number): number {
  if (!Number.isInteger(chunkSize) || chunkSize <= 0 || chunkSize % FRAGMENT_MULTIPLE !== 0 || chunkSize >= 60 * 1024 * 1024) {
    throw new RangeError(`Upload chunk size ${chunkSize} must be a multiple of ${FRAGMENT_MULTIPLE} bytes (320 KiB) and under 60 MiB.`);
  }
  return chunkSize;
}

function driveItemRef(json: unknown): DriveItemRef {
  const j = json as Partial<DriveItemRef> | undefined;
  if (!j || typeof j.id !== 'string') {
    throw new GraphStoreError({ graphCode: 'graph-unexpected-response', origin: 'app', message: MESSAGES.unexpected });
  }
  return { id: j.id, name: String(j.name ?? ''), size: Number(j.size ?? 0) };
}

/**
 * Uploads to `path` in the drive, replacing what is there: callers use a path unique to this attempt,
 * so sending it again after a lost reply is safe.
 */
export async function uploadFile(client: Client, s: UploadSettings, driveId: string, path: string, file: SpooledFile): Promise<DriveItemRef> {
  const retry: RetryPolicy = { maxRetries: s.maxRetries ?? 3, defaultDelaySeconds: s.retryDelaySeconds ?? 3, maxWaitSeconds: s.maxWaitSeconds ?? 10 };
  const itemPath = `/drives/${encodeURIComponent(driveId)}/root:/${encodeDrivePath(path)}:`;
  if (file.size <= SIMPLE_UPLOAD_MAX) {
    const bytes = await readFile(file.path);
    return driveItemRef(
      await withGraphRetry(
        () => client.api(`${itemPath}/content`).query({ '@microsoft.graph.conflictBehavior': 'replace' }).header('Content-Type', 'application/octet-stream').put(bytes),
        { ...retry, idempotent: true },
      ),
    );
  }
  // A second session for the same path is harmless (the first expires unused), so a lost reply is simply asked again.
  const session = (await withGraphRetry(
    () => client.api(`${itemPath}/createUploadSession`).post({ item: { '@microsoft.graph.conflictBehavior': 'replace' } }),
    { ...retry, idempotent: true },
  )) as { uploadUrl?: string };
  if (typeof session.uploadUrl !== 'string') throw new GraphStoreError({ graphCode: 'graph-unexpected-response', origin: 'app', message: MESSAGES.unexpected });
  const done = await sendRanges(session.uploadUrl, s, file, retry);
  if (done) return done;
  // The last range was taken but its reply was lost; the file is there.
  return driveItemRef(await client.api(itemPath).get());
}

/** Sends the file in ranges to the pre-authenticated upload URL (no Authorization header, as Microsoft requires). */
async function sendRanges(
  uploadUrl: string,
  s: UploadSettings,
  file: SpooledFile,
  retry: RetryPolicy,
): Promise<DriveItemRef | undefined> {
  const chunkSize = validateChunkSize(s.chunkSize ?? DEFAULT_CHUNK_SIZE);
  let failures = 0;
  const failOrWait = async (err: unknown, retryAfter?: string | null): Promise<void> => {
    const wait = retryAfterSeconds(retryAfter, failures, retry.defaultDelaySeconds);
    if (++failures > retry.maxRetries || wait > (retry.maxWaitSeconds ?? wait)) throw toGraphStoreError(err);
    await sleep(wait);
  };
  let offset = 0;
  for (;;) {
    const length = Math.min(chunkSize, file.size - offset);
    let res: Response;
    try {
      res = await s.fetch(uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Length': String(length), 'Content-Range': `bytes ${offset}-${offset + length - 1}/${file.size}` },
        // Streamed from the spooled file: a Buffer body would be copied whole by fetch for every range.
        body: Readable.toWeb(createReadStream(file.path, { start: offset, end: offset + length - 1 })) as ReadableStream<Uint8Array>,
        duplex: 'half',
      } as RequestInit);
    } catch (err) {
      // No reply: ask the session where it stands before sending anything again.
      await failOrWait(err);
      const next = await nextOffset(uploadUrl, s);
      if (next === 'completed') return undefined;
      offset = next;
      continue;
    }
    if (res.status === 200 || res.status === 201) return driveItemRef(await res.json());
    if (res.status === 202) {
      const body = (await res.json()) as { nextExpectedRanges?: string[] };
      offset = parseRangeStart(body.nextExpectedRanges, offset + length);
      failures = 0;
      continue;
    }
    const errorBody = await res.text();
    if (RETRYABLE_STATUS.has(res.status)) {
      await failOrWait(graphErrorLike(res.status, errorBody), res.headers.get('retry-after'));
      continue;
    }
    if (res.status === 416) {
      await failOrWait(graphErrorLike(res.status, errorBody));
      const next = await nextOffset(uploadUrl, s);
      if (next === 'completed') return undefined;
      offset = next;
      continue;
    }
    throw toGraphStoreError(graphErrorLike(res.status, errorBody));
  }
}

async function nextOffset(uploadUrl: string, s: UploadSettings): Promise<number | 'completed'> {
  const res = await s.fetch(uploadUrl, { method: 'GET' });
  if (res.status === 404) {
    await res.text();
    return 'completed';
  }
  if (!res.ok) throw toGraphStoreError(graphErrorLike(res.status, await res.text()));
  const body = (await res.json()) as { nextExpectedRanges?: string[] };
  return parseRangeStart(body.nextExpectedRanges, 0);
}

function parseRangeStart(ranges: string[] | undefined, fallback: number): number {
  const first = ranges?.[0];
  const start = first === undefined ? NaN : Number(first.split('-')[0]);
  return Number.isInteger(start) ? start : fallback;
}

/** The upload URL answers outside the Graph client; shape its errors like GraphError for one mapping. */
function graphErrorLike(statusCode: number, body: string): GraphError {
  const err = new GraphError(statusCode, 'Upload session request failed');
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; innerError?: { 'request-id'?: string } } };
    err.code = parsed.error?.code ?? null;
    err.requestId = parsed.error?.innerError?.['request-id'] ?? null;
  } catch {
    // Not an OData body: the status alone decides.
  }
  return err;
}
