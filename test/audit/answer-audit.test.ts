import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteAnswerAudit } from '../../src/audit/sqlite-answer-audit';
import { openDatabase } from '../../src/store/database';
import { activity } from '../bot/support/bot-client';
import { startTestApp } from '../support/test-app';

// Every answer is recorded (time, asker, topic, rules, guidance version, verdict; never the question), and an IG lead can
// list what the bot told one practitioner between two dates.

const PRACTITIONER = '6f1c2a9e-1111-4c3b-9d2e-000000000001';
const COLLEAGUE = '6f1c2a9e-2222-4c3b-9d2e-000000000002';
// The local example directory's IG lead (src/organisation/local-directory.json).
const IG_LEAD = { 'x-local-user-id': 'pat.ig', 'x-local-user-name': 'Pat IG Lead' };
const QUESTIONS = ['can I WhatsApp Kayden, he is 15?', 'how long do we keep looked after children records?', 'how long have I got to write up this visit to Mia?'];

const dataDir = mkdtempSync(join(tmpdir(), 'answer-audit-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let clock = new Date('2026-11-20T10:00:00Z');
const env = { DATA_DIR: dataDir, AUDIT_RETENTION_DAYS: '30' };

describe('answer audit', () => {
  it('lists the three answers given to one practitioner, with rule ids and version and no question text', async () => {
    const t = await startTestApp({ dirPrefix: 'answer-audit-unused-', logLevel: 'silent', env, overrides: { now: () => clock } });
    try {
      const ask = (text: string, aadObjectId: string) => t.request('POST', '/api/messages', activity({ type: 'message', text, from: { id: `29:${aadObjectId}`, aadObjectId, name: 'Alex Practitioner' } }));
      // The day before the period asked about: not listed.
      clock = new Date('2026-11-18T09:00:00Z');
      expect((await ask(QUESTIONS[0]!, PRACTITIONER)).status).toBe(200);
      for (const [i, q] of QUESTIONS.entries()) {
        clock = new Date(`2026-11-19T1${i}:00:00Z`);
        expect((await ask(q, PRACTITIONER)).status).toBe(200);
      }
      await ask(QUESTIONS[1]!, COLLEAGUE);
      // Help is not an answer from the guidance.
      await ask('help', PRACTITIONER);

      const listed = await t.request('GET', `/api/audit/answers?person=${PRACTITIONER}&from=2026-11-19&to=2026-11-20`, undefined, IG_LEAD);
      expect(listed.status).toBe(200);
      expect(listed.json.count).toBe(3);
      expect(listed.json.answers.map((a: { topic: string }) => a.topic)).toEqual(['digital-contact', 'retention', 'recording-deadline']);
      for (const [i, a] of (listed.json.answers as Record<string, unknown>[]).entries()) {
        expect(a).toEqual({
          answeredAt: `2026-11-19T1${i}:00:00.000Z`,
          topic: expect.any(String),
          ruleIds: expect.arrayContaining([expect.any(String)]),
          guidanceVersion: expect.stringMatching(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/),
          verdict: expect.any(String),
        });
      }
      // No question text anywhere: not in the reply, not in the stored entries.
      const stored = JSON.stringify(readAudit());
      for (const text of [listed.text, stored]) {
        for (const word of ['Kayden', 'Mia', 'WhatsApp', 'looked after', 'write up']) expect(text).not.toContain(word);
      }
    } finally {
      await t.stop();
    }
  });

  it('refuses anyone who is not an IG lead, and says what to fix in a bad query', async () => {
    const t = await startTestApp({ dirPrefix: 'answer-audit-unused-', logLevel: 'silent', env, overrides: { now: () => clock } });
    try {
      const q = `/api/audit/answers?person=${PRACTITIONER}&from=2026-11-19&to=2026-11-20`;
      const practitioner = await t.request('GET', q, undefined, { 'x-local-user-id': 'alex.practitioner' });
      expect(practitioner.status).toBe(403);
      expect(practitioner.json.answers).toBeUndefined();
      expect((await t.request('GET', q)).status).toBe(403);
      const bad = await t.request('GET', '/api/audit/answers?from=19/11/2026&to=2026-11-01&colour=red', undefined, IG_LEAD);
      expect(bad.status).toBe(400);
      expect(bad.json.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['colour', 'from', 'person']);
    } finally {
      await t.stop();
    }
  });

  it('purges entries older than AUDIT_RETENTION_DAYS when the server starts', async () => {
    expect(readAudit().length).toBeGreaterThanOrEqual(4);
    // 30 days after the 19th the entries from the 18th have gone; those from the 19th remain.
    clock = new Date('2026-12-18T12:00:00Z');
    const t = await startTestApp({ dirPrefix: 'answer-audit-unused-', logLevel: 'silent', env, overrides: { now: () => clock } });
    try {
      const all = await t.request('GET', `/api/audit/answers?person=${PRACTITIONER}&from=2026-11-01&to=2026-12-31`, undefined, IG_LEAD);
      expect(all.json.answers.map((a: { answeredAt: string }) => a.answeredAt.slice(0, 10))).toEqual(['2026-11-19', '2026-11-19', '2026-11-19']);
    } finally {
      await t.stop();
    }
  });
});

function readAudit() {
  const db = openDatabase(join(dataDir, 'companion.sqlite'));
  try {
    sqliteAnswerAudit(db);
    return db.prepare('SELECT * FROM answer_audit').all();
  } finally {
    db.close();
  }
}

describe('answer audit under concurrent answers', () => {
  const entry = (askerId: string, i: number) => ({ answeredAt: `2026-11-20T10:00:0${i}.000Z`, askerId, topic: 'digital-contact', ruleIds: [`r-${i}`], guidanceVersion: 'v1', verdict: 'allowed' });

  it('stores every answer given at the same moment, each before its reply may go', async () => {
    const db = openDatabase(join(mkdtempSync(join(dataDir, 'batch-')), 'companion.sqlite'));
    try {
      const audit = sqliteAnswerAudit(db);
      const count = db.prepare('SELECT COUNT(*) FROM answer_audit').pluck();
      const stored: number[] = [];
      // Five turns answering together share one commit; each learns only then that its entry is stored.
      await Promise.all([0, 1, 2, 3, 4].map((i) => audit.record([entry(i % 2 ? PRACTITIONER : COLLEAGUE, i)]).then(() => stored.push(count.get() as number))));
      expect(stored).toEqual([5, 5, 5, 5, 5]);
      expect((await audit.answersTo(PRACTITIONER, new Date('2026-11-20T00:00:00Z'), new Date('2026-11-21T00:00:00Z'))).map((e) => e.ruleIds)).toEqual([['r-1'], ['r-3']]);
    } finally {
      db.close();
    }
  });

  it('on a connection that does not flush at commit, tells each turn only once its entry is on disk, and it survives reopening', async () => {
    const file = join(mkdtempSync(join(dataDir, 'batch-')), 'companion.sqlite');
    const db = openDatabase(file, 'normal');
    const audit = sqliteAnswerAudit(db);
    const count = db.prepare('SELECT COUNT(*) FROM answer_audit').pluck();
    const stored: number[] = [];
    // Turns answered while a flush is under way share the next one; none is told before its own entry was committed.
    const first = [0, 1, 2].map((i) => audit.record([entry(PRACTITIONER, i)]).then(() => stored.push(count.get() as number)));
    await new Promise((r) => setImmediate(r));
    const second = [3, 4].map((i) => audit.record([entry(COLLEAGUE, i)]).then(() => stored.push(count.get() as number)));
    await Promise.all([...first, ...second]);
    expect(stored).toHaveLength(5);
    expect(stored.slice(0, 3).every((n) => n >= 3)).toBe(true);
    expect(stored.slice(3).every((n) => n === 5)).toBe(true);
    db.close();
    const reopened = openDatabase(file);
    try {
      expect(reopened.prepare('SELECT COUNT(*) FROM answer_audit').pluck().get()).toBe(5);
    } finally {
      reopened.close();
    }
  });

  it('lists an answer recorded a moment ago, and tells the turn when its entry could not be stored', async () => {
    const db = openDatabase(join(mkdtempSync(join(dataDir, 'batch-')), 'companion.sqlite'));
    const audit = sqliteAnswerAudit(db);
    const pending = audit.record([entry(PRACTITIONER, 1)]);
    expect(await audit.answersTo(PRACTITIONER, new Date('2026-11-20T00:00:00Z'), new Date('2026-11-21T00:00:00Z'))).toHaveLength(1);
    await pending;
    const failing = audit.record([entry(PRACTITIONER, 2)]);
    db.close();
    await expect(failing).rejects.toThrow(/not open/);
  });
});
