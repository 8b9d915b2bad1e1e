import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILING_MARKER_PROPERTY } from '../../src/email/filing-marker';
import { eml, type TestApi } from '../api/support';
import { MAILBOX, sentMime, startOboTenant, type OboTenant } from '../support/obo-tenant';
import { type GraphStandIn } from '../support/graph-standin';
import { type TestIssuer } from '../support/issuer/test-issuer';
import { PEOPLE } from '../support/org-directory';

// The Outlook add-in's server routes with RECORD_STORE=sharepoint, as the practitioner (on-behalf-of through the stand-in):
// file on send (the sent copy found in Sent Items by its filing marker, filed as outgoing EML), and the look-ups
// (filed already? whose record? find a person) answered from SharePoint under the same access rules as the embedded store.

let tenant: OboTenant;
let issuer: TestIssuer;
let standin: GraphStandIn;
let api: TestApi;

beforeAll(async () => {
  tenant = await startOboTenant({ sharepoint: true, otherUsers: [{ id: PEOPLE.otherTeam.id, name: PEOPLE.otherTeam.name, email: 'owen@standin.example' }] });
  ({ issuer, standin, api } = tenant);
});
afterAll(async () => {
  await tenant?.close();
});


const person = () => `P-${randomUUID().slice(0, 8)}`;

