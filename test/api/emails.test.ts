import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { MailMessageNotFoundError, type MailSource } from '../../src/email/mail-source';
import { eml, startTestApi, type TestApi } from './support';

// Filing an e-mail as a contact recording: raw EML streamed, or by Outlook message id through a MailSource.
const outlook = new Map<string, Buffer>();
const filedCategory = new Set<string>();
const mail: MailSource = {
  async openMessage(_principal: Principal, id: string) {
    const m = outlook.get(id);
    if (!m) throw new MailMessageNotFoundError('no such message');
    return Readable.from([m.subarray(0, 100), m.subarray(100)]);
  },
  async markFiled(_principal: Principal, id: string) {
    if (id.endsWith('-readonly')) throw new Error('mailbox refused the change');
    filedCategory.add(id);
  },
};

describe('filing e-mails (POST /api/emails)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, { now: () => new Date('2026-11-23T10:00:00Z'), recordings: { mail } });
  });
  afterAll(async () => api?.stop());

  const query = (person: string, extra = '') => `person=${person}&personName=Casey%20Child&direction=incoming&purpose=Parent%20update${extra}`;
  const fileEml = (person: string, body: Buffer, extra = '', type = 'message/rfc822') =>
    api.call('POST', `/api/emails?${query(person, extra)}`, body, { 'content-type': type });

  it('files an EML as a contact recording with the original e-mail, its hash and size', async () => {
    const person = `P-${randomUUID().slice(0, 8)}`;
    const message = eml({ bodyBytes: 300_000 });
    const res = await fileEml(person, message, '&harmOrRisk=true&recordCategory=child-protection&dateOfBirth=2012-06-01');
    expect(res.status).toBe(201);
    expect(res.json.reference).toMatch(/^CR-/);
    expect(res.json.record.details).toMatchObject({
      kind: 'contact-recording',
      channel: 'email',
      direction: 'incoming',
      otherParty: 'parent@example.org',
      messageAt: '2026-11-20T18:30:00.000Z',
      content: { form: 'original-email', subject: 'Re: Tuesday visit ✓' },
      harmOrRisk: true,
      outOfHours: true,
    });
    expect(res.json.record.deadline.due).toBe('2026-11-23');
    expect(res.json.record.retention.date).toBe('2037-06-01');
    expect(res.json.record.blobs).toEqual([
      expect.objectContaining({ role: 'original-email', contentType: 'message/rfc822', size: message.length, sha256: createHash('sha256').update(message).digest('hex') }),
    ]);
    // Debug logs included: ids and codes only, never the name, addresses or subject.
    expect(api.logs()).toContain(res.json.reference);
    expect(api.logs()).not.toMatch(/Casey|parent@example\.org|Tuesday visit/);
  });

  it('returns the existing record (200) when the same e-mail is filed again for the same person', async () => {
    const person = `P-${randomUUID().slice(0, 8)}`;
    const message = eml();
    const first = await fileEml(person, message);
    const again = await fileEml(person, message, '&extract=Different%20extract');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json.reference).toBe(first.json.reference);
    const other = await fileEml(`P-${randomUUID().slice(0, 8)}`, message);
    expect(other.status).toBe(201);
    expect((await api.call('GET', `/api/recordings?person=${person}`)).json.count).toBe(1);
  });

  it('yields one record when the same e-mail is filed twice at once', async () => {
    const person = `P-${randomUUID().slice(0, 8)}`;
    const message = eml({ bodyBytes: 1_000_000 });
    const replies = await Promise.all([fileEml(person, message), fileEml(person, message), fileEml(person, message)]);
    expect(new Set(replies.map((r) => r.json.reference)).size).toBe(1);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 201]);
  });

  it('uses the recipients as the other party for an outgoing e-mail', async () => {
    const res = await api.call('POST', `/api/emails?person=P-OUT&personName=Casey&direction=outgoing&purpose=Reply`, eml(), { 'content-type': 'message/rfc822' });
    expect(res.json.record.details.otherParty).toBe('alex.practitioner@council.example');
  });

  it('says which filing fields are missing or unknown, and stores nothing', async () => {
    const res = await api.call('POST', '/api/emails?person=P-Q&colour=red', eml(), { 'content-type': 'message/rfc822' });
    expect(res.status).toBe(400);
    expect(res.json.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['colour', 'direction', 'personName', 'purpose']);
    expect((await api.call('GET', '/api/recordings?person=P-Q')).json.count).toBe(0);
  });

  it('refuses an e-mail without a Message-ID or without headers', async () => {
    const noId = await fileEml('P-NOID', eml({ messageId: '' }));
    expect(noId.status).toBe(400);
    expect(noId.json.error.fields).toEqual([{ field: 'Message-ID', message: expect.stringMatching(/no Message-ID header/) }]);
    const ancient = await fileEml('P-NOID', eml({ date: 'Mon, 1 Jan 1849 00:00:00 +0000' }));
    expect(ancient.json.error.fields).toEqual([{ field: 'Date', message: expect.stringMatching(/not a plausible sending time/) }]);
    const junk = await fileEml('P-NOID', Buffer.from('\u0000\u0001 this is not an e-mail at all\n\nbody'));
    expect(junk.status).toBe(400);
    expect(junk.json.error.fields[0].field).toBe('body');
    const endless = await fileEml('P-NOID', Buffer.alloc(1_000_000, 0x41));
    expect(endless.status).toBe(400);
    expect(endless.json.error.fields[0].message).toMatch(/header block is larger than/);
    expect((await api.call('GET', '/api/recordings?person=P-NOID')).json.count).toBe(0);
  });

  it('needs both the name and the designation for an "on behalf of" filing', async () => {
    const half = await fileEml('P-OBO', eml(), '&onBehalfOfName=Alex%20Practitioner');
    expect(half.json.error.fields).toEqual([{ field: 'onBehalfOfDesignation', message: expect.stringMatching(/both their name and their designation/) }]);
    const full = await fileEml('P-OBO', eml(), '&onBehalfOfName=Alex%20Practitioner&onBehalfOfDesignation=Social%20worker');
    expect(full.json.record.details.onBehalfOf).toEqual({ name: 'Alex Practitioner', designation: 'Social worker' });
  });

  it('answers 415 for another content type', async () => {
    const res = await fileEml('P-TYPE', eml(), '', 'text/plain');
    expect(res.status).toBe(415);
    expect(res.json.error.message).toMatch(/message\/rfc822/);
  });

  it('answers 413 at once when the declared size is over the limit', async () => {
    const { port } = new URL(api.app.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: `/api/emails?${query('P-BIG')}`, headers: { 'content-type': 'message/rfc822', 'content-length': String(200 * 1024 * 1024) } });
      req.on('response', (r) => {
        resolve(r.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write(eml());
    });
    expect(status).toBe(413);
  });

  it('files an Outlook message by Graph id through the MailSource, idempotently', async () => {
    const id = `AAMk-${randomUUID()}`;
    outlook.set(id, eml());
    const body = { graphMessageId: id, person: 'P-GRAPH', personName: 'Casey', direction: 'incoming', purpose: 'Parent update' };
    const first = await api.call('POST', '/api/emails', body);
    expect(first.status).toBe(201);
    expect(first.json.markedFiled).toBe(true);
    expect(filedCategory.has(id)).toBe(true);
    const again = await api.call('POST', '/api/emails', body);
    expect(again.status).toBe(200);
    expect(again.json.reference).toBe(first.json.reference);
    const readonly = `AAMk-${randomUUID()}-readonly`;
    outlook.set(readonly, eml());
    const stillFiled = await api.call('POST', '/api/emails', { ...body, graphMessageId: readonly });
    expect(stillFiled.status).toBe(201);
    expect(stillFiled.json.markedFiled).toBe(false);
    const missing = await api.call('POST', '/api/emails', { ...body, graphMessageId: 'AAMk-gone' });
    expect(missing.status).toBe(404);
    const extra = await api.call('POST', '/api/emails', { ...body, unexpected: true });
    expect(extra.json.error.fields).toEqual([{ field: 'unexpected', message: expect.stringMatching(/not a field/) }]);
  });
});

describe('filing by Graph id without a Microsoft 365 connection', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  it('says to send the EML instead', async () => {
    const res = await api.call('POST', '/api/emails', { graphMessageId: 'AAMk-1', person: 'P', personName: 'Casey', direction: 'incoming', purpose: 'x' });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([{ field: 'graphMessageId', message: expect.stringMatching(/Send the e-mail itself/) }]);
  });

  it('says filing on send needs the connection, and to file the sent e-mail from Sent Items', async () => {
    const res = await api.call('POST', '/api/emails/sent', { marker: randomUUID(), person: 'P', personName: 'Casey', purpose: 'x' });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([{ field: 'marker', message: expect.stringMatching(/Select it in Sent Items/) }]);
  });
});
