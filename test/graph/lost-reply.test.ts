import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { contactDetails, newRecord } from '../support/store-contract';
import { manager, practitioner, sharePointStore, useProvisionedStandIn } from './harness';

// A reply lost after SharePoint did the work: the store looks before it sends again, so nothing is filed twice.

const stand = useProvisionedStandIn();
/** Record and entry items; the add-in's look-up keys (their own list, written first) are left out. */
let ITEMS = /^\/sites\/[^/]+\/lists\/[^/]+\/items$/;
beforeAll(() => {
  const lookups = stand().state.sites.get(stand().siteId)?.lists.find((l) => l.displayName === 'Care record look-ups')?.id;
  ITEMS = new RegExp(`^/sites/[^/]+/lists/(?!${lookups}/)[^/]+/items$`);
});

function listItems(displayName: string) {
  const site = stand().state.sites.get(stand().siteId);
  return site?.lists.find((l) => l.displayName === displayName)?.items ?? [];
}

describe('a lost reply', () => {
  it('creating a record: looks the record up instead of posting it again, and reports it created', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'drop-after-commit' } });
    const store = sharePointStore(stand());
    const input = newRecord(practitioner, { internetMessageId: `<${randomUUID()}@mail.example>`, blobs: [{ role: 'original-email', fileName: 'm.eml', contentType: 'message/rfc822', source: Readable.from([Buffer.from('From: a\r\n\r\nhi')]) }] });
    const out = await store.create(practitioner, input);
    expect(out).toMatchObject({ created: true, record: { id: input.id } });
    expect(listItems('Care records').filter((i) => i.fields.RecordRef === input.id)).toHaveLength(1);
    const posts = stand().requests.filter((r) => r.method === 'POST' && ITEMS.test(r.path));
    expect(posts.map((r) => r.dropped)).toEqual([true]);
    // The look-up after the lost reply used the record's reference.
    expect(stand().requests.some((r) => r.method === 'GET' && ITEMS.test(r.path) && decodeURIComponent(r.query).includes(`fields/RecordRef eq '${input.id}'`))).toBe(true);
    expect((await store.get(practitioner, input.id))?.blobs).toHaveLength(1);
  });

  it('a gateway timeout after SharePoint created the record: the automatic retry is refused as a duplicate and the record (with its file) is reported created', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'error-after-commit', status: 504 } });
    const store = sharePointStore(stand());
    const input = newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'gw.eml', contentType: 'message/rfc822', source: Readable.from([Buffer.from('From: a\r\n\r\nhi')]) }] });
    const out = await store.create(practitioner, input);
    expect(out).toMatchObject({ created: true, record: { id: input.id } });
    expect(stand().requests.filter((r) => r.method === 'POST' && ITEMS.test(r.path)).map((r) => r.status)).toEqual([504, 409]);
    expect(listItems('Care records').filter((i) => i.fields.RecordRef === input.id)).toHaveLength(1);
    const opened = await store.openBlob(practitioner, input.id, out.record.blobs[0]!.id);
    let text = '';
    for await (const c of opened.stream) text += (c as Buffer).toString('utf8');
    expect(text).toContain('hi');
  });

  it('the service retrying the whole request with its Idempotency-Key gets the record made the first time', async () => {
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'drop-after-commit' } });
    const store = sharePointStore(stand());
    const key = randomUUID();
    const first = newRecord(practitioner, { idempotency: { key, requestHash: 'same' } });
    // The practitioner's app never heard back either and sends the same request again; the service makes a new reference.
    const firstOutcome = await store.create(practitioner, first);
    const retry = await store.create(practitioner, newRecord(practitioner, { idempotency: { key, requestHash: 'same' } }));
    expect(retry).toMatchObject({ created: false, record: { id: firstOutcome.record.id } });
    expect(listItems('Care records').filter((i) => i.fields.RequestHash === 'same')).toHaveLength(1);
  });

  it('signing off: one sign-off entry, not two', async () => {
    const store = sharePointStore(stand());
    const input = newRecord(practitioner);
    await store.create(practitioner, input);
    stand().faults.inject({ method: 'POST', path: ITEMS, times: 1, fault: { kind: 'drop-after-commit' } });
    const signOff = { id: randomUUID(), kind: 'read-and-agreed' as const, by: { userId: manager.userId, name: manager.name }, at: '2026-11-23T10:00:00Z' };
    const after = await store.appendSignOff(manager, input.id, signOff);
    expect(after.signOffs).toEqual([signOff]);
    expect(listItems('Care record entries').filter((i) => i.fields.RecordRef === input.id)).toHaveLength(1);
  });
});

describe('a lost reply to an upload', () => {
  it('a simple upload or an upload session request is sent again (its path is unique to this attempt) and one file is kept', async () => {
    stand().faults.inject({ method: 'PUT', path: /:\/content$/, times: 1, fault: { kind: 'drop-after-commit' } });
    stand().faults.inject({ method: 'POST', path: /:\/createUploadSession$/, times: 1, fault: { kind: 'drop-after-commit' } });
    const store = sharePointStore(stand());
    const input = newRecord(practitioner, {
      blobs: [
        { role: 'screenshot', fileName: 'small-lost.png', contentType: 'image/png', source: Readable.from([Buffer.alloc(10_000, 1)]) },
        { role: 'original-email', fileName: 'large-lost.eml', contentType: 'message/rfc822', source: Readable.from([Buffer.alloc(5 * 1024 * 1024, 2)]) },
      ],
    });
    const { record } = await store.create(practitioner, input);
    expect(record.blobs.map((b) => b.size)).toEqual([10_000, 5 * 1024 * 1024]);
    const files = [...stand().state.drives.values()].flatMap((d) => [...d.items.values()]).filter((f) => f.name.endsWith('-lost.png') || f.name.endsWith('-lost.eml'));
    expect(files.map((f) => f.name).sort()).toEqual(['large-lost.eml', 'small-lost.png']);
    expect(stand().requests.filter((r) => r.dropped).length).toBe(2);
  });
});

