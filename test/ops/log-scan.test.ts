import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, eml, supervisionNote } from '../api/support';
import { activity, cardsOf } from '../bot/support/bot-client';
import { followUpButtons } from '../support/card-search';
import { startTestApp, type TestApp } from '../support/test-app';

// Logs carry ids, codes, routes, statuses and durations only. A whole conversation, filings and refusals carry planted
// personal data; every log line (at the most verbose level) is scanned for any of it.

const NAME = 'Jordan Whitfield';
const PHONE = '07700 900456';
const PHONE_DIGITS = '07700900456';
const EMAIL = 'jordan.whitfield@family.example';
const SECRET = 'moved to Grandma Okafor';
const PLANTED = [NAME, 'Whitfield', PHONE, PHONE_DIGITS, EMAIL, 'family.example', SECRET, 'Okafor'];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ dirPrefix: 'log-scan-', logLevel: 'trace' });
});
afterAll(async () => t.stop());

const bot = (fields: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.request('POST', '/api/messages', activity({ from: { id: 'user-log', name: NAME }, ...fields }), headers);

interface RequestLine {
  correlationId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
}

describe('logs', () => {
  it('hold one line per request with correlation id, route, status and duration, and no personal data anywhere', async () => {
    const statuses: number[] = [];
    const ids: string[] = [];
    const track = <R extends { status: number; headers: Headers }>(r: R): R => {
      statuses.push(r.status);
      ids.push(r.headers.get('x-correlation-id') ?? '');
      return r;
    };

    // A conversation: a question with personal data, a refinement, help, feedback with a comment, a too-long question.
    const question = `can I WhatsApp ${NAME} on ${PHONE} or e-mail ${EMAIL}? she ${SECRET}`;
    const answered = track(await bot({ type: 'message', text: question }));
    expect(answered.status).toBe(200);
    // The follow-up button, as Teams sends a messageBack: its title as the message, the refine data as the value.
    const [choice] = cardsOf(answered.json).flatMap((c) => followUpButtons(c));
    expect(choice).toBeDefined();
    track(await bot({ type: 'message', text: choice!.displayText, value: choice!.value }));
    track(await bot({ type: 'message', text: 'help' }));
    track(
      await bot({
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: 'normal',
        value: { action: { type: 'Action.Execute', verb: 'feedback', data: { verb: 'feedback', helpful: false, topic: 'digital-contact', ruleIds: ['x/1'], guidanceVersion: 'g', question, comment: `ring ${PHONE}, ${NAME}` } } },
      }),
    );
    track(await bot({ type: 'message', text: `${question} `.repeat(60) }));

    // Refusals: a malformed activity, an unknown invoke, a serviceUrl off this machine, JSON the bot cannot parse.
    track(await bot({ type: 'message', text: question, conversation: { id: EMAIL }, serviceUrl: `https://${EMAIL.split('@')[1]}/` }));
    track(await bot({ type: 'invoke', name: `ask/${NAME}`, deliveryMode: 'normal', value: { text: question } }));
    track(await t.request('POST', '/api/messages', `{"text": "${question}"`, { 'content-type': 'application/json' }));

    // Filings: a contact recording, a supervision note, an e-mail, each with planted data; then a retry and refusals.
    const person = { reference: 'P-LOG-1', name: NAME, dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child' };
    const recording = contactRecording({ person, otherParty: PHONE, content: { form: 'transcript', text: `${question}` } });
    const filed = track(await t.request('POST', '/api/recordings', recording, { 'idempotency-key': 'log-scan-0001' }));
    expect(filed.status).toBe(201);
    track(await t.request('POST', '/api/recordings', { ...recording, purpose: SECRET }, { 'idempotency-key': 'log-scan-0001' }));
    track(await t.request('POST', '/api/recordings', supervisionNote({ person: { reference: 'P-LOG-1', name: NAME }, discussion: SECRET })));
    const mail = eml({ from: EMAIL, bodyBytes: 4000 });
    track(
      await t.request('POST', `/api/emails?person=P-LOG-1&personName=${encodeURIComponent(NAME)}&direction=incoming&purpose=${encodeURIComponent(SECRET)}`, mail, {
        'content-type': 'message/rfc822',
      }),
    );
    track(await t.request('POST', '/api/recordings', { ...recording, person: { ...person, dateOfBirth: PHONE }, colour: EMAIL }));
    track(await t.request('POST', '/api/recordings', recording, { 'x-local-user-id': EMAIL.replace('@', ' at ') }));
    track(await t.request('POST', '/api/emails?person=P-LOG-1', `From: ${EMAIL}\r\n\r\n${SECRET}`, { 'content-type': 'text/plain' }));
    track(await t.request('GET', `/api/recordings/${encodeURIComponent(NAME)}`));
    track(await t.request('GET', `/api/recordings?person=P-LOG-1&note=${encodeURIComponent(SECRET)}`));
    const ref = (filed.json as { reference: string }).reference;
    track(await t.request('POST', `/api/recordings/${ref}/withdrawal`, { reason: `wrong child: ${NAME} ${PHONE}` }));

    // A correlation id that is someone's e-mail address is replaced; a generated one is kept and returned.
    track(await t.request('GET', '/healthz', undefined, { 'x-correlation-id': EMAIL }));
    const kept = track(await t.request('GET', '/healthz', undefined, { 'x-correlation-id': '0f8fad5b-d9cb-469f-a165-70867728950e' }));
    expect(kept.headers.get('x-correlation-id')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');

    // Refusals really happened (4xx), and nothing failed on our side.
    expect(statuses.filter((s) => s >= 400 && s < 500).length).toBeGreaterThanOrEqual(8);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);

    await new Promise((r) => setTimeout(r, 50));
    const lines = t.logs().trim().split('\n');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const line of lines) {
      for (const planted of PLANTED) expect(line.toLowerCase(), `a log line holds "${planted}"`).not.toContain(planted.toLowerCase());
      expect(line).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
      // A random correlation id can hold a run of digits shaped like a phone number ("…-012571194027"): it is not scanned.
      expect(line.replace(/"correlationId":"[0-9a-f-]{36}"/, '')).not.toMatch(/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/);
    }

    // One request line per request, each with its correlation id (the one returned to the caller), route, status and time.
    const requests = parsed.filter((p) => p.msg === 'request') as unknown as RequestLine[];
    expect(requests).toHaveLength(statuses.length);
    expect(requests.map((r) => r.correlationId)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of requests) {
      expect(r.route).toMatch(/^\/(api|healthz)/);
      expect(typeof r.ms).toBe('number');
    }
    expect(requests.map((r) => r.status)).toEqual(statuses);
    expect(requests.map((r) => r.route)).toContain('/api/recordings/:id');
  });
});
