import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, eml, startTestApi, supervisionNote, type TestApi } from './support';

// Hostile input never gets a 5xx: mutated bodies (seeded, so a failure reproduces) on every write route.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, true, '', ' ', '\u0000', '\u202e\u{1F600}', 'x'.repeat(5000), [], [null], {}, { $gt: '' }, '2026-02-30', '9999-12-31T23:59:59Z', "'; DROP TABLE recordings;--", '<img src=x onerror=alert(1)>', '__proto__', { constructor: { prototype: { polluted: true } } }];

function mutate(value: unknown, rand: () => number, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 4) return rand() < 0.3 ? ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)] : value;
  if (Array.isArray(value)) return value.map((v) => mutate(v, rand, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = rand();
    if (r < 0.1) continue; // drop the field
    out[k] = r < 0.25 ? ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)] : mutate(v, rand, depth + 1);
  }
  if (rand() < 0.1) out[rand() < 0.5 ? '__proto__' : 'extra'] = 'x';
  return out;
}

describe('mutated request bodies', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.stop());

  it('never answers 5xx on POST /api/recordings, amendments and sign-off', async () => {
    const rand = prng(20261122);
    const ref = (await api.call('POST', '/api/recordings', contactRecording())).json.reference as string;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 120; i++) {
      const base = i % 2 === 0 ? contactRecording() : supervisionNote();
      const targets: [string, unknown][] = [
        ['/api/recordings', mutate(base, rand)],
        [`/api/recordings/${ref}/amendments`, mutate({ reason: 'r', text: 't', lineManager: { name: 'Sam' } }, rand)],
        [`/api/recordings/${ref}/sign-off`, mutate({ kind: 'read-and-agreed', note: 'ok' }, rand)],
      ];
      for (const [path, body] of targets) {
        const res = await api.call('POST', path, body, { 'x-local-user-id': 'fuzz.manager' });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${path} ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) expect(res.json.error.code).toEqual(expect.any(String));
      }
    }
    expect(statuses.get(400)).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never answers 5xx on POST /api/emails with damaged messages', async () => {
    const rand = prng(42);
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.from(eml());
      for (let j = 0; j < 20; j++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const res = await api.call('POST', `/api/emails?person=P-FUZZ&personName=Casey&direction=${i % 2 ? 'incoming' : 'outgoing'}&purpose=x`, bytes, { 'content-type': 'message/rfc822' });
      expect(res.status).toBeLessThan(500);
    }
  });
});
