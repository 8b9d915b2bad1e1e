import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, startTestApi, supervisionNote, type TestApi } from './support';

// Bad input gets a 4xx that says what to fix, per field; hostile input is stored verbatim and never crashes the server.
describe('recordings API with bad and hostile input', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) => api.call('POST', '/api/recordings', body, headers);
  const countFor = async (person: string) => (await api.call('GET', `/api/recordings?person=${person}`)).json.count as number;

  it('names each missing field and says what to give', async () => {
    const { purpose: _p, otherParty: _o, ...body } = contactRecording({ person: { reference: 'P-MISSING', name: 'Casey' } });
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation-failed');
    expect(res.json.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'otherParty', message: "The other party's number or address is required." },
        { field: 'purpose', message: 'The purpose of the contact is required.' },
      ]),
    );
    const noDirection = await post({ ...contactRecording(), direction: undefined });
    expect(noDirection.json.error.fields).toEqual([{ field: 'direction', message: 'The direction (incoming or outgoing) is required. Choose one of: incoming, outgoing.' }]);
    expect(noDirection.json.error.fields).toHaveLength(1);
    expect(noDirection.json.error.fields).toEqual(
      expect.arrayContaining([{ field: 'direction', message: expect.stringMatching(/is required/) }]),
    );
    expect(await countFor('P-MISSING')).toBe(0);
  });

  it('explains wrong types, bad dates, empty text and unknown choices', async () => {
    const res = await post(contactRecording({ harmOrRisk: 'yes', messageAt: '20/11/2026', channel: 'pigeon', content: { form: 'transcript', text: '   ' }, person: { reference: 'P-1', name: 42 } }));
    expect(res.status).toBe(400);
    const byField = Object.fromEntries((res.json.error.fields as { field: string; message: string }[]).map((f) => [f.field, f.message]));
    expect(byField).toMatchObject({
      harmOrRisk: 'Whether harm or risk was identified must be true or false, not text.',
      messageAt: 'The date and time of the message must be a date and time with a time zone, like 2026-11-20T16:45:00Z.',
      channel: expect.stringMatching(/^The channel must be one of: text, phone, email, whatsapp/),
      'content.text': 'The message text must not be empty.',
      'person.name': "The person's name must be text, not a number.",
    });
  });

  it('rejects unknown fields with a field error instead of dropping them', async () => {
    const res = await post(contactRecording({ colour: 'blue', person: { reference: 'P-2', name: 'Casey', nickname: 'C' } }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'colour', message: '"colour" is not a field this request accepts. Remove it or check the spelling.' },
        { field: 'person.nickname', message: '"person.nickname" is not a field this request accepts. Remove it or check the spelling.' },
      ]),
    );
  });

  it('asks for the kind of record when it is missing or unknown', async () => {
    const missing = await post({ ...contactRecording(), kind: undefined });
    expect(missing.json.error.fields).toEqual([{ field: 'kind', message: 'The kind of record is required. Choose one of: contact-recording, supervision-decision.' }]);
    const unknown = await post({ ...contactRecording(), kind: 'diary-entry' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields).toEqual([{ field: 'kind', message: 'The kind of record must be one of: contact-recording, supervision-decision.' }]);
  });

  it('refuses non-object bodies, invalid JSON and an empty body with 400', async () => {
    for (const body of ['[]', '"text"', 'null', '{"kind":', '']) {
      const res = await api.call('POST', '/api/recordings', body, { 'content-type': 'application/json' });
      expect(res.status, body).toBe(400);
      expect(res.json.error.code).toMatch(/validation-failed|invalid-json/);
    }
  });

  it('refuses a message time in the future and a supervision not yet held', async () => {
    const c = await post(contactRecording({ messageAt: '2099-01-01T10:00:00Z' }));
    expect(c.json.error.fields).toEqual([{ field: 'messageAt', message: expect.stringMatching(/in the future/) }]);
    const s = await post(supervisionNote({ supervisionDate: '2099-01-01' }));
    expect(s.json.error.fields).toEqual([{ field: 'supervisionDate', message: expect.stringMatching(/in the future/) }]);
  });

  it('refuses dates before 1900 with a field error, not a server error', async () => {
    const res = await post(contactRecording({ messageAt: '0001-01-01T00:00:00Z', person: { reference: 'P-OLD', name: 'Casey', dateOfBirth: '1066-10-14', recordCategory: 'child-protection' } }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([
      { field: 'person.dateOfBirth', message: "The person's date of birth must be on or after 1900-01-01." },
      { field: 'messageAt', message: 'The date and time of the message must be on or after 1900-01-01.' },
    ]);
    const bad = await post(contactRecording({ attachments: [{ fileName: 'a.png', contentType: 'not a type', contentBase64: '!!' }] }));
    expect(bad.json.error.fields).toEqual([
      { field: 'attachments.0.contentType', message: '"attachments.0.contentType" must be a media type like image/png.' },
      { field: 'attachments.0.contentBase64', message: '"attachments.0.contentBase64" must be base64.' },
    ]);
  });

  it('asks for the screenshot when the content is a screenshot', async () => {
    const res = await post(contactRecording({ content: { form: 'screenshot' } }));
    expect(res.json.error.fields).toEqual([{ field: 'attachments', message: 'A screenshot recording needs the screenshot: add it under "attachments".' }]);
  });

  it('answers 413 for a JSON body over the 12 MB limit and keeps serving', async () => {
    const big = JSON.stringify(contactRecording({ person: { reference: 'P-BIG', name: 'Casey' }, content: { form: 'transcript', text: 'x'.repeat(14 * 1024 * 1024) } }));
    const res = await api.call('POST', '/api/recordings', big, { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('body-too-large');
    expect(await countFor('P-BIG')).toBe(0);
    expect((await post(contactRecording())).status).toBe(201);
  });

  it('refuses a 30 MB JSON body with a 413 the client can read, and keeps serving', async () => {
    const huge = Buffer.from(JSON.stringify(contactRecording({ person: { reference: 'P-HUGE', name: 'Casey' }, content: { form: 'transcript', text: 'x'.repeat(30 * 1024 * 1024) } })));
    const { port } = new URL(api.app.url);
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/recordings', headers: { 'content-type': 'application/json', 'content-length': String(huge.length) } });
      req.on('response', (r) => {
        r.resume();
        resolve(`status ${r.statusCode}`);
      });
      req.on('error', (e) => resolve(`closed ${(e as NodeJS.ErrnoException).code}`));
      req.end(huge);
    });
    expect(outcome).toBe('status 413');
    expect(await countFor('P-HUGE')).toBe(0);
    expect((await post(contactRecording())).status).toBe(201);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded'])('refuses a JSON body sent as %s with 415, writing nothing', async (type) => {
    const res = await post(JSON.stringify(contactRecording({ person: { reference: 'P-TYPE', name: 'Tay' } })), { 'content-type': type });
    expect(res.status).toBe(415);
    expect(res.json.error.message).toContain('Content-Type: application/json');
    expect(await countFor('P-TYPE')).toBe(0);
  });

  it('refuses an activity sent to the bot as text/plain with 415', async () => {
    const res = await api.call('POST', '/api/messages', JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'c' } }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('refuses a transcript over the length limit with a field error, not a crash', async () => {
    const res = await post(contactRecording({ content: { form: 'transcript', text: 'y'.repeat(100_001) } }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([{ field: 'content.text', message: 'The message text is too long: at most 100000 characters.' }]);
  });

  it('stores injection strings and markup verbatim and harmlessly', async () => {
    const hostile = "'; DROP TABLE recordings;--";
    const script = '<script>alert("x")</script>';
    const person = { reference: "P-'; DROP TABLE recordings;--", name: script };
    const res = await post(contactRecording({ person, purpose: hostile, content: { form: 'transcript', text: script } }));
    expect(res.status).toBe(201);
    const listed = await api.call('GET', `/api/recordings?person=${encodeURIComponent(person.reference)}`);
    expect(listed.json.count).toBe(1);
    const r = listed.json.records[0].record;
    expect(r.person.name).toBe(script);
    expect(r.details.purpose).toBe(hostile);
    expect(r.details.content.text).toBe(script);
    expect(listed.headers.get('content-type')).toMatch(/application\/json/);
    // The table is still there and serving.
    expect((await post(contactRecording())).status).toBe(201);
  });

  it('refuses a malformed Idempotency-Key and writes nothing', async () => {
    const body = contactRecording({ person: { reference: 'P-KEY', name: 'Casey' } });
    const res = await post(body, { 'idempotency-key': 'x'.repeat(300) });
    expect(res.json.error.fields).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/1 to 200 visible ASCII/) }]);
    expect(await countFor('P-KEY')).toBe(0);
  });

  it('asks for exactly one of person or supervisionFile when listing, and rejects unknown parameters', async () => {
    expect((await api.call('GET', '/api/recordings')).json.error.fields[0].field).toBe('person');
    expect((await api.call('GET', '/api/recordings?person=P&supervisionFile=S')).status).toBe(400);
    expect((await api.call('GET', '/api/recordings?person=P&sort=desc')).json.error.fields).toEqual([{ field: 'sort', message: expect.stringMatching(/not a field/) }]);
  });

  it('checks amendment, sign-off and withdrawal bodies the same way', async () => {
    const ref = (await post(contactRecording())).json.reference;
    const a = await api.call('POST', `/api/recordings/${ref}/amendments`, { reason: '', text: 'x', lineManager: { name: 'Anyone' } });
    // The line manager comes from the organisation directory: naming one in the request is refused, not believed.
    expect(a.json.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'reason', message: 'The reason must not be empty.' },
        { field: 'lineManager', message: expect.stringMatching(/not a field/) },
      ]),
    );
    const s = await api.call('POST', `/api/recordings/${ref}/sign-off`, { kind: 'approved' }, { 'x-local-user-id': 'mgr' });
    expect(s.json.error.fields[0].field).toBe('kind');
    const w = await api.call('POST', `/api/recordings/${ref}/withdrawal`, {});
    expect(w.json.error.fields).toEqual([{ field: 'reason', message: 'The reason is required.' }]);
    const got = await api.call('GET', `/api/recordings/${ref}`);
    expect(got.json.record).toMatchObject({ status: 'active', amendments: [], signOffs: [] });
  });

  it('refuses an invalid local identity header', async () => {
    const res = await post(contactRecording(), { 'x-local-user-id': 'bad id with spaces' });
    expect(res.status).toBe(401);
  });
});
