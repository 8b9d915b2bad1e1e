import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, startTestApi, type TestApi } from '../api/support';

// Local mode with the example directory (src/organisation/local-directory.json): deny by default, and an IG lead
// moves a person's record to another team, which changes who may read it.
const as = (id: string) => ({ 'x-local-user-id': id });
const IG = as('pat.ig');
const SOUTH = as('jo.south');

describe('allocations and strangers (local mode, example directory)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  it('refuses someone the directory does not know, saying who can add them, and logs it', async () => {
    const res = await api.call('POST', '/api/recordings', contactRecording(), as('stranger'));
    expect(res.status).toBe(403);
    expect(res.json.error.message).toMatch(/not in this organisation's directory.*Ask the IG lead/);
    const read = await api.call('GET', '/api/recordings?person=P-1001', undefined, as('stranger'));
    expect(read.status).toBe(403);
    const log = await api.call('GET', '/api/access-log?user=local:stranger', undefined, IG);
    expect(log.json.entries.map((e: { action: string; allowed: boolean; basis: string }) => [e.action, e.allowed, e.basis])).toEqual([
      ['list', false, 'unknown-user'],
      ['create', false, 'unknown-user'],
    ]);
  });

  it("lets an IG lead move a person's record to another team, and with it who may read it", async () => {
    const created = await api.call('POST', '/api/recordings', contactRecording({ person: { reference: 'P-1001', name: 'Casey Child' } }));
    expect(created.status).toBe(201);
    const ref = created.json.reference as string;
    expect((await api.call('GET', `/api/recordings/${ref}`, undefined, SOUTH)).status).toBe(403);

    expect((await api.call('PUT', '/api/allocations/P-1001', { team: 'team-south' }, SOUTH)).status).toBe(403);
    expect((await api.call('PUT', '/api/allocations/P-1001', { team: 'team-south', worker: 'nobody' }, IG)).json.error.fields[0].field).toBe('worker');
    const moved = await api.call('PUT', '/api/allocations/P-1001', { team: 'team-south', worker: 'local:jo.south' }, IG);
    expect(moved.json).toEqual({ person: 'P-1001', allocation: { person: 'P-1001', team: 'team-south', worker: 'local:jo.south' } });
    expect((await api.call('GET', '/api/allocations/P-1001', undefined, IG)).json.allocation.team).toBe('team-south');

    expect((await api.call('GET', `/api/recordings/${ref}`, undefined, SOUTH)).status).toBe(200);
    // The author still reads what they wrote; a colleague of the old team no longer does.
    expect((await api.call('GET', `/api/recordings/${ref}`)).status).toBe(200);
    expect((await api.call('GET', `/api/recordings/${ref}`, undefined, as('alex'))).status).toBe(403);

    const log = await api.call('GET', `/api/access-log?record=${ref}`, undefined, IG);
    const south = log.json.entries.filter((e: { userId: string }) => e.userId === 'local:jo.south').map((e: { allowed: boolean; basis: string }) => [e.allowed, e.basis]);
    expect(south).toEqual([
      [true, 'caseload'],
      [false, 'forbidden'],
    ]);
    expect((await api.call('GET', '/api/access-log?person=P-1001', undefined, IG)).json.entries.some((e: { action: string }) => e.action === 'allocate')).toBe(true);
  });

  it('keeps the access log for IG leads only', async () => {
    const res = await api.call('GET', '/api/access-log?person=P-1001');
    expect(res.status).toBe(403);
    expect(res.json.error.message).toMatch(/Only an IG lead/);
    expect((await api.call('GET', '/api/access-log', undefined, IG)).status).toBe(400);
  });
});