describe('a lost reply to the last range of an upload session', () => {
  it('finds the completed file instead of uploading it again', async () => {
    const size = 5 * 1024 * 1024;
    stand().faults.inject({ method: 'PUT', path: /^\/upload\//, after: 3, times: 1, fault: { kind: 'drop-after-commit' } });
    const store = sharePointStore(stand(), { chunkSize: 4 * 327_680 });
    const bytes = Buffer.alloc(size, 3);
    const { record } = await store.create(practitioner, newRecord(practitioner, { blobs: [{ role: 'original-email', fileName: 'last.eml', contentType: 'message/rfc822', source: Readable.from([bytes]) }] }));
    expect(record.blobs[0]?.size).toBe(size);
    const upload = stand().requests.filter((r) => r.path.startsWith('/upload/'));
    expect(upload.map((r) => (r.dropped ? 'dropped' : `${r.method} ${r.status}`))).toEqual(['PUT 202', 'PUT 202', 'PUT 202', 'dropped', 'GET 404']);
    const opened = await store.openBlob(practitioner, record.id, record.blobs[0]!.id);
    let total = 0;
    for await (const c of opened.stream) total += (c as Buffer).length;
    expect(total).toBe(size);
  });
});

describe('a withdrawal interrupted half way', () => {
  it('the e-mail can still be filed again for the person, and the record shows as withdrawn', async () => {
    const store = sharePointStore(stand());
    const person = { reference: `P-${randomUUID()}`, name: 'Casey Child' };
    const messageId = `<${randomUUID()}@mail.example>`;
    const first = newRecord(practitioner, { person, internetMessageId: messageId });
    await store.create(practitioner, first);
    // The withdrawal entry is written, then SharePoint fails the step that frees the e-mail's filing key.
    stand().faults.inject({ method: 'PATCH', path: /\/fields$/, times: 1, fault: { kind: 'odata-error', status: 500, code: 'generalException', message: 'boom' } });
    const w = { reason: 'Entered on the wrong child', requestedBy: { userId: practitioner.userId, name: practitioner.name }, at: '2026-11-22T11:00:00Z' };
    await expect(store.withdraw(practitioner, first.id, w)).rejects.toMatchObject({ code: 'store-unavailable' });
    expect(await store.get(practitioner, first.id)).toMatchObject({ status: 'withdrawn' });
    const again = await store.create(practitioner, newRecord(practitioner, { person, internetMessageId: messageId }));
    expect(again.created).toBe(true);
    expect((await store.list(practitioner, { person: person.reference })).map((r) => r.id)).toEqual([again.record.id]);
  });
});

describe('identity', () => {
  it("files each entry under the person's own login: the practitioner's record, the manager's sign-off", async () => {
    const store = sharePointStore(stand());
    const input = newRecord(practitioner);
    await store.create(practitioner, input);
    await store.appendSignOff(manager, input.id, { id: randomUUID(), kind: 'read-and-agreed', by: { userId: manager.userId, name: manager.name }, at: '2026-11-23T10:00:00Z' });
    const record = listItems('Care records').find((i) => i.fields.RecordRef === input.id);
    const entry = listItems('Care record entries').find((i) => i.fields.RecordRef === input.id);
    expect(record?.createdBy).toMatchObject({ id: practitioner.userId, displayName: practitioner.name });
    expect(entry?.createdBy).toMatchObject({ id: manager.userId, displayName: manager.name });
    const tokens = new Set(stand().requests.filter((r) => r.headers.authorization).map((r) => r.headers.authorization));
    expect(tokens).toEqual(new Set([`Bearer ${practitioner.accessToken}`, `Bearer ${manager.accessToken}`]));
  });
});

describe('text longer than a SharePoint column holds', () => {
  it('keeps a 70,000-character transcript verbatim (stored as a file the record points to)', async () => {
    const store = sharePointStore(stand());
    const text = 'Message from the young person: '.padEnd(70_000, 'ok, see you Tuesday \u{1F600} ');
    const input = newRecord(practitioner, { details: contactDetails({ content: { form: 'transcript', text } }) });
    await store.create(practitioner, input);
    const got = await store.get(practitioner, input.id);
    expect(got?.details).toEqual(input.details);
    expect((await store.list(practitioner, { person: input.person.reference })).map((r) => r.id)).toEqual([input.id]);
    const item = listItems('Care records').find((i) => i.fields.RecordRef === input.id);
    expect(String(item?.fields.RecordJson)).toMatch(/^\{"\$file":"/);
  });

  it('says a file removed from the library is not found, rather than that the site is not set up', async () => {
    const store = sharePointStore(stand());
    const input = newRecord(practitioner, { blobs: [{ role: 'screenshot', fileName: 'shot.png', contentType: 'image/png', source: Readable.from([Buffer.from('png')]) }] });
    const { record } = await store.create(practitioner, input);
    for (const drive of stand().state.drives.values()) for (const [id, f] of drive.items) if (f.name === 'shot.png') drive.items.delete(id);
    await expect(store.openBlob(practitioner, record.id, record.blobs[0]!.id)).rejects.toMatchObject({ code: 'blob-not-found' });
  });
});
