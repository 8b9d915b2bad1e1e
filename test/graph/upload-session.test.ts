import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { newRecord } from '../support/store-contract';
import { generatedEmail } from './generated-email';
import { practitioner, sharePointStore, useProvisionedStandIn } from './harness';

// A 25 MB e-mail goes up in 320 KiB-multiple ranges through an upload session, without the practitioner's token on the ranges.

const SIZE = 25 * 1024 * 1024 + 1234;
const FRAGMENT = 327_680;

const stand = useProvisionedStandIn();

function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (c) => h.update(c)).on('end', () => resolve(h.digest('hex'))).on('error', reject);
  });
}

function storedFile(name: string) {
  const drives = [...stand().state.drives.values()];
  return drives.flatMap((d) => [...d.items.values()]).find((i) => i.name === name);
}

describe('filing a 25 MB e-mail', () => {
  it('uses an upload session with 320 KiB-multiple ranges, no Authorization on ranges, and keeps every byte', async () => {
    const email = generatedEmail(SIZE);
    const store = sharePointStore(stand());
    const { record } = await store.create(practitioner, newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'big.eml', contentType: 'message/rfc822', source: email.source }] }));

    expect(record.blobs[0]).toMatchObject({ size: SIZE, sha256: email.sha256() });
    const file = storedFile('big.eml');
    expect(file?.size).toBe(SIZE);
    expect(await sha256OfFile(file!.file)).toBe(email.sha256());

    const sessions = stand().requests.filter((r) => r.path.endsWith(':/createUploadSession'));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.headers.authorization).toMatch(/^Bearer /);
    const ranges = stand().requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/upload/'));
    expect(ranges.length).toBe(Math.ceil(SIZE / (10 * FRAGMENT)));
    for (const r of ranges) expect(r.headers.authorization).toBeUndefined();
    const lengths = ranges.map((r) => Number(r.headers['content-length']));
    for (const len of lengths.slice(0, -1)) expect(len % FRAGMENT).toBe(0);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(SIZE);
    expect(ranges.map((r) => r.status)).toEqual([...Array(ranges.length - 1).fill(202), 201]);
    // No simple upload of the big file was attempted.
    expect(stand().requests.some((r) => r.path.endsWith(':/content') && r.status === 413)).toBe(false);
    await store.close();
  });

  it('waits and resends a range when SharePoint throttles it, and resumes after a lost range reply', async () => {
    stand().faults.inject({ method: 'PUT', path: /^\/upload\//, times: 1, fault: { kind: 'throttle', retryAfterSeconds: 0 } });
    const email = generatedEmail(8 * 1024 * 1024);
    const store = sharePointStore(stand(), { chunkSize: 4 * FRAGMENT });
    // The second range is taken by SharePoint but its reply is lost (rules apply in order: the throttle answers first).
    stand().faults.inject({ method: 'PUT', path: /^\/upload\//, after: 1, times: 1, fault: { kind: 'drop-after-commit' } });
    const { record } = await store.create(practitioner, newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'resumed.eml', contentType: 'message/rfc822', source: email.source }] }));
    expect(record.blobs[0]?.sha256).toBe(email.sha256());
    expect(await sha256OfFile(storedFile('resumed.eml')!.file)).toBe(email.sha256());
    const ranges = stand().requests.filter((r) => r.path.startsWith('/upload/'));
    expect(ranges.map((r) => (r.dropped ? 'dropped' : `${r.method} ${r.status}`))).toEqual([
      // 8 MiB in 1,310,720-byte ranges is 7 ranges; the lost second one is not sent again.
      'PUT 429', 'PUT 202', 'dropped', 'GET 200', 'PUT 202', 'PUT 202', 'PUT 202', 'PUT 202', 'PUT 201',
    ]);
    await store.close();
  });

  it('sends a small e-mail in one simple upload, without an upload session', async () => {
    const store = sharePointStore(stand());
    const bytes = Buffer.alloc(100_000, 7);
    await store.create(practitioner, newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'small.eml', contentType: 'message/rfc822', source: Readable.from([bytes]) }] }));
    expect(stand().requests.filter((r) => r.path.endsWith(':/createUploadSession'))).toHaveLength(0);
    const puts = stand().requests.filter((r) => r.method === 'PUT' && r.path.endsWith('small.eml:/content'));
    expect(puts.map((r) => r.status)).toEqual([201]);
    await store.close();
  });
});
