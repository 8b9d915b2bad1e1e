import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

// Content-addressed files under <dataDir>/blobs: streamed to a temp name, fsynced, then renamed into place,
// so a killed process leaves at most a temp file (removed at start) and never a half-written blob.

export interface WrittenBlob {
  sha256: string;
  size: number;
  /** Path relative to the blob folder, e.g. "sha256/ab/abcdef...". */
  path: string;
}

export class BlobFiles {
  private readonly tmpDir: string;

  constructor(private readonly root: string) {
    this.tmpDir = join(root, 'tmp');
    mkdirSync(this.tmpDir, { recursive: true });
  }

  /** Removes temp files left by a process that was killed mid-write; they were never part of a record. */
  removeLeftovers(): number {
    const names = readdirSync(this.tmpDir);
    for (const n of names) rmSync(join(this.tmpDir, n), { force: true });
    return names.length;
  }

  async write(source: Readable): Promise<WrittenBlob> {
    const tmp = join(this.tmpDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const handle = await open(tmp, 'wx', 0o600);
    try {
      // One chunk at a time, awaited: memory stays at one chunk whatever the file size.
      for await (const chunk of source) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        hash.update(buf);
        size += buf.length;
        for (let off = 0; off < buf.length; ) off += (await handle.write(buf, off, buf.length - off)).bytesWritten;
      }
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
    await handle.close();
    const sha256 = hash.digest('hex');
    const rel = join('sha256', sha256.slice(0, 2), sha256);
    const dir = join(this.root, 'sha256', sha256.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    await rename(tmp, join(this.root, rel));
    await syncDirectory(dir);
    return { sha256, size, path: rel };
  }

  absolute(rel: string): string {
    return join(this.root, rel);
  }
}

/** Makes the rename durable: without it a power cut can lose the directory entry of an fsynced file. */
async function syncDirectory(dir: string): Promise<void> {
  const h = await open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}
