import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobAnswerAudit } from '../../src/audit/blob-answer-audit';
import { keepAuditFor } from '../../src/audit/retention';
import { createLogger } from '../../src/log';
import { activity } from '../bot/support/bot-client';
import { startAzurite, type Azurite } from '../support/azurite';
import { startTestApp, type TestApp } from '../support/test-app';

// With several instances (BOT_STATE_CONNECTION_STRING) the answer audit is in Azure Blob Storage (Azurite here): an IG
// lead sees every answer a practitioner was given, whichever instance gave it and whichever instance they ask.

const CONTAINER = 'shared-audit';
const PRACTITIONER = '6f1c2a9e-3333-4c3b-9d2e-000000000003';
const COLLEAGUE = '6f1c2a9e-4444-4c3b-9d2e-000000000004';
const IG_LEAD = { 'x-local-user-id': 'pat.ig', 'x-local-user-name': 'Pat IG Lead' };
const QUESTIONS = ['can I WhatsApp Kayden, he is 15?', 'how long do we keep looked after children records?'];

let azurite: Azurite;
let a: TestApp;
let b: TestApp;
let clock = new Date('2026-11-19T10:00:00Z');

beforeAll(async () => {
  azurite = await startAzurite();
  const env = { BOT_STATE_CONNECTION_STRING: azurite.connectionString, BOT_STATE_CONTAINER: CONTAINER, AUDIT_RETENTION_DAYS: '30' };
  a = await startTestApp({ dirPrefix: 'audit-instance-a-', logLevel: 'silent', env, overrides: { now: () => clock } });
  b = await startTestApp({ dirPrefix: 'audit-instance-b-', logLevel: 'silent', env, overrides: { now: () => clock } });
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await azurite?.stop();
});

const ask = (app: TestApp, text: string, aadObjectId: string) =>
  app.request('POST', '/api/messages', activity({ type: 'message', text, from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Alex Practitioner' } }));
const listing = (app: TestApp, person: string) => app.request('GET', `/api/audit/answers?person=${person}&from=2026-11-19&to=2026-11-19`, undefined, IG_LEAD);

describe('the answer audit shared by two instances through Azure Blob Storage', () => {
  it("lists the answers both instances gave one practitioner from either instance, with rule ids and version and no question text", async () => {
    clock = new Date('2026-11-19T10:00:00Z');
    expect((await ask(a, QUESTIONS[0]!, PRACTITIONER)).status).toBe(200);
    clock = new Date('2026-11-19T11:00:00Z');
    expect((await ask(b, QUESTIONS[1]!, PRACTITIONER)).status).toBe(200);
    await ask(b, QUESTIONS[1]!, COLLEAGUE);
    // Neither instance's own embedded store holds them: the listing can only come from the shared store.
    for (const app of [a, b]) {
      const listed = await listing(app, PRACTITIONER);
      expect(listed.status).toBe(200);
      expect(listed.json.count).toBe(2);
      expect(listed.json.answers.map((x: { answeredAt: string; topic: string }) => [x.answeredAt, x.topic])).toEqual([
        ['2026-11-19T10:00:00.000Z', 'digital-contact'],
        ['2026-11-19T11:00:00.000Z', 'retention'],
      ]);
      for (const x of listed.json.answers as Record<string, unknown>[]) {
        expect(x).toEqual({ answeredAt: expect.any(String), topic: expect.any(String), ruleIds: expect.arrayContaining([expect.any(String)]), guidanceVersion: expect.stringMatching(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/), verdict: expect.any(String) });
      }
    }
    // What is stored holds no question text either.
    const container = new ContainerClient(azurite.connectionString, CONTAINER);
    let stored = '';
    for await (const blob of container.listBlobsFlat({ prefix: 'audit/' })) stored += blob.name + (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8');
    expect(stored).toContain(PRACTITIONER);
    for (const word of ['Kayden', 'WhatsApp', 'looked after', 'Alex']) expect(stored).not.toContain(word);
  });

  it('refuses a practitioner the shared listing', async () => {
    const refused = await b.request('GET', `/api/audit/answers?person=${PRACTITIONER}&from=2026-11-19&to=2026-11-19`, undefined, { 'x-local-user-id': 'alex.practitioner' });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('digital-contact');
  });

  it('removes entries older than AUDIT_RETENTION_DAYS and keeps the newer ones', async () => {
    const audit = await blobAnswerAudit(azurite.connectionString, CONTAINER);
    const entry = (answeredAt: string) => ({ answeredAt, askerId: PRACTITIONER, topic: 'retention', ruleIds: ['r-old'], guidanceVersion: '1.0.0+000000000000', verdict: 'allowed' });
    await audit.record([entry('2026-10-01T09:00:00.000Z')]);
    const all = () => audit.answersTo(PRACTITIONER, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect((await all()).map((e) => e.answeredAt)).toEqual(['2026-10-01T09:00:00.000Z', '2026-11-19T10:00:00.000Z', '2026-11-19T11:00:00.000Z']);
    // 30 days before 2026-11-20 is 2026-10-21: the entry of 1 October goes, those of 19 November stay.
    const keeper = keepAuditFor(audit, 30, () => new Date('2026-11-20T12:00:00Z'), createLogger('silent'));
    await keeper.firstPurge;
    keeper.stop();
    expect((await all()).map((e) => e.answeredAt)).toEqual(['2026-11-19T10:00:00.000Z', '2026-11-19T11:00:00.000Z']);
    expect((await listing(a, PRACTITIONER)).json.count).toBe(2);
  });

  it("keeps each person's entries apart whatever characters their id holds", async () => {
    const audit = await blobAnswerAudit(azurite.connectionString, CONTAINER);
    const day = [new Date('2026-11-21T00:00:00Z'), new Date('2026-11-22T00:00:00Z')] as const;
    const ids = ['29:x', '29:x/..', '..', '29:x%2F', 'a b/c?d#e'];
    await audit.record(ids.map((askerId, i) => ({ answeredAt: `2026-11-21T10:00:0${i}.000Z`, askerId, topic: 'retention', ruleIds: [`r-${i}`], guidanceVersion: '1.0.0+000000000000', verdict: 'allowed' })));
    for (const [i, id] of ids.entries()) expect((await audit.answersTo(id, ...day)).map((e) => [e.askerId, e.ruleIds])).toEqual([[id, [`r-${i}`]]]);
    await audit.purgeBefore(day[1]);
    for (const id of ids) expect(await audit.answersTo(id, ...day)).toEqual([]);
  });
});
