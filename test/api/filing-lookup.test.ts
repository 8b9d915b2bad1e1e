import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccess } from '../../src/access/open';
import { LOCAL_PRACTITIONER } from '../../src/auth/authenticate';
import { fromJson } from '../../src/organisation/directory-file';
import localExample from '../../src/organisation/local-directory.json';
import { RecordingError } from '../../src/recording/errors';
import { RecordingService } from '../../src/recording/service';
import type { RecordStore } from '../../src/recording/store';
import { eml, startTestApi, type TestApi } from './support';

// The Outlook add-in's look-ups over real HTTP and the embedded store: already-filed e-mails by Internet Message-ID,
// people suggested from earlier filings with the same correspondents, and people found by reference or name.

describe('filing look-ups for the Outlook add-in', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, { now: () => new Date('2026-12-03T10:00:00Z') });
  });
  afterAll(async () => api?.stop());

  const newPerson = () => `P-${randomUUID().slice(0, 8)}`;
  const mid = () => `<${randomUUID()}@mail.example>`;
  const file = async (person: string, messageId: string, from: string, name = 'Casey Child', headers: Record<string, string> = {}) => {
    const res = await api.call('POST', `/api/emails?person=${person}&personName=${encodeURIComponent(name)}&direction=incoming&purpose=Parent%20update`, eml({ messageId, from }), {
      'content-type': 'message/rfc822',
      ...headers,
    });
    expect(res.status, res.text).toBeLessThan(300);
    return res.json as { reference: string };
  };

  it('says where each e-mail is filed, by Internet Message-ID, and nothing for e-mails not filed', async () => {
    const [a, b] = [newPerson(), newPerson()];
    const [m1, m2, unfiled] = [mid(), mid(), mid()];
    const r1 = await file(a, m1, 'mum@example.org');
    const r2 = await file(a, m2, 'mum@example.org');
    const r3 = await file(b, m2, 'mum@example.org', 'Sam Sibling');
    const res = await api.call('POST', '/api/emails/filings', { internetMessageIds: [m1, m2, unfiled] });
    expect(res.status).toBe(200);
    const [one, two, none] = res.json.messages;
    expect(one).toEqual({ internetMessageId: m1, filings: [expect.objectContaining({ reference: r1.reference, person: { reference: a, name: 'Casey Child' }, recordedAt: '2026-12-03T10:00:00.000Z' })] });
    expect(two.filings.map((f: { reference: string }) => f.reference).sort()).toEqual([r2.reference, r3.reference].sort());
    expect(none).toEqual({ internetMessageId: unfiled, filings: [] });
  });

  it('leaves a withdrawn (wrong-person) filing out, so the e-mail can be filed to the right person', async () => {
    const m = mid();
    const r = await file(newPerson(), m, 'dad@example.org');
    // Withdrawing a wrong-person entry is the author's line manager's (or an IG lead's) to do.
    expect((await api.call('POST', `/api/recordings/${r.reference}/withdrawal`, { reason: 'Wrong child' }, { 'X-Local-User-Id': 'sam.manager' })).status).toBe(200);
    const res = await api.call('POST', '/api/emails/filings', { internetMessageIds: [m] });
    expect(res.json.messages[0].filings).toEqual([]);
  });

  it('suggests the person earlier e-mails with the same correspondents went to, best match first, whole addresses only', async () => {
    const [often, once, lookalike] = [newPerson(), newPerson(), newPerson()];
    const carer = `carer.${randomUUID().slice(0, 6)}@example.org`;
    await file(often, mid(), carer, 'Alex Often');
    await file(often, mid(), carer, 'Alex Often');
    await file(once, mid(), carer, 'Bo Once');
    await file(lookalike, mid(), `jo${carer}`, 'Lookalike Person');
    const res = await api.call('POST', '/api/people/suggestions', { correspondents: [carer.toUpperCase(), 'nobody@example.org'] });
    expect(res.status).toBe(200);
    const s = res.json.suggestions;
    expect(s.map((x: { person: { reference: string } }) => x.person.reference)).toEqual([often, once]);
    expect(s[0]).toMatchObject({ person: { reference: often, name: 'Alex Often' }, filings: 2, matchedAddresses: [carer], knownAddresses: [carer] });
  });

  it('finds people by record reference or part of the name, with their known e-mail contacts', async () => {
    const p = newPerson();
    await file(p, mid(), 'nan@example.org', 'Riley Searchable');
    const byRef = await api.call('GET', `/api/people?search=${p.toLowerCase()}`);
    expect(byRef.json.people).toEqual([{ person: { reference: p, name: 'Riley Searchable' }, knownAddresses: ['nan@example.org'], lastFiledAt: '2026-12-03T10:00:00.000Z' }]);
    const byName = await api.call('GET', '/api/people?search=searchab');
    expect(byName.json.people.map((x: { person: { reference: string } }) => x.person.reference)).toContain(p);
  });

  it('refuses bad look-ups with the field to fix, and no more than 100 e-mails at once', async () => {
    const tooMany = await api.call('POST', '/api/emails/filings', { internetMessageIds: Array.from({ length: 101 }, mid) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.fields[0]).toMatchObject({ field: 'internetMessageIds', message: expect.stringMatching(/100/) });
    const noBrackets = await api.call('POST', '/api/emails/filings', { internetMessageIds: ['abc@mail.example'] });
    expect(noBrackets.json.error.fields[0]).toMatchObject({ field: 'internetMessageIds.0', message: expect.stringMatching(/angle brackets/) });
    const unknown = await api.call('POST', '/api/people/suggestions', { correspondents: ['a@b.org'], person: 'P-1' });
    expect(unknown.status).toBe(400);
    const notAddress = await api.call('POST', '/api/people/suggestions', { correspondents: ['Mum'] });
    expect(notAddress.json.error.fields[0].field).toBe('correspondents.0');
    const short = await api.call('GET', '/api/people?search=a');
    expect(short.status).toBe(400);
    expect(short.json.error.fields[0]).toMatchObject({ field: 'search', message: expect.stringMatching(/at least 2/) });
  });

  it('files an e-mail once per Idempotency-Key: a retry gets the same record, the key on another e-mail gets 409', async () => {
    const key = randomUUID();
    const p = newPerson();
    const m = mid();
    const first = await file(p, m, 'mum@example.org', 'Casey Child', { 'idempotency-key': key });
    const again = await api.call('POST', `/api/emails?person=${p}&personName=Casey%20Child&direction=incoming&purpose=Parent%20update`, eml({ messageId: m, from: 'mum@example.org' }), {
      'content-type': 'message/rfc822',
      'idempotency-key': key,
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ reference: first.reference, alreadyFiled: true });
    const other = await api.call('POST', `/api/emails?person=${p}&personName=Casey%20Child&direction=incoming&purpose=Parent%20update`, eml({ messageId: mid() }), {
      'content-type': 'message/rfc822',
      'idempotency-key': key,
    });
    expect(other.status).toBe(409);
  });

  it('never answers 5xx to hostile look-ups (odd types, injection-like text, NUL), and finds nothing through them', async () => {
    const odd: unknown[] = [null, 0, true, '', ' ', '\u0000', [], {}, { $gt: '' }, "<x@y>' OR 1=1 --", '<%@%>', 'a'.repeat(5000), ['<a@b>', null], ["<a@b>'); DROP TABLE recordings;--"]];
    for (const v of odd) {
      for (const [path, body] of [['/api/emails/filings', { internetMessageIds: v }], ['/api/people/suggestions', { correspondents: v }], ['/api/emails/filings', v], ['/api/people/suggestions', v]] as const) {
        const res = await api.call('POST', path, body === undefined ? 'null' : body);
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
    for (const q of ["%' OR '1'='1", '%', '_', '\u0000x', 'P-%', "x'); DROP TABLE recordings;--"]) {
      const res = await api.call('GET', `/api/people?search=${encodeURIComponent(q)}`);
      expect(res.status, q).toBeLessThan(500);
      if (res.status === 200) expect(res.json.people, q).toEqual([]);
    }
  });
});

describe('filing look-ups with a store that cannot answer them (SharePoint today)', () => {
  it('says so plainly instead of answering "not filed"', async () => {
    const store = { kind: 'sharepoint' } as unknown as RecordStore;
    const dir = mkdtempSync(join(tmpdir(), 'lookup-sharepoint-'));
    const access = openAccess({ dataDir: dir, directory: fromJson(localExample, 'the local example') });
    const service = new RecordingService({ store, access: access.policy, nation: 'england-and-wales' });
    const refused = await service.findFilings(LOCAL_PRACTITIONER, { internetMessageIds: ['<a@b.example>'] }).catch((e: unknown) => e);
    access.close();
    rmSync(dir, { recursive: true, force: true });
    expect(refused).toBeInstanceOf(RecordingError);
    expect(refused).toMatchObject({ code: 'store-unavailable', status: 503, message: expect.stringMatching(/not available with this record store/) });
  });
});
