import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitHeaders } from '../../src/email/eml-headers';
import { emailFields } from '../../src/email/message-fields';

async function bytes(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe('reading an e-mail header block from a stream', () => {
  it('parses folded headers, encoded subjects and address lists, and gives back every byte', async () => {
    const raw = Buffer.from(
      [
        'From: "Smith, Jo" <jo.smith@example.org>',
        'To: a@example.org, "B, C" <b@example.org>',
        'Cc: c@example.org',
        'Subject: =?utf-8?Q?Caf=C3=A9_visit?=',
        '  =?UTF-8?B?IOKckw==?=',
        'Date: Mon, 23 Nov 2026 09:15:00 +0000',
        'Message-ID: <abc@mail.example>',
        '',
        'Body line one',
        'Body line two',
      ].join('\n'),
    );
    // Split mid-header so the reader has to join chunks.
    const { headers, message } = await splitHeaders(Readable.from([raw.subarray(0, 17), raw.subarray(17, 90), raw.subarray(90)]));
    const f = emailFields(headers);
    expect(f).toEqual({
      messageId: '<abc@mail.example>',
      date: new Date('2026-11-23T09:15:00Z'),
      from: ['jo.smith@example.org'],
      to: ['a@example.org', 'b@example.org', 'c@example.org'],
      subject: 'Café visit ✓',
    });
    expect((await bytes(message)).equals(raw)).toBe(true);
  });

  it('refuses a body with no headers and an empty body', async () => {
    await expect(splitHeaders(Readable.from([Buffer.from('no headers here\r\n\r\nbody')]))).rejects.toMatchObject({ code: 'no-headers' });
    await expect(splitHeaders(Readable.from([]))).rejects.toMatchObject({ code: 'empty' });
  });
});
