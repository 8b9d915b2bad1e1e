import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A blob written to a temp file with its size and SHA-256, ready to upload in ranges. */
export interface SpooledFile {
  path: string;
  size: number;
  sha256: string;
  remove(): Promise<void>;
}

/**
 * Reads a source to its end into a temp file, hashing as it goes. An upload session needs the total size up front,
 * and a file lets a range be sent again after a lost reply; memory stays at one stream buffer whatever the size.
 */
export async function spool(source: Readable, dir: string = tmpdir()): Promise<SpooledFile> {
  const path = join(dir, `care-blob-${randomUUID()}`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const remove = () => rm(path, { force: true });
  try {
    await pipeline(source, meter, createWriteStream(path));
  } catch (err) {
    await remove();
    throw err;
  }
  return { path, size, sha256: hash.digest('hex'), remove };
}
