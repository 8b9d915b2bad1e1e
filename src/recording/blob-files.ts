import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
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
  /** Files written for records not yet committed (by sha256): never removed from under a filing in progress. */
  private readonly pending = new Map<string, number>();

  constructor(private readonly root: string) {
    this.tmpDir = join(root, 'tmp');
    mkdirSync(this.tmpDir, { recursive: true, mode: 0o700 });
    for (const d of [root, this.tmpDir]) chmodSync(d, 0o700);
  }

  /**
   * Files no record points to, older than the grace period, are removed (a crash between storing a file and committing
   * its record, from before this process started). Returns how many.
   */
  sweepOrphans(isReferenced: (sha256: string) => boolean, graceMs: number, now = Date.now()): number {
    const base = join(this.root, 'sha256');
    let removed = 0;
    let dirs: string[];
    try {
      dirs = readdirSync(base);
    } catch {
      return 0;
    }
    for (const d of dirs) {
      for (const name of readdirSync(join(base, d))) {
        const file = join(base, d, name);
        if (this.pending.has(name) || isReferenced(name)) continue;
        if (now - statSync(file).mtimeMs < graceMs) continue;
        rmSync(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** The filing that wrote these files is over (committed or not); files no record points to are removed. */
  async release(written: readonly WrittenBlob[], isReferenced: (sha256: string) => boolean): Promise<void> {
    for (const w of written) {
      const left = (this.pending.get(w.sha256) ?? 1) - 1;
      if (left > 0) this.pending.set(w.sha256, left);
      else this.pending.delete(w.sha256);
    }
    for (const w of written) {
      if (this.pending.has(w.sha256) || isReferenced(w.sha256)) continue;
      await unlink(join(this.root, w.path)).catch(() => undefined);
    }
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
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Counted before the rename: from here until release() the file is this filing's, whatever else runs.
    this.pending.set(sha256, (this.pending.get(sha256) ?? 0) + 1);
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
