import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import type { RecordStore } from '../../src/recording/store';
import type { Amendment, ContactRecordingDetails, NewBlob, NewRecord, SignOff, SupervisionDecisionDetails } from '../../src/recording/types';

// The behaviour every RecordStore adapter must show. Run it with runRecordStoreContract(name, makeStore).

export interface StoreUnderTest {
  store: RecordStore;
  /** The practitioner writing records (default: a fixed test practitioner). */
  principal?: Principal;
  /** A line manager (default: a second fixed identity). */
  manager?: Principal;
  dispose?: () => Promise<void>;
}

export const PRACTITIONER: Principal = { userId: '00000000-0000-4000-8000-000000000001', name: 'Alex Practitioner', tenantId: 'contract-tenant' };
export const MANAGER: Principal = { userId: '00000000-0000-4000-8000-000000000002', name: 'Sam Manager', tenantId: 'contract-tenant' };

export function contactDetails(overrides: Partial<ContactRecordingDetails> = {}): ContactRecordingDetails {
  return {
    kind: 'contact-recording',
    direction: 'incoming',
    channel: 'text',
    otherParty: '07700 900123',
    messageAt: '2026-11-20T16:45:00Z',
    content: { form: 'transcript', text: 'Can we move Tuesday to 4pm?' },
    purpose: 'Arrange the next visit',
    harmOrRisk: false,
    outOfHours: false,
    ...overrides,
  };
}

export function supervisionDetails(overrides: Partial<SupervisionDecisionDetails> = {}): SupervisionDecisionDetails {
  return {
    kind: 'supervision-decision',
    supervisionDate: '2026-11-18',
    setting: 'formal-supervision',
    supervisor: { name: 'Sam Manager', role: 'Team manager' },
    supervisee: { name: 'Alex Practitioner', reference: 'STAFF-0042' },
    othersPresent: [{ name: 'Jo Student', role: 'Social work student' }],
    discussion: 'Whether to text the young person about appointments.',
    decisions: [{ decision: 'Texting agreed for appointments only', reasons: 'Young person prefers it and parent consents' }],
    actions: [{ action: 'Record consent on file', owner: 'Alex Practitioner', due: '2026-11-25' }],
    digitalContact: { discussed: true, riskAssessed: true, channel: 'text', purpose: 'appointments', consent: 'young person and parent', reviewDate: '2027-02-18' },
    harmOrRisk: false,
    ...overrides,
  };
}

export function newRecord(principal: Principal, overrides: Partial<NewRecord> = {}): NewRecord {
  return {
    id: `CR-TEST-${randomUUID().slice(0, 8).toUpperCase()}`,
    person: { reference: `P-${randomUUID().slice(0, 8)}`, name: 'Casey Child', dateOfBirth: '2011-04-02', recordCategory: 'child-protection' },
    details: contactDetails(),
    author: { userId: principal.userId, name: principal.name },
    recordedAt: '2026-11-22T10:00:00Z',
    deadline: { due: '2026-11-27', basis: '5 working days after 2026-11-20', citationIds: ['nottinghamshire/timely'], onTime: true },
    retention: { date: '2086-04-02', basis: "75th anniversary of the child's date of birth", citationIds: ['nottinghamshire/retention'] },
    blobs: [],
    ...overrides,
  };
}

function blob(bytes: Buffer, role: NewBlob['role'] = 'original-email'): NewBlob {
  // Small chunks so adapters really stream.
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 64 * 1024) chunks.push(bytes.subarray(i, i + 64 * 1024));
  return { role, fileName: 'message.eml', contentType: 'message/rfc822', source: Readable.from(chunks) };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

