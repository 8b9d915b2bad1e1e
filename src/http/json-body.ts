import type { Readable } from 'node:stream';

/** Request body problems that are the client's to fix; the server maps each code to a 4xx. */
export class BodyError extends Error {
  override readonly name = 'BodyError';
  constructor(
    readonly code: 'body-too-large' | 'invalid-json' | 'json-too-deep' | 'unsupported-media-type',
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;
/** Over-limit bodies are drained (discarded) up to this size so honest clients read their 413; an endless body is cut off. */
export const MAX_DRAIN_BYTES = 64 * 1024 * 1024;
/** Deeper JSON than this is refused: real activities and API bodies nest a handful of levels. */
export const MAX_JSON_DEPTH = 64;

/** Reads at most maxBytes; beyond that drains the rest (so the client can read the 413) and refuses it. */
export async function readJsonBody(stream: Readable, maxBytes: number, declaredLength: number | undefined): Promise<unknown> {
  const { chunks, size, tooLarge } = await readChunks(stream, maxBytes, declaredLength !== undefined && declaredLength > maxBytes);
  if (tooLarge) throw new BodyError('body-too-large', 413, `The request body is larger than ${maxBytes} bytes.`);
  if (size === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError('invalid-json', 400, 'The request body is not valid JSON.');
  }
  if (depthExceeds(parsed, MAX_JSON_DEPTH)) {
    throw new BodyError('json-too-deep', 400, `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  return parsed;
}

interface ReadBody {
  chunks: Buffer[];
  size: number;
  tooLarge: boolean;
}

/**
 * The body's chunks up to maxBytes, draining (and counting) the rest. Listened to directly: a stream's async iterator cost
 * more than the rest of reading a bot message. A stream that closes before its end fails as the iterator would have.
 */
function readChunks(stream: Readable, maxBytes: number, declaredTooLarge: boolean): Promise<ReadBody> {
  const read: ReadBody = { chunks: [], size: 0, tooLarge: declaredTooLarge };
  if (stream.errored) return Promise.reject(stream.errored);
  if (stream.readableEnded) return Promise.resolve(read);
  if (stream.destroyed) return Promise.reject(prematureClose());
  return new Promise((resolve, reject) => {
    const settle = (error?: unknown): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', settle);
      stream.off('close', onClose);
      if (error === undefined) resolve(read);
      else reject(error);
    };
    const onData = (chunk: Buffer): void => {
      read.size += chunk.length;
      if (read.size > maxBytes) read.tooLarge = true;
      if (!read.tooLarge) read.chunks.push(chunk);
      // Draining lets an honest client read its 413; an endless body is cut off instead.
      if (read.size > MAX_DRAIN_BYTES) {
        settle();
        stream.destroy();
      }
    };
    const onEnd = (): void => settle();
    const onClose = (): void => settle(prematureClose());
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', settle);
    stream.once('close', onClose);
  });
}

const prematureClose = (): Error => Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });

// Iterative, so a hostile body cannot overflow the stack while being checked.
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** A JSON route's body must say it is JSON: anything else is refused before it is read (415). */
export function checkJsonContentType(contentType: string | undefined, hasBody: boolean): void {
  if (!hasBody) return;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)) return;
  throw new BodyError('unsupported-media-type', 415, 'Send the body as JSON with Content-Type: application/json.');
}
