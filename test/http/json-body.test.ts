import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyError, MAX_DRAIN_BYTES, MAX_JSON_DEPTH, readJsonBody } from '../../src/http/json-body';

// Reading a request body from the stream's own events: every way a body can arrive, or fail to, gives the answer the
// server maps to a status (a value, a 4xx with what to fix, or the stream's failure), and never hangs.

const body = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));
const refusal = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as BodyError);

describe('reading a JSON request body', () => {
  it('joins a body sent in several chunks, a character split between them', async () =>
    expect(await readJsonBody(body('{"text":"caf', 'é","n":[1,', '2]}'), 1024, undefined)).toEqual({ text: 'café', n: [1, 2] }));

  it('reads an empty body as no body', async () => expect(await readJsonBody(body(), 1024, undefined)).toBeUndefined());

  it('reads a body whose stream has already ended as no body', async () => {
    const ended = body();
    ended.resume();
    await new Promise((r) => ended.once('end', r));
    expect(await readJsonBody(ended, 1024, undefined)).toBeUndefined();
  });

  it('refuses a body over the limit with 413, after reading it to its end so the client sees the answer', async () => {
    const stream = body('{"a":"', 'x'.repeat(2000), '"}');
    const e = await refusal(readJsonBody(stream, 1024, undefined));
    expect(e).toMatchObject({ code: 'body-too-large', status: 413 });
    expect(e?.message).toContain('1024 bytes');
    expect(stream.readableEnded).toBe(true);
  });

  it('refuses a declared length over the limit with 413 even when fewer bytes arrive', async () =>
    expect(await refusal(readJsonBody(body('{}'), 1024, 5000))).toMatchObject({ code: 'body-too-large', status: 413 }));

  it('cuts off a body beyond what it will drain, still answering 413', async () => {
    const stream = new PassThrough();
    const read = refusal(readJsonBody(stream, 1024, undefined));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    for (let sent = 0; sent <= MAX_DRAIN_BYTES; sent += chunk.length) stream.write(chunk);
    expect(await read).toMatchObject({ code: 'body-too-large', status: 413 });
    expect(stream.destroyed).toBe(true);
  });

  it('refuses a body that is not JSON with 400', async () =>
    expect(await refusal(readJsonBody(body('{"text": "unfinished'), 1024, undefined))).toMatchObject({ code: 'invalid-json', status: 400 }));

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400, and takes it at that depth`, async () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(await refusal(readJsonBody(body(nested(MAX_JSON_DEPTH + 1)), 1024, undefined))).toMatchObject({ code: 'json-too-deep', status: 400 });
    expect(await readJsonBody(body(nested(MAX_JSON_DEPTH)), 1024, undefined)).toBeInstanceOf(Array);
  });

  it('fails with the premature close the server treats as a client gone when the stream closes before its end', async () => {
    const stream = new PassThrough();
    const read = refusal(readJsonBody(stream, 1024, undefined));
    stream.write('{"text":');
    stream.destroy();
    expect(await read).toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('fails the same way for a stream already destroyed before it is read', async () => {
    const stream = new PassThrough();
    stream.destroy();
    expect(await refusal(readJsonBody(stream, 1024, undefined))).toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it("fails with the stream's own error, whether it comes while reading or came before", async () => {
    const failing = new PassThrough();
    const read = refusal(readJsonBody(failing, 1024, undefined));
    failing.write('{"a":');
    failing.destroy(new Error('socket reset'));
    expect((await read)?.message).toBe('socket reset');

    const failed = new PassThrough();
    failed.on('error', () => undefined);
    failed.destroy(new Error('timed out'));
    await new Promise((r) => setImmediate(r));
    expect((await refusal(readJsonBody(failed, 1024, undefined)))?.message).toBe('timed out');
  });
});
