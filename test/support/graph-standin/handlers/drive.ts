import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { HandlerContext, Route } from '../context';
import { drain, readJson, requireUser } from '../context';
import { fail } from '../odata';
import { newId, now, type Drive, type DriveItem, type StandInUser } from '../state';
import { driveItemJson, driveJson } from './present';

// drives/{id}: items by path, simple upload (4 MB at most), content download through a pre-authenticated URL.

export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;

export function findDrive(ctx: HandlerContext, id: string | undefined): Drive {
  const drive = id === undefined ? undefined : ctx.state.drives.get(id);
  if (!drive) return fail(404, 'itemNotFound', 'The drive could not be found.');
  return drive;
}

export function splitPath(path: string | undefined): { parentPath: string; name: string } {
  const parts = (path ?? '').split('/').filter(Boolean);
  const name = parts.pop();
  if (!name || parts.concat(name).some((p) => /["*:<>?\\|]/.test(p) || p === '.' || p === '..')) {
    fail(400, 'invalidRequest', 'The item path is not valid: names cannot contain " * : < > ? \\ |.');
  }
  return { parentPath: parts.join('/'), name };
}

export function findByPath(drive: Drive, path: string | undefined): DriveItem | undefined {
  const { parentPath, name } = splitPath(path);
  return [...drive.items.values()].find((i) => i.parentPath === parentPath && i.name.toLowerCase() === name.toLowerCase());
}

/** Stores a completed file at a path, honouring the conflict behaviour; returns the item and whether it replaced one. */
export function commitFile(
  drive: Drive,
  path: string,
  conflictBehavior: string,
  file: { file: string; size: number; sha256: string; createdBy: StandInUser },
): { item: DriveItem; replaced: boolean } {
  const { parentPath, name } = splitPath(path);
  const existing = findByPath(drive, path);
  if (existing && conflictBehavior === 'fail') fail(409, 'nameAlreadyExists', 'The specified item name already exists.');
  let finalName = name;
  if (existing && conflictBehavior === 'rename') {
    const dot = name.lastIndexOf('.');
    for (let n = 1; findByPath(drive, [parentPath, finalName].filter(Boolean).join('/')); n++) {
      finalName = dot > 0 ? `${name.slice(0, dot)} ${n}${name.slice(dot)}` : `${name} ${n}`;
    }
  }
  const replaced = Boolean(existing && conflictBehavior === 'replace');
  if (existing && replaced) drive.items.delete(existing.id);
  const item: DriveItem = {
    id: replaced && existing ? existing.id : `01${newId().replace(/-/g, '').toUpperCase().slice(0, 32)}`,
    name: finalName,
    parentPath,
    size: file.size,
    sha256: file.sha256,
    file: file.file,
    createdBy: file.createdBy,
    createdDateTime: now(),
    downloadToken: newId(),
  };
  drive.items.set(item.id, item);
  return { item, replaced };
}

export const driveRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/drives\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      return { status: 200, json: driveJson(findDrive(ctx, ctx.params[0])) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/drives\/([^/]+)\/root:\/(.+?):?$/,
    auth: 'bearer',
    async handle(ctx) {
      const drive = findDrive(ctx, ctx.params[0]);
      const item = findByPath(drive, ctx.params[1]);
      if (!item) return fail(404, 'itemNotFound', 'The resource could not be found.');
      return { status: 200, json: driveItemJson(drive, item, ctx.origin) };
    },
  },
  {
    // Every item of the drive, flat and paged; as documented, delta items carry no parentReference.path.
    method: 'GET',
    pattern: /^\/drives\/([^/]+)\/root\/delta$/,
    auth: 'bearer',
    async handle(ctx) {
      const drive = findDrive(ctx, ctx.params[0]);
      const root = { id: `${drive.id}-root`, name: 'root', root: {}, folder: { childCount: drive.items.size }, parentReference: { driveId: drive.id, driveType: 'documentLibrary' } };
      const all = [
        root,
        ...[...drive.items.values()].map((it) => {
          const { parentReference, ...rest } = driveItemJson(drive, it, ctx.origin) as { parentReference: Record<string, unknown> } & Record<string, unknown>;
          return { ...rest, parentReference: { driveId: parentReference.driveId, driveType: parentReference.driveType } };
        }),
      ];
      const skip = Number(ctx.query.get('token') ?? '0') || 0;
      const page = all.slice(skip, skip + ctx.pageSize);
      const more = skip + ctx.pageSize < all.length;
      const link = `${ctx.origin}/v1.0${ctx.path}?token=${more ? skip + ctx.pageSize : `latest-${all.length}`}`;
      return { status: 200, json: { value: page, ...(more ? { '@odata.nextLink': link } : { '@odata.deltaLink': link }) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/drives\/([^/]+)\/items\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      const drive = findDrive(ctx, ctx.params[0]);
      const item = drive.items.get(ctx.params[1] ?? '');
      if (!item) return fail(404, 'itemNotFound', 'The resource could not be found.');
      return { status: 200, json: driveItemJson(drive, item, ctx.origin) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/drives\/([^/]+)\/items\/([^/]+)$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const drive = findDrive(ctx, ctx.params[0]);
      if (!drive.items.delete(ctx.params[1] ?? '')) return fail(404, 'itemNotFound', 'The resource could not be found.');
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: /^\/drives\/([^/]+)\/items\/([^/]+)\/content$/,
    auth: 'bearer',
    async handle(ctx) {
      const drive = findDrive(ctx, ctx.params[0]);
      const item = drive.items.get(ctx.params[1] ?? '');
      if (!item) return fail(404, 'itemNotFound', 'The resource could not be found.');
      return { status: 302, headers: { location: `${ctx.origin}/download/${item.downloadToken}` } };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/drives\/([^/]+)\/root:\/(.+?):\/content$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const user = requireUser(ctx);
      const drive = findDrive(ctx, ctx.params[0]);
      const path = ctx.params[1] ?? '';
      splitPath(path);
      const declared = Number(ctx.headers['content-length'] ?? NaN);
      if (declared > SIMPLE_UPLOAD_LIMIT) {
        await drain(ctx);
        return fail(413, 'requestTooLarge', 'Simple upload is limited to 4 MB: use an upload session for larger files.');
      }
      const file = join(ctx.dir, newId());
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > SIMPLE_UPLOAD_LIMIT) return done(new Error('too large'));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(ctx.req, meter, createWriteStream(file));
      } catch {
        if (size > SIMPLE_UPLOAD_LIMIT) {
          await drain(ctx).catch(() => undefined);
          return fail(413, 'requestTooLarge', 'Simple upload is limited to 4 MB: use an upload session for larger files.');
        }
        return fail(400, 'invalidRequest', 'The upload was interrupted before all bytes arrived.');
      }
      const conflict = ctx.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
      const { item, replaced } = commitFile(drive, path, conflict, { file, size, sha256: hash.digest('hex'), createdBy: user });
      return { status: replaced ? 200 : 201, json: driveItemJson(drive, item, ctx.origin) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/download\/([^/]+)$/,
    auth: 'none',
    async handle(ctx) {
      for (const drive of ctx.state.drives.values()) {
        for (const item of drive.items.values()) {
          if (item.downloadToken === ctx.params[0]) {
            return { status: 200, headers: { 'content-type': 'application/octet-stream', 'content-length': String(item.size) }, raw: createReadStream(item.file) };
          }
        }
      }
      return fail(404, 'itemNotFound', 'The download URL is not valid or has expired.');
    },
  },
];

export { readJson };
