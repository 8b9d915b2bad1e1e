import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, startTestApi, supervisionNote, type TestApi } from './support';

// Local mode: anonymous on loopback, the practitioner is the documented local identity (or X-Local-User-* headers).
const MANAGER = { 'x-local-user-id': 'sam.manager', 'x-local-user-name': 'Sam Manager' };
const NOW = new Date('2026-11-23T10:00:00Z'); // Monday

describe('recordings API (local mode, embedded store)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, { now: () => NOW });
  });
  afterAll(async () => api?.stop());

  it('stores a contact recording and shows its reference, deadline, retention date and out-of-hours flag', async () => {
    const body = contactRecording();
    const res = await api.call('POST', '/api/recordings', body);
    expect(res.status).toBe(201);
    expect(res.json.reference).toMatch(/^CR-20261123-[A-Z2-9]{8}$/);
    expect(res.headers.get('location')).toBe(`/api/recordings/${res.json.reference}`);
    const r = res.json.record;
    expect(r).toMatchObject({ status: 'active', author: { userId: 'local-practitioner', name: 'Local practitioner (local mode)' }, recordedAt: NOW.toISOString() });
    // Friday 18:30 UK time is outside 09:00-17:00.
    expect(r.details).toMatchObject({ kind: 'contact-recording', channel: 'text', otherParty: '07700 900123', outOfHours: true, messageAt: '2026-11-20T18:30:00.000Z' });
    expect(r.deadline).toMatchObject({ due: '2026-11-27', onTime: true, citationIds: ['nottinghamshire/timely'] });
    expect(r.retention).toMatchObject({ date: '2086-04-02' });
    const got = await api.call('GET', `/api/recordings/${res.json.reference}`);
    expect(got.status).toBe(200);
    // Reading back gives the record as filed; whether the filing was new is said only on the POST.
    const { alreadyFiled, ...filed } = res.json;
    expect(alreadyFiled).toBe(false);
    expect(got.json).toEqual(filed);
  });

  it('keeps a WhatsApp screenshot as a file with its SHA-256 and size', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const res = await api.call('POST', '/api/recordings', contactRecording({
      channel: 'whatsapp',
      content: { form: 'screenshot', text: 'Screenshot of the chat about Tuesday' },
      attachments: [{ fileName: 'chat.png', contentType: 'image/png', contentBase64: png.toString('base64') }],
    }));
    expect(res.status).toBe(201);
    expect(res.json.record.blobs).toEqual([
      { id: expect.any(String), role: 'screenshot', fileName: 'chat.png', contentType: 'image/png', size: png.length, sha256: createHash('sha256').update(png).digest('hex') },
    ]);
  });

  it('makes the deadline the next working day where harm or risk is identified', async () => {
    const res = await api.call('POST', '/api/recordings', contactRecording({ harmOrRisk: true, messageAt: '2026-11-20T11:00:00+00:00' }));
    expect(res.json.record.deadline).toMatchObject({ due: '2026-11-23', onTime: true });
    expect(res.json.record.details.outOfHours).toBe(false);
  });

  it('stores a null retention date with the reason when the date of birth or category is unknown', async () => {
    const noDob = await api.call('POST', '/api/recordings', contactRecording({ person: { reference: 'P-NODOB', name: 'Casey', recordCategory: 'child-protection' } }));
    expect(noDob.json.record.retention.date).toBeNull();
    expect(noDob.json.record.retention.basis).toMatch(/date of birth/);
    const noCategory = await api.call('POST', '/api/recordings', contactRecording({ person: { reference: 'P-NOCAT', name: 'Casey' } }));
    expect(noCategory.json.record.retention).toMatchObject({ date: null, basis: expect.stringMatching(/record category/) });
  });

  it('records "on behalf of" with name and designation, keeping the person who entered it as the author', async () => {
    const res = await api.call('POST', '/api/recordings', contactRecording({ onBehalfOf: { name: 'Alex Practitioner', designation: 'Social worker' } }), { 'x-local-user-id': 'alex', 'x-local-user-name': 'Alex Admin' });
    expect(res.json.record.details.onBehalfOf).toEqual({ name: 'Alex Practitioner', designation: 'Social worker' });
    expect(res.json.record.author).toEqual({ userId: 'local:alex', name: 'Alex Admin (local mode)' });
  });

  it('is idempotent with an Idempotency-Key: same body returns the same record, a different body is a 409', async () => {
    const key = randomUUID();
    const body = contactRecording();
    const first = await api.call('POST', '/api/recordings', body, { 'idempotency-key': key });
    const retry = await api.call('POST', '/api/recordings', { ...body }, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.json.reference).toBe(first.json.reference);
    const clash = await api.call('POST', '/api/recordings', { ...body, purpose: 'Something else' }, { 'idempotency-key': key });
    expect(clash.status).toBe(409);
    expect(clash.json.error.code).toBe('idempotency-conflict');
    const listed = await api.call('GET', `/api/recordings?person=${(body.person as { reference: string }).reference}`);
    expect(listed.json.count).toBe(1);
  });

  it('files a blind retry without an Idempotency-Key once: the same body from the same practitioner is the same record', async () => {
    const body = contactRecording({ person: { reference: 'P-RETRY', name: 'Robin Retry' } });
    const first = await api.call('POST', '/api/recordings', body);
    const retry = await api.call('POST', '/api/recordings', body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.json.reference).toBe(first.json.reference);
    expect(first.json.alreadyFiled).toBe(false);
    expect(retry.json).toMatchObject({ alreadyFiled: true, message: expect.stringContaining(`already filed as ${first.json.reference}`) });
    // A different message is a different record, and another practitioner's identical entry is theirs.
    const other = await api.call('POST', '/api/recordings', { ...body, purpose: 'Another message' });
    const colleague = await api.call('POST', '/api/recordings', body, MANAGER);
    expect(other.status).toBe(201);
    expect(colleague.status).toBe(201);
    // The line manager sees their own entry and those of the staff they manage.
    expect((await api.call('GET', '/api/recordings?person=P-RETRY', undefined, MANAGER)).json.count).toBe(3);
  });

  it('treats a retried withdrawal as done, not as a conflict', async () => {
    const ref = (await api.call('POST', '/api/recordings', contactRecording({ person: { reference: 'P-WD', name: 'Wren Withdrawn' } }))).json.reference as string;
    const first = await api.call('POST', `/api/recordings/${ref}/withdrawal`, { reason: 'Entered on the wrong child' }, MANAGER);
    const retry = await api.call('POST', `/api/recordings/${ref}/withdrawal`, { reason: 'Entered on the wrong child' }, MANAGER);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.json.record).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'Entered on the wrong child' } });
  });

  it("stores a supervision-decision note on the person's record and on the supervision file", async () => {
    const staff = 'STAFF-0042'; // the local practitioner's own supervision file (src/organisation/local-directory.json)
    const body = supervisionNote({ supervisee: { name: 'Alex Practitioner', reference: staff } });
    const res = await api.call('POST', '/api/recordings', body);
    expect(res.status).toBe(201);
    expect(res.json.reference).toMatch(/^SD-/);
    expect(res.json.record.deadline.due).toBe('2026-11-25');
    const onPerson = await api.call('GET', `/api/recordings?person=${(body.person as { reference: string }).reference}`);
    const onFile = await api.call('GET', `/api/recordings?supervisionFile=${staff}`);
    expect(onPerson.json.records.map((r: { reference: string }) => r.reference)).toEqual([res.json.reference]);
    expect(onFile.json.records.map((r: { reference: string }) => r.reference)).toContain(res.json.reference);
  });

  it('keeps the original when amended, and the line manager confirms the amendment', async () => {
    const created = await api.call('POST', '/api/recordings', contactRecording());
    const ref = created.json.reference;
    const amendment = { reason: 'Time was wrong', text: 'The message arrived at 18:30, not 17:30.' };
    const amended = await api.call('POST', `/api/recordings/${ref}/amendments`, amendment);
    expect(amended.status).toBe(201);
    expect(amended.json.record.details).toEqual(created.json.record.details);
    // The line manager is the author's, from the organisation directory, not from the request.
    expect(amended.json.amendment).toMatchObject({ ...amendment, author: { userId: 'local-practitioner' }, amendedAt: NOW.toISOString(), lineManager: { userId: 'local:sam.manager', name: 'Sam Manager (local mode)' } });
    expect(amended.json.outstanding).toContain(`Amendment ${amended.json.amendment.id} awaits confirmation by the line manager (Sam Manager (local mode)).`);
    const retried = await api.call('POST', `/api/recordings/${ref}/amendments`, amendment);
    expect(retried.status).toBe(200);
    expect(retried.json.record.amendments).toHaveLength(1);

    const byAuthor = await api.call('POST', `/api/recordings/${ref}/sign-off`, { kind: 'amendment-confirmed', amendmentId: amended.json.amendment.id });
    expect(byAuthor.status).toBe(403);
    const confirmed = await api.call('POST', `/api/recordings/${ref}/sign-off`, { kind: 'amendment-confirmed', amendmentId: amended.json.amendment.id }, MANAGER);
    expect(confirmed.status).toBe(201);
    expect(confirmed.json.outstanding).toEqual(['Not yet signed off by the line manager as read and agreed.']);
    expect(confirmed.json.record.signOffs).toEqual([expect.objectContaining({ kind: 'amendment-confirmed', amendmentId: amended.json.amendment.id, by: { userId: 'local:sam.manager', name: 'Sam Manager (local mode)' } })]);
  });

  it('records a line manager\'s "read and agreed" sign-off, not the author\'s own', async () => {
    const created = await api.call('POST', '/api/recordings', contactRecording());
    const ref = created.json.reference;
    const own = await api.call('POST', `/api/recordings/${ref}/sign-off`, {});
    expect(own.status).toBe(403);
    expect(own.json.error.message).toMatch(/line manager/);
    const signed = await api.call('POST', `/api/recordings/${ref}/sign-off`, { note: 'Read and agreed' }, MANAGER);
    expect(signed.status).toBe(201);
    expect(signed.json.outstanding).toEqual([]);
    expect(signed.json.signOff).toMatchObject({ kind: 'read-and-agreed', note: 'Read and agreed', at: NOW.toISOString() });
    const again = await api.call('POST', `/api/recordings/${ref}/sign-off`, { note: 'Read and agreed' }, MANAGER);
    expect(again.status).toBe(200);
    expect(again.json.record.signOffs).toHaveLength(1);
  });

  it('accepts the manager confirming advice given outside supervision only on such a note', async () => {
    const advice = await api.call('POST', '/api/recordings', supervisionNote({ setting: 'advice-outside-supervision' }));
    expect(advice.json.outstanding).toContain('Advice given outside formal supervision awaits confirmation by the line manager.');
    const ok = await api.call('POST', `/api/recordings/${advice.json.reference}/sign-off`, { kind: 'advice-confirmed' }, MANAGER);
    expect(ok.status).toBe(201);
    expect(ok.json.outstanding).not.toContain('Advice given outside formal supervision awaits confirmation by the line manager.');
    const contact = await api.call('POST', '/api/recordings', contactRecording());
    const wrong = await api.call('POST', `/api/recordings/${contact.json.reference}/sign-off`, { kind: 'advice-confirmed' }, MANAGER);
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.fields).toEqual([{ field: 'kind', message: expect.stringMatching(/advice given outside supervision/) }]);
  });

  it('records the manager declining advice given outside supervision only with a reason, and only by the line manager', async () => {
    const advice = await api.call('POST', '/api/recordings', supervisionNote({ setting: 'advice-outside-supervision' }));
    const reference = advice.json.reference as string;
    const noReason = await api.call('POST', `/api/recordings/${reference}/sign-off`, { kind: 'advice-declined' }, MANAGER);
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.fields).toEqual([{ field: 'note', message: expect.stringMatching(/Say why/) }]);
    const own = await api.call('POST', `/api/recordings/${reference}/sign-off`, { kind: 'advice-declined', note: 'Not what I said' });
    expect(own.status).toBe(403);
    const declined = await api.call('POST', `/api/recordings/${reference}/sign-off`, { kind: 'advice-declined', note: 'Not what I said' }, MANAGER);
    expect(declined.status).toBe(201);
    expect(declined.json.signOff).toMatchObject({ kind: 'advice-declined', note: 'Not what I said', at: NOW.toISOString() });
    expect(declined.json.outstanding).toContainEqual(expect.stringMatching(/^Advice not confirmed by .+: Not what I said$/));
    expect((await api.call('GET', `/api/recordings/${reference}`)).json.record.signOffs).toHaveLength(1);
  });

  it('withdraws a wrong-person entry: hidden from the list, kept and retrievable by reference with its status', async () => {
    const body = contactRecording();
    const person = (body.person as { reference: string }).reference;
    const created = await api.call('POST', '/api/recordings', body);
    const ref = created.json.reference;
    const withdrawn = await api.call('POST', `/api/recordings/${ref}/withdrawal`, { reason: 'Entered on the wrong child' }, MANAGER);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json.record).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'Entered on the wrong child' } });
    expect((await api.call('GET', `/api/recordings?person=${person}`)).json.count).toBe(0);
    expect((await api.call('GET', `/api/recordings?person=${person}&includeWithdrawn=true`)).json.count).toBe(1);
    const got = await api.call('GET', `/api/recordings/${ref}`);
    expect(got.json.record).toMatchObject({ status: 'withdrawn', details: created.json.record.details });
    const amend = await api.call('POST', `/api/recordings/${ref}/amendments`, { reason: 'x', text: 'y' });
    expect(amend.status).toBe(409);
    expect(amend.json.error.code).toBe('record-withdrawn');
  });

  it('answers 404 with a clear message for an unknown reference', async () => {
    const res = await api.call('GET', '/api/recordings/CR-20260101-NOPE');
    expect(res.status).toBe(404);
    expect(res.json.error).toMatchObject({ code: 'not-found', message: expect.stringMatching(/No record with reference/) });
    expect((await api.call('POST', '/api/recordings/CR-20260101-NOPE/withdrawal', { reason: 'x' })).status).toBe(404);
  });

  it('keeps personal data out of the logs', async () => {
    const res = await api.call('POST', '/api/recordings', contactRecording({ otherParty: '07700 955555', content: { form: 'transcript', text: 'secret-words-xyz' } }));
    const logs = api.logs();
    expect(logs).toContain(res.json.reference);
    expect(logs).not.toMatch(/Casey|07700|secret-words-xyz|Arrange the next visit/);
  });
});
