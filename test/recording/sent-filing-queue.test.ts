import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import { SentFilingDesk } from '../../src/recording/sent-filing-desk';
import { SentFilingQueue } from '../../src/recording/sent-filing-queue';
import type { RecordingService } from '../../src/recording/service';

// The server's queue of filings on send: one entry per worker and marker, nothing but references, and after a restart
// (the worker's sign-in is gone with the old process) no entry left waiting for ever.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const openQueue = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sent-filings-'));
  dirs.push(dir);
  return { file: join(dir, 'sent-filings.sqlite'), queue: SentFilingQueue.open(join(dir, 'sent-filings.sqlite')) };
};
const MARKER = '0b6f8a52-3c1e-4d7a-9f2b-5e8c1a7d4f60';

describe('sent filing queue', () => {
  it('keeps one entry per worker and marker, and shows each worker only their own', () => {
    const { queue } = openQueue();
    const at = new Date('2026-12-05T10:00:00Z');
    expect(queue.add({ marker: MARKER, userId: 'alex', tenantId: 't', person: 'P-1001' }, at).added).toBe(true);
    expect(queue.add({ marker: MARKER, userId: 'alex', tenantId: 't', person: 'P-9999' }, at)).toMatchObject({ added: false, entry: { person: 'P-1001', state: 'waiting', attempts: 0 } });
    expect(queue.add({ marker: MARKER, userId: 'jo', tenantId: 't', person: 'P-2002' }, at).added).toBe(true);
    queue.update('alex', MARKER, { state: 'filed', attempts: 2, reference: 'CR-20261205-ABCDEFGH' }, at);
    expect(queue.listFor('alex')).toEqual([expect.objectContaining({ marker: MARKER, person: 'P-1001', state: 'filed', reference: 'CR-20261205-ABCDEFGH', attempts: 2 })]);
    expect(queue.listFor('jo')).toEqual([expect.objectContaining({ person: 'P-2002', state: 'waiting' })]);
    expect(queue.listFor('nobody')).toEqual([]);
    queue.close();
  });

  it('after a restart, fails what was still waiting (for the pane\'s Retry) and purges entries past the keeping period', () => {
    const { file, queue } = openQueue();
    queue.add({ marker: MARKER, userId: 'alex', tenantId: 't', person: 'P-1001' }, new Date());
    queue.add({ marker: '1b6f8a52-3c1e-4d7a-9f2b-5e8c1a7d4f61', userId: 'alex', tenantId: 't', person: 'P-1001' }, new Date(Date.now() - 30 * 24 * 3600 * 1000));
    queue.close();
    const again = SentFilingQueue.open(file);
    const desk = new SentFilingDesk({ service: {} as RecordingService, queue: again, retrySeconds: [1], logger: createLogger('silent') });
    expect(again.listFor('alex')).toEqual([expect.objectContaining({ marker: MARKER, state: 'failed', problem: 'server-restarted' })]);
    void desk.close();
    again.close();
  });

  it('a long-running server purges entries past the keeping period as notices come, once a day at most', async () => {
    const { queue } = openQueue();
    const day = 24 * 3600 * 1000;
    let now = new Date('2026-12-05T10:00:00Z').getTime();
    queue.add({ marker: MARKER, userId: 'alex', tenantId: 't', person: 'P-1001' }, new Date(now - 10 * day));
    queue.update('alex', MARKER, { state: 'filed', reference: 'CR-20261125-ABCDEFGH' }, new Date(now - 10 * day));
    const service = { checkSentFiling: async (_p: unknown, body: unknown) => body } as unknown as RecordingService;
    const desk = new SentFilingDesk({ service, queue, retrySeconds: [600], logger: createLogger('silent'), now: () => new Date(now) });
    const alex = { userId: 'alex', name: 'Alex', tenantId: 't' };
    await desk.notify(alex, { marker: '2b6f8a52-3c1e-4d7a-9f2b-5e8c1a7d4f62', person: 'P-1001' });
    expect(queue.listFor('alex')).toHaveLength(2);
    now += 5 * day;
    await desk.notify(alex, { marker: '3b6f8a52-3c1e-4d7a-9f2b-5e8c1a7d4f63', person: 'P-1001' });
    expect(queue.listFor('alex').map((e) => e.marker)).not.toContain(MARKER);
    expect(queue.listFor('alex')).toHaveLength(2);
    await desk.close();
    queue.close();
  });
});
