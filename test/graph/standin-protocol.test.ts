import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';

// The stand-in refuses what Graph refuses, so the adapter tests above cannot pass against a server more lenient than SharePoint.

let standin: GraphStandIn;
let api: string;
let driveId: string;
const auth = { authorization: 'Bearer token-a' };

beforeAll(async () => {
  standin = await startGraphStandIn({ users: { 'token-a': { displayName: 'Alex Practitioner' } } });
  api = `${standin.origin}/v1.0`;
  const drive = (await (await standin.fetch(`${api}/sites/${standin.siteId}/drive`, { headers: auth })).json()) as { id: string };
  driveId = drive.id;
});
afterAll(async () => {
  await standin?.close();
});

async function json(res: Response): Promise<{ error?: { code: string; message: string; innerError: { 'request-id': string; date: string } } } & Record<string, unknown>> {
  return (await res.json()) as never;
}

describe('Graph stand-in protocol', () => {
  it('answers 401 with an OData error body without a bearer token', async () => {
    const res = await standin.fetch(`${api}/sites/${standin.siteId}/lists`);
    expect(res.status).toBe(401);
    const body = await json(res);
    expect(body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    expect(body.error?.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a filter on a column that is not indexed', async () => {
    const list = await json(await standin.fetch(`${api}/sites/${standin.siteId}/lists`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Plain', columns: [{ name: 'Note', text: {} }], list: { template: 'genericList' } }) }));
    const res = await standin.fetch(`${api}/sites/${standin.siteId}/lists/${String(list.id)}/items?$expand=fields&$filter=${encodeURIComponent("fields/Note eq 'x'")}`, { headers: auth });
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
  });

  it('limits simple upload to 4 MB (413 above)', async () => {
    const res = await standin.fetch(`${api}/drives/${driveId}/root:/big.eml:/content`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: Buffer.alloc(4 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    await res.arrayBuffer();
  });

  it('upload session: refuses Authorization on ranges, ranges not a multiple of 320 KiB, and ranges out of order', async () => {
    const session = await json(await standin.fetch(`${api}/drives/${driveId}/root:/s.eml:/createUploadSession`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' }));
    expect(session).toMatchObject({ nextExpectedRanges: ['0-'] });
    expect(Date.parse(String(session.expirationDateTime))).toBeGreaterThan(Date.now());
    const url = String(session.uploadUrl);
    expect(url.startsWith(standin.origin)).toBe(true);
    const put = (start: number, length: number, total: number, headers: Record<string, string> = {}) =>
      standin.fetch(url, { method: 'PUT', headers: { 'content-range': `bytes ${start}-${start + length - 1}/${total}`, ...headers }, body: Buffer.alloc(length) });

    const withToken = await put(0, 327_680, 1_000_000, auth);
    expect(withToken.status).toBe(401);
    await withToken.arrayBuffer();
    const odd = await put(0, 300_000, 1_000_000);
    expect(odd.status).toBe(400);
    await odd.arrayBuffer();
    const ahead = await put(327_680, 327_680, 1_000_000);
    expect(ahead.status).toBe(416);
    await ahead.arrayBuffer();
    const first = await put(0, 655_360, 1_000_000);
    expect(first.status).toBe(202);
    expect(await json(first)).toMatchObject({ nextExpectedRanges: ['655360-999999'] });
    const last = await put(655_360, 1_000_000 - 655_360, 1_000_000);
    expect(last.status).toBe(201);
    expect(await json(last)).toMatchObject({ name: 's.eml', size: 1_000_000 });
  });

  it('refuses a second item with the same value in a unique column', async () => {
    const list = await json(await standin.fetch(`${api}/sites/${standin.siteId}/lists`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Unique', columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }] }) }));
    const add = () => standin.fetch(`${api}/sites/${standin.siteId}/lists/${String(list.id)}/items`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ fields: { Key: 'k1' } }) });
    expect((await add()).status).toBe(201);
    const dup = await add();
    expect(dup.status).toBe(409);
    expect((await json(dup)).error?.message).toContain('duplicate values');
  });

  it('returns MIME for /me/messages/{id}/$value only when immutable ids are asked for', async () => {
    standin.addMessage({ immutableId: 'imm-1', mailbox: 'alex.practitioner@standin.example', mime: 'From: a@example.org\r\n\r\nhello' });
    const without = await standin.fetch(`${api}/me/messages/imm-1/$value`, { headers: auth });
    expect(without.status).toBe(404);
    await without.arrayBuffer();
    const withPrefer = await standin.fetch(`${api}/me/messages/imm-1/$value`, { headers: { ...auth, prefer: 'IdType="ImmutableId"' } });
    expect(withPrefer.status).toBe(200);
    expect(await withPrefer.text()).toContain('hello');
  });

  it('answers a malformed path with an error body, not a dropped connection', async () => {
    const res = await standin.fetch(`${api}/sites/${standin.siteId}/lists/%E0%A4%A`, { headers: auth });
    expect(res.status).toBe(404);
    expect((await json(res)).error?.code).toBe('itemNotFound');
  });
});
