import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** A MIME message of `size` bytes produced block by block (never held whole), with its SHA-256 once read to the end. */
export function generatedEmail(size: number): { source: Readable; sha256: () => string } {
  const header = Buffer.from('From: someone@example.org\r\nSubject: Large attachment\r\nContent-Type: application/octet-stream\r\n\r\n');
  const block = randomBytes(64 * 1024);
  const hash = createHash('sha256');
  let sent = 0;
  let digest: string | undefined;
  const source = new Readable({
    read() {
      if (sent >= size) {
        digest = hash.digest('hex');
        this.push(null);
        return;
      }
      const piece = sent === 0 ? header : block;
      const chunk = Buffer.from(piece.subarray(0, Math.min(piece.length, size - sent)));
      // Vary each block so a misplaced range changes the hash.
      chunk.writeUInt32BE(sent >>> 0, 0);
      sent += chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return {
    source,
    sha256: () => {
      if (!digest) throw new Error('the generated e-mail was not read to its end');
      return digest;
    },
  };
}