describe('file on send (POST /api/emails/sent)', () => {
  it('finds the sent copy in Sent Items by its marker and files it once, as outgoing EML with its sent time', async () => {
    const token = await issuer.mint();
    const marker = randomUUID();
    const mime = sentMime(marker);
    // A copy the worker also received (cc to self) carries the same marker: only Sent Items counts.
    standin.addMessage({ immutableId: `AAkALgAA-in-${marker}`, mailbox: MAILBOX, mime: sentMime(marker, { subject: 'Inbox copy' }), folder: 'inbox' });
    standin.addMessage({ immutableId: `AAkALgAA-other-${randomUUID()}`, mailbox: MAILBOX, mime: sentMime(randomUUID(), { to: 'someone@else.example' }), folder: 'sentitems' });
    standin.addMessage({ immutableId: `AAkALgAA-sent-${marker}`, mailbox: MAILBOX, mime, folder: 'sentitems' });
    const body = { marker, person: person(), personName: 'Casey Child', purpose: 'Confirm the visit', harmOrRisk: false };
    const first = await api.call('POST', '/api/emails/sent', body, { authorization: `Bearer ${token}` });
    expect(first.status).toBe(201);
    expect(first.json.record.details).toMatchObject({
      kind: 'contact-recording',
      channel: 'email',
      direction: 'outgoing',
      otherParty: 'parent@example.org',
      messageAt: '2026-12-02T16:45:10.000Z',
      content: { form: 'original-email', subject: 'Visit on Thursday' },
      purpose: 'Confirm the visit',
    });
    expect(first.json.record.blobs).toEqual([expect.objectContaining({ role: 'original-email', sha256: createHash('sha256').update(mime).digest('hex') })]);
    expect(first.json.markedFiled).toBe(true);
    expect(standin.state.messages.find((m) => m.immutableId === `AAkALgAA-sent-${marker}`)?.categories).toEqual(['Filed to care record']);
    const lookup = standin.requests.find((r) => r.path === '/me/mailFolders/sentitems/messages');
    expect(decodeURIComponent(lookup?.query ?? '')).toContain(`ep/id eq '${FILING_MARKER_PROPERTY}' and ep/value eq '${marker}'`);
    expect(lookup?.headers.prefer).toBe('IdType="ImmutableId"');

    // The add-in retries after a lost reply: the same record, nothing new.
    const again = await api.call('POST', '/api/emails/sent', body, { authorization: `Bearer ${token}` });
    expect(again.status).toBe(200);
    expect(again.json.alreadyFiled).toBe(true);
    expect(again.json.reference).toBe(first.json.reference);
  });

  it('says the sent copy is not there yet (and writes nothing) while Outlook is still sending', async () => {
    const token = await issuer.mint();
    const p = person();
    const res = await api.call('POST', '/api/emails/sent', { marker: randomUUID(), person: p, personName: 'Casey Child', purpose: 'Confirm the visit' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(404);
    expect(res.json.error).toMatchObject({ code: 'sent-copy-not-found', message: expect.stringMatching(/not in your Sent Items yet/) });
    const list = await api.call('GET', `/api/recordings?person=${p}`, undefined, { authorization: `Bearer ${token}` });
    expect(list.json.count).toBe(0);
  });

  it('refuses a marker that is not a UUID before asking Graph anything', async () => {
    const token = await issuer.mint();
    const before = standin.requests.length;
    const res = await api.call('POST', '/api/emails/sent', { marker: "x' or true", person: person(), personName: 'Casey', purpose: 'x' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([{ field: 'marker', message: expect.stringMatching(/filing marker/) }]);
    expect(standin.requests.slice(before).some((r) => r.path.includes('mailFolders'))).toBe(false);
  });

  it('refuses a caller without a token', async () => {
    const res = await api.call('POST', '/api/emails/sent', { marker: randomUUID(), person: person(), personName: 'Casey', purpose: 'x' });
    expect(res.status).toBe(401);
  });
});

describe('look-ups on SharePoint (filings, suggestions, people)', () => {
  it('answers from records the asker may read only: their own filing is found, another team\'s is not', async () => {
    const alex = { authorization: `Bearer ${await issuer.mint()}` };
    const owen = { authorization: `Bearer ${await issuer.mint({ claims: { oid: PEOPLE.otherTeam.id, name: PEOPLE.otherTeam.name } })}` };
    const tag = randomUUID().slice(0, 6);
    const mum = `mum-${tag}@example.org`;
    const casey = { ref: `P-SPA-${tag}`, name: `Casey Spchild${tag}` };
    const robin = { ref: `P-SPB-${tag}`, name: `Robin Otherchild${tag}` };
    const mine = `<${randomUUID()}@mail.example>`;
    const theirs = `<${randomUUID()}@mail.example>`;
    const file = (who: Record<string, string>, p: { ref: string; name: string }, messageId: string) =>
      api.call('POST', `/api/emails?person=${p.ref}&personName=${encodeURIComponent(p.name)}&direction=incoming&purpose=Update`, eml({ messageId, from: mum }), { ...who, 'content-type': 'message/rfc822' });
    const filed = await file(alex, casey, mine);
    expect(filed.status).toBe(201);
    expect((await file(owen, robin, theirs)).status).toBe(201);

    const filings = await api.call('POST', '/api/emails/filings', { internetMessageIds: [mine, theirs] }, alex);
    expect(filings.status).toBe(200);
    expect(filings.json.messages).toEqual([
      { internetMessageId: mine, filings: [expect.objectContaining({ reference: filed.json.reference, person: { reference: casey.ref, name: casey.name } })] },
      { internetMessageId: theirs, filings: [] },
    ]);

    const suggested = await api.call('POST', '/api/people/suggestions', { correspondents: [mum, 'nobody@example.org'] }, alex);
    expect(suggested.json.suggestions).toEqual([expect.objectContaining({ person: { reference: casey.ref, name: casey.name }, matchedAddresses: [mum], knownAddresses: [mum], filings: 1 })]);
    const forOwen = await api.call('POST', '/api/people/suggestions', { correspondents: [mum] }, owen);
    expect(forOwen.json.suggestions.map((x: { person: { reference: string } }) => x.person.reference)).toEqual([robin.ref]);

    for (const search of [`spchild${tag}`, casey.ref.toLowerCase(), casey.name.toUpperCase()]) {
      const people = await api.call('GET', `/api/people?search=${encodeURIComponent(search)}`, undefined, alex);
      expect(people.status).toBe(200);
      expect(people.json.people.map((x: { person: { reference: string } }) => x.person.reference)).toEqual([casey.ref]);
    }
    const notMine = await api.call('GET', `/api/people?search=${encodeURIComponent(`otherchild${tag}`)}`, undefined, alex);
    expect(notMine.json.people).toEqual([]);
  });

  it('refuses a look-up without a token', async () => {
    expect((await api.call('POST', '/api/emails/filings', { internetMessageIds: ['<a@b>'] })).status).toBe(401);
  });
});
