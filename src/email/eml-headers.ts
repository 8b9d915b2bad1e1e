import { Readable } from 'node:stream';

// Reads only the header block of an RFC 5322 message from a stream and hands back a stream of the whole message,
// so a multi-megabyte e-mail is never held in memory. On error the caller drains the source (the client reads the reply).

export const MAX_HEADER_BYTES = 256 * 1024;

export class EmlError extends Error {
  override readonly name = 'EmlError';
  constructor(
    readonly code: 'headers-too-large' | 'no-headers' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

export interface SplitMessage {
  headers: Map<string, string[]>;
  /** The complete message, header block included, byte for byte. */
  message: Readable;
}

function headerEnd(buf: Buffer): number {
  const crlf = buf.indexOf('\r\n\r\n');
  const lf = buf.indexOf('\n\n');
  if (crlf === -1) return lf;
  if (lf === -1) return crlf;
  return Math.min(crlf, lf);
}

export async function splitHeaders(source: Readable, maxHeaderBytes = MAX_HEADER_BYTES): Promise<SplitMessage> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let head = Buffer.alloc(0);
  let end = -1;
  let finished = false;
  while (end === -1) {
    const next = await it.next();
    if (next.done) {
      finished = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head = Buffer.concat([head, chunk]);
    end = headerEnd(head);
    if (end === -1 && head.length > maxHeaderBytes) {
      throw new EmlError('headers-too-large', `The e-mail's header block is larger than ${maxHeaderBytes} bytes; this does not look like an e-mail (EML) file.`);
    }
  }
  if (head.length === 0) throw new EmlError('empty', 'The e-mail is empty: send the EML file as the request body.');
  const headers = parseHeaderBlock(head.subarray(0, end === -1 ? head.length : end).toString('latin1'));
  if (headers.size === 0) throw new EmlError('no-headers', 'The body has no e-mail headers; send an EML file (Content-Type message/rfc822).');
  const first = head;
  const message = Readable.from(
    (async function* () {
      yield first;
      if (finished) return;
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      }
    })(),
    { objectMode: false },
  );
  return { headers, message };
}

/** Header names lower-cased; folded lines joined (RFC 5322 2.2.3). */
export function parseHeaderBlock(block: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = block.split(/\r?\n/);
  let name: string | undefined;
  let value = '';
  const flush = () => {
    if (name === undefined) return;
    const list = out.get(name) ?? [];
    list.push(value.trim());
    out.set(name, list);
  };
  for (const line of lines) {
    if (/^[ \t]/.test(line) && name !== undefined) {
      value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[!-9;-~]+$/.test(line.slice(0, colon))) {
      name = undefined;
      continue;
    }
    flush();
    name = line.slice(0, colon).toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return out;
}