export function runRecordStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`RecordStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: RecordStore;
    let me: Principal;
    let manager: Principal;

    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
      me = subject.principal ?? PRACTITIONER;
      manager = subject.manager ?? MANAGER;
    });
    afterEach(async () => {
      await store.close();
      await subject.dispose?.();
    });

    it('creates a record and returns it by reference with every field kept', async () => {
      const input = newRecord(me);
      const out = await store.create(me, input);
      expect(out.created).toBe(true);
      expect(out.record).toMatchObject({ id: input.id, kind: 'contact-recording', status: 'active', person: input.person, details: input.details, author: input.author });
      const got = await store.get(me, input.id);
      expect(got).toEqual(out.record);
      expect(got?.deadline).toEqual(input.deadline);
      expect(got?.retention).toEqual(input.retention);
      expect(got?.amendments).toEqual([]);
      expect(got?.signOffs).toEqual([]);
    });

    it('keeps text verbatim, including hostile strings', async () => {
      const hostile = "'; DROP TABLE recordings;-- <script>alert(1)</script> \u00e9\u{1F600}";
      const input = newRecord(me, { details: contactDetails({ content: { form: 'transcript', text: hostile }, purpose: hostile }) });
      await store.create(me, input);
      const got = await store.get(me, input.id);
      expect(got?.details).toMatchObject({ content: { text: hostile }, purpose: hostile });
      expect(await store.list(me, { person: input.person.reference })).toHaveLength(1);
    });

    it('returns undefined for an unknown reference and refuses to amend it', async () => {
      expect(await store.get(me, 'CR-NOPE-0000')).toBeUndefined();
      await expect(store.appendSignOff(manager, 'CR-NOPE-0000', signOff(manager))).rejects.toMatchObject({ code: 'not-found' });
    });

    it("lists a person's records newest event first, and a supervision file's notes", async () => {
      const person = { reference: `P-${randomUUID()}`, name: 'Casey Child' };
      const older = newRecord(me, { person, details: contactDetails({ messageAt: '2026-11-10T09:00:00Z' }) });
      const newer = newRecord(me, { person, details: contactDetails({ messageAt: '2026-11-19T09:00:00Z' }) });
      const note = newRecord(me, { id: `SD-TEST-${randomUUID().slice(0, 8)}`, person, details: supervisionDetails({ supervisionDate: '2026-11-15', supervisee: { name: 'Alex', reference: `STAFF-${randomUUID()}` } }) });
      const elsewhere = newRecord(me);
      for (const r of [older, newer, note, elsewhere]) await store.create(me, r);
      const listed = await store.list(me, { person: person.reference });
      expect(listed.map((r) => r.id)).toEqual([newer.id, note.id, older.id]);
      const file = await store.list(me, { supervisionFile: (note.details as SupervisionDecisionDetails).supervisee.reference });
      expect(file.map((r) => r.id)).toEqual([note.id]);
    });

    it("lists a practitioner's own entries, newest event first, withdrawn ones only when asked", async () => {
      const author: Principal = { ...me, userId: randomUUID(), name: 'Jo Author' };
      const older = newRecord(author, { details: contactDetails({ messageAt: '2026-11-10T09:00:00Z' }) });
      const newer = newRecord(author, { details: contactDetails({ messageAt: '2026-11-19T09:00:00Z' }) });
      const gone = newRecord(author);
      for (const r of [older, newer, gone, newRecord(me)]) await store.create(author.userId === r.author.userId ? author : me, r);
      await store.withdraw(author, gone.id, { reason: 'Wrong child', requestedBy: { userId: author.userId, name: author.name }, at: '2026-11-23T10:00:00Z' });
      expect((await store.list(author, { author: author.userId })).map((r) => r.id)).toEqual([newer.id, older.id]);
      expect(await store.list(author, { author: author.userId, includeWithdrawn: true })).toHaveLength(3);
    });

    it('returns the same record for a retry with the same idempotency key, and refuses the key for a different request', async () => {
      const key = randomUUID();
      const first = await store.create(me, newRecord(me, { idempotency: { key, requestHash: 'h1' } }));
      const retry = await store.create(me, newRecord(me, { idempotency: { key, requestHash: 'h1' } }));
      expect(retry.created).toBe(false);
      expect(retry.record.id).toBe(first.record.id);
      await expect(store.create(me, newRecord(me, { idempotency: { key, requestHash: 'h2' } }))).rejects.toMatchObject({ code: 'idempotency-conflict' });
      const someoneElse = await store.create(manager, newRecord(manager, { idempotency: { key, requestHash: 'h2' } }));
      expect(someoneElse.created).toBe(true);
    });

    it('files an e-mail once per person: the same Internet Message-ID returns the existing record', async () => {
      const person = { reference: `P-${randomUUID()}`, name: 'Casey Child' };
      const messageId = `<${randomUUID()}@mail.example>`;
      const first = await store.create(me, newRecord(me, { person, internetMessageId: messageId, blobs: [blob(Buffer.from('From: a\r\n\r\nhello'))] }));
      const again = await store.create(me, newRecord(me, { person, internetMessageId: messageId, blobs: [blob(Buffer.from('From: a\r\n\r\nhello'))] }));
      expect(again).toMatchObject({ created: false, record: { id: first.record.id } });
      expect(await store.findByInternetMessageId(me, person.reference, messageId)).toMatchObject({ id: first.record.id });
      const sibling = await store.create(me, newRecord(me, { internetMessageId: messageId }));
      expect(sibling.created).toBe(true);
      expect(await store.list(me, { person: person.reference })).toHaveLength(1);
    });

    it("finds earlier e-mail filings for the add-in's look-ups: by Message-ID, correspondent and person, active records only", async () => {
      const tag = randomUUID().slice(0, 8);
      const person = { reference: `P-LK-${tag}`, name: `Casey Lookup${tag}` };
      const messageId = `<${randomUUID()}@mail.example>`;
      const parent = `parent-${tag}@example.org`;
      const email = contactDetails({ channel: 'email', otherParty: `${parent}, school-${tag}@example.org` });
      const filed = await store.create(me, newRecord(me, { person, details: email, internetMessageId: messageId }));
      const gone = await store.create(me, newRecord(me, { person, details: contactDetails({ channel: 'email', otherParty: parent }), internetMessageId: `<${randomUUID()}@mail.example>` }));
      await store.withdraw(me, gone.record.id, { reason: 'Wrong person', requestedBy: { userId: me.userId, name: me.name }, at: '2026-11-23T09:00:00Z' });
      const ids = (rs: { id: string }[] | undefined) => rs?.map((r) => r.id);
      expect(ids(await store.findByInternetMessageIds?.(me, [messageId, '<unknown@mail.example>']))).toEqual([filed.record.id]);
      expect(ids(await store.findByCorrespondents?.(me, [parent], 10))).toEqual([filed.record.id]);
      expect(ids(await store.findByCorrespondents?.(me, [`nobody-${tag}@example.org`], 10))).toEqual([]);
      for (const text of [person.reference.toLowerCase(), `lookup${tag}`, person.name.toUpperCase()]) {
        expect(ids(await store.findByPersonText?.(me, text, 10))).toEqual([filed.record.id]);
      }
    });

    it('yields one record when the same e-mail is filed concurrently', async () => {
      const person = { reference: `P-${randomUUID()}`, name: 'Casey Child' };
      const messageId = `<${randomUUID()}@mail.example>`;
      const body = randomBytes(300 * 1024);
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () => store.create(me, newRecord(me, { person, internetMessageId: messageId, blobs: [blob(body)] }))),
      );
      expect(new Set(outcomes.map((o) => o.record.id)).size).toBe(1);
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(await store.list(me, { person: person.reference })).toHaveLength(1);
    });

    it('keeps the original when amended, appending reason, date, author and line manager', async () => {
      const input = newRecord(me);
      await store.create(me, input);
      const a1 = amendment(me, 'Time of the call was wrong', 'The call was at 16:45, not 15:45.');
      const a2 = amendment(me, 'Missing information', "Mother's surname is Smith.");
      await store.appendAmendment(me, input.id, a1);
      const after = await store.appendAmendment(me, input.id, a2);
      expect(after.details).toEqual(input.details);
      expect(after.amendments).toEqual([a1, a2]);
      expect(await store.get(me, input.id)).toEqual(after);
    });

    it("records a line manager's read-and-agreed sign-off on the file", async () => {
      const input = newRecord(me);
      await store.create(me, input);
      const s = signOff(manager);
      const after = await store.appendSignOff(manager, input.id, s);
      expect(after.signOffs).toEqual([s]);
      expect(after.details).toEqual(input.details);
    });

    it('hides a withdrawn wrong-person entry from lists but keeps it, retrievable by reference', async () => {
      const input = newRecord(me);
      await store.create(me, input);
      const w = { reason: 'Entered on the wrong child', requestedBy: { userId: me.userId, name: me.name }, at: '2026-11-22T11:00:00Z' };
      const after = await store.withdraw(me, input.id, w);
      expect(after).toMatchObject({ status: 'withdrawn', withdrawal: w, details: input.details });
      expect(await store.list(me, { person: input.person.reference })).toEqual([]);
      expect((await store.list(me, { person: input.person.reference, includeWithdrawn: true })).map((r) => r.id)).toEqual([input.id]);
      expect(await store.get(me, input.id)).toMatchObject({ status: 'withdrawn', withdrawal: w });
      await expect(store.appendAmendment(me, input.id, amendment(me, 'x', 'y'))).rejects.toMatchObject({ code: 'record-withdrawn' });
      await expect(store.withdraw(me, input.id, w)).rejects.toMatchObject({ code: 'record-withdrawn' });
    });

    it('stores files with their SHA-256 and size and streams them back byte for byte', async () => {
      const bytes = randomBytes(2 * 1024 * 1024 + 123);
      const input = newRecord(me, { blobs: [blob(bytes), blob(Buffer.from('png-bytes'), 'screenshot')] });
      const { record } = await store.create(me, input);
      expect(record.blobs).toHaveLength(2);
      const [eml, shot] = record.blobs;
      expect(eml).toMatchObject({ role: 'original-email', fileName: 'message.eml', contentType: 'message/rfc822', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      expect(shot).toMatchObject({ role: 'screenshot', size: 9 });
      const opened = await store.openBlob(me, record.id, eml!.id);
      expect((await readAll(opened.stream)).equals(bytes)).toBe(true);
      await expect(store.openBlob(me, record.id, 'no-such-file')).rejects.toMatchObject({ code: 'blob-not-found' });
    });

    it('writes nothing when a file cannot be read to its end', async () => {
      const input = newRecord(me, {
        blobs: [
          {
            role: 'original-email',
            fileName: 'broken.eml',
            contentType: 'message/rfc822',
            source: new Readable({
              read() {
                this.push(randomBytes(1024));
                this.destroy(new Error('client went away'));
              },
            }),
          },
        ],
      });
      await expect(store.create(me, input)).rejects.toThrow();
      expect(await store.get(me, input.id)).toBeUndefined();
      expect(await store.list(me, { person: input.person.reference })).toEqual([]);
    });
  });
}

function amendment(author: Principal, reason: string, text: string): Amendment {
  return { id: randomUUID(), reason, text, author: { userId: author.userId, name: author.name }, amendedAt: '2026-11-23T09:00:00Z', lineManager: { name: 'Sam Manager', designation: 'Team manager' } };
}

function signOff(manager: Principal): SignOff {
  return { id: randomUUID(), kind: 'read-and-agreed', by: { userId: manager.userId, name: manager.name }, at: '2026-11-23T10:00:00Z' };
}
