import { createHash } from 'node:crypto';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerContext, Route } from '../context';
import { drain, readJson, requireUser } from '../context';
import { fail } from '../odata';
import { newId, type UploadSession } from '../state';
import { commitFile, findByPath, findDrive, splitPath } from './drive';
import { driveItemJson } from './present';

// createUploadSession and the pre-authenticated uploadUrl that takes byte ranges in order.

export const FRAGMENT_MULTIPLE = 327_680;
export const MAX_FRAGMENT = 60 * 1024 * 1024;

function sessionJson(s: UploadSession): Record<string, unknown> {
  const next = s.total === undefined ? `${s.received}-` : `${s.received}-${s.total - 1}`;
  return { expirationDateTime: s.expiration, nextExpectedRanges: [next] };
}

function findSession(ctx: HandlerContext): UploadSession {
  const s = ctx.state.uploads.get(ctx.params[0] ?? '');
  if (!s) return fail(404, 'itemNotFound', 'The upload session was not found: it completed, was cancelled or expired.');
  return s;
}

/** Reads one fragment; a fragment is at most 60 MiB, so holding one is bounded (the file is never held whole). */
async function readFragment(ctx: HandlerContext, expected: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of ctx.req) {
    const b = c as Buffer;
    size += b.length;
    if (size > expected) fail(400, 'invalidRange', 'The fragment is longer than its Content-Range.');
    chunks.push(b);
  }
  if (size !== expected) fail(400, 'invalidRange', `The fragment has ${size} bytes but its Content-Range declares ${expected}.`);
  return Buffer.concat(chunks, size);
}

export const uploadRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/drives\/([^/]+)\/root:\/(.+?):\/createUploadSession$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const user = requireUser(ctx);
      const drive = findDrive(ctx, ctx.params[0]);
      const path = ctx.params[1] ?? '';
      splitPath(path);
      const body = await readJson(ctx);
      const item = (body.item ?? {}) as Record<string, unknown>;
      const conflictBehavior = String(item['@microsoft.graph.conflictBehavior'] ?? 'replace');
      if (conflictBehavior === 'fail' && findByPath(drive, path)) fail(409, 'nameAlreadyExists', 'The specified item name already exists.');
      const token = newId();
      const file = join(ctx.dir, `upload-${token}`);
      await writeFile(file, '');
      const session: UploadSession = {
        token,
        driveId: drive.id,
        path,
        conflictBehavior,
        createdBy: user,
        total: undefined,
        received: 0,
        file,
        hash: createHash('sha256'),
        expiration: new Date(Date.now() + 15 * 60_000).toISOString(),
      };
      ctx.state.uploads.set(token, session);
      return { status: 200, json: { uploadUrl: `${ctx.origin}/upload/${token}`, ...sessionJson(session) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/upload\/([^/]+)$/,
    auth: 'none',
    async handle(ctx) {
      return { status: 200, json: sessionJson(findSession(ctx)) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/upload\/([^/]+)$/,
    auth: 'none',
    async handle(ctx) {
      findSession(ctx);
      ctx.state.uploads.delete(ctx.params[0] ?? '');
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/upload\/([^/]+)$/,
    auth: 'none',
    async handle(ctx) {
      const reject = async (status: number, code: string, message: string): Promise<never> => {
        await drain(ctx);
        return fail(status, code, message);
      };
      if (ctx.headers.authorization) {
        await reject(401, 'InvalidAuthenticationToken', 'The upload URL is pre-authenticated: do not send an Authorization header with fragments.');
      }
      const session = ctx.state.uploads.get(ctx.params[0] ?? '');
      if (!session) return reject(404, 'itemNotFound', 'The upload session was not found: it completed, was cancelled or expired.');
      const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(ctx.headers['content-range'] ?? ''));
      if (!m) return reject(400, 'invalidRange', "A fragment needs 'Content-Range: bytes {start}-{end}/{total}'.");
      const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const length = end - start + 1;
      if (length <= 0 || end >= total) return reject(400, 'invalidRange', 'The Content-Range is not valid.');
      if (session.total !== undefined && session.total !== total) return reject(400, 'invalidRange', 'The total size changed during the upload session.');
      if (start !== session.received) {
        return reject(416, 'invalidRange', `The fragment starts at ${start}, but the next expected range starts at ${session.received}.`);
      }
      if (length >= MAX_FRAGMENT) return reject(413, 'requestTooLarge', 'A fragment must be smaller than 60 MiB.');
      const last = end + 1 === total;
      if (!last && length % FRAGMENT_MULTIPLE !== 0) return reject(400, 'invalidRange', 'Fragments must be a multiple of 320 KiB (327,680 bytes), except the last.');
      const declared = Number(ctx.headers['content-length'] ?? NaN);
      if (declared !== length) return reject(400, 'invalidRange', 'Content-Length does not match the Content-Range.');
      const bytes = await readFragment(ctx, length);
      await appendFile(session.file, bytes);
      session.hash.update(bytes);
      session.total = total;
      session.received = end + 1;
      session.expiration = new Date(Date.now() + 15 * 60_000).toISOString();
      if (!last) return { status: 202, json: sessionJson(session) };
      ctx.state.uploads.delete(session.token);
      const drive = findDrive(ctx, session.driveId);
      const { item, replaced } = commitFile(drive, session.path, session.conflictBehavior, {
        file: session.file,
        size: total,
        sha256: session.hash.digest('hex'),
        createdBy: session.createdBy,
      });
      return { status: replaced ? 200 : 201, json: driveItemJson(drive, item, ctx.origin) };
    },
  },
];
