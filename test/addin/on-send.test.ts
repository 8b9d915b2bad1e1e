import { OfficeApp } from 'office-addin-manifest';
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { FILING_MARKER_HEADER } from '../../src/email/filing-marker';
import { notifySent } from '../../addin/src/notify-send';
import { handleMessageSend, type Notify } from '../../addin/src/on-send';
import { clearChoice, loadPending, ROAMING_KEY, saveChoice, SESSION_KEY, type SendChoice } from '../../addin/src/send-filing';

// File on send against office-addin-mock, shaped as Microsoft documents the calls: a compose item with internet headers
// (1.8) and session data (1.11), the mailbox's roaming settings, and the OnMessageSend event that must be completed.

const choice: SendChoice = { marker: '0b6f8a52-3c1e-4d7a-9f2b-5e8c1a7d4f60', person: { reference: 'P-1001', name: 'Casey Child' }, purpose: 'Confirm the visit', harmOrRisk: false };

function compose(options: { version?: number; session?: Record<string, string>; headers?: Record<string, string>; failRoamingSave?: boolean; neverAnswer?: boolean } = {}) {
  const state = { headers: { ...(options.headers ?? {}) }, session: { ...(options.session ?? {}) }, roaming: {} as Record<string, unknown>, saved: {} as Record<string, unknown>, saves: 0 };
  const ok = <T>(value: T) => ({ status: 'succeeded', value });
  const failed = (message: string) => ({ status: 'failed', error: { code: 9000, message } });
  const version = options.version ?? 1.13;
  const data = {
    context: {
      requirements: { isSetSupported: (name: string, v: string) => name === 'Mailbox' && Number(v.split('.')[1]) <= Math.round((version % 1) * 100) },
      roamingSettings: {
        get: (k: string) => state.roaming[k],
        set: (k: string, v: unknown) => void (state.roaming[k] = v),
        remove: (k: string) => void delete state.roaming[k],
        saveAsync: (cb: (r: unknown) => void) => {
          state.saves++;
          if (options.failRoamingSave) return cb(failed('The settings could not be saved.'));
          state.saved = structuredClone(state.roaming);
          cb(ok(undefined));
        },
      },
      mailbox: {
        item: {
          subject: { getAsync: (cb: (r: unknown) => void) => cb(ok('Visit on Thursday')) },
          to: { getAsync: (cb: (r: unknown) => void) => cb(ok([{ emailAddress: 'mum@example.org', displayName: 'Jo Parent' }])) },
          cc: { getAsync: (cb: (r: unknown) => void) => cb(ok([])) },
          internetHeaders: {
            getAsync: (names: string[], cb: (r: unknown) => void) => cb(ok(Object.fromEntries(names.filter((n) => n in state.headers).map((n) => [n, state.headers[n]])))),
            setAsync: (headers: Record<string, string>, cb: (r: unknown) => void) => (Object.assign(state.headers, headers), cb(ok(undefined))),
            removeAsync: (names: string[], cb: (r: unknown) => void) => (names.forEach((n) => delete state.headers[n]), cb(ok(undefined))),
          },
          sessionData: {
            // A key never set answers with an error here: the handler must read that as "nothing chosen".
            getAsync: (k: string, cb: (r: unknown) => void) => {
              if (options.neverAnswer) return;
              cb(k in state.session ? ok(state.session[k]) : failed('The key was not found.'));
            },
            setAsync: (k: string, v: string, cb: (r: unknown) => void) => ((state.session[k] = v), cb(ok(undefined))),
            removeAsync: (k: string, cb: (r: unknown) => void) => (delete state.session[k], cb(ok(undefined))),
          },
        },
      },
    },
  };
  return { office: new OfficeMockObject(data, OfficeApp.Outlook) as unknown as typeof Office, state };
}

/** The notice to the recording service, recorded; it answers as told (true, false, a failure, or never). */
function notifier(answer: 'accepted' | 'refused' | 'throws' | 'never' = 'accepted') {
  const told: unknown[] = [];
  const notify: Notify = (c) => {
    told.push(c);
    if (answer === 'throws') return Promise.reject(new Error('network down'));
    if (answer === 'never') return new Promise<boolean>(() => undefined);
    return Promise.resolve(answer === 'accepted');
  };
  return { notify, told };
}

function sendEvent() {
  const completions: { allowEvent?: boolean }[] = [];
  return { event: { completed: (o?: { allowEvent?: boolean }) => completions.push(o ?? {}) } as unknown as Office.AddinCommands.Event, completions };
}

describe('File when sent (compose) and the OnMessageSend handler', () => {
  it('in compose, stamps the message with the marker header and keeps the choice in session data; removing undoes both', async () => {
    const { office, state } = compose();
    await saveChoice(office, choice);
    expect(state.headers).toEqual({ [FILING_MARKER_HEADER]: choice.marker });
    expect(JSON.parse(state.session[SESSION_KEY]!)).toEqual(choice);
    await clearChoice(office);
    expect(state.headers).toEqual({});
    expect(state.session).toEqual({});
  });

  it('at send, queues the chosen filing in roaming settings (with the subject) and lets the e-mail go', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) }, headers: { [FILING_MARKER_HEADER]: choice.marker } });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, undefined, notifier().notify);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saved[ROAMING_KEY]).toEqual([expect.objectContaining({ ...choice, subject: 'Visit on Thursday', state: 'waiting' })]);
    expect(loadPending(office).map((p) => p.marker)).toEqual([choice.marker]);
  });

  it('sets the marker header again at send if it was lost, and queues a re-sent choice once', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) } });
    await handleMessageSend(office, sendEvent().event, undefined, notifier().notify);
    await handleMessageSend(office, sendEvent().event, undefined, notifier().notify);
    expect(state.headers[FILING_MARKER_HEADER]).toBe(choice.marker);
    expect(state.saved[ROAMING_KEY]).toHaveLength(1);
  });

  it('lets the e-mail go untouched when nothing was chosen', async () => {
    const { office, state } = compose();
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, undefined, notifier().notify);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saves).toBe(0);
    expect(state.headers).toEqual({});
  });

  it('lets the e-mail go when the filing cannot be queued (roaming settings refused)', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) }, failRoamingSave: true });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, undefined, notifier().notify);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saves).toBe(1);
  });

  it('lets the e-mail go, once, when Outlook never answers within the limit', async () => {
    const { office } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) }, neverAnswer: true });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, 50, notifier().notify);
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it('on an Outlook without the send event (below Mailbox 1.12), queues nothing and lets the e-mail go', async () => {
    const { office, state } = compose({ version: 1.11, session: { [SESSION_KEY]: JSON.stringify(choice) } });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, undefined, notifier().notify);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saves).toBe(0);
  });

  it('at send, tells the recording service (marker, person, purpose) as well as queuing it, and lets the e-mail go', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) }, headers: { [FILING_MARKER_HEADER]: choice.marker } });
    const { event, completions } = sendEvent();
    const { notify, told } = notifier();
    await handleMessageSend(office, event, undefined, notify);
    expect(told).toEqual([expect.objectContaining({ marker: choice.marker, person: choice.person, purpose: choice.purpose, harmOrRisk: false })]);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saved[ROAMING_KEY]).toEqual([expect.objectContaining({ marker: choice.marker, state: 'waiting' })]);
  });

  for (const answer of ['refused', 'throws'] as const) {
    it(`lets the e-mail go and keeps the roaming queue for the pane when the service ${answer === 'refused' ? 'refuses the notice' : 'cannot be reached'}`, async () => {
      const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) } });
      const { event, completions } = sendEvent();
      const { notify, told } = notifier(answer);
      await handleMessageSend(office, event, undefined, notify);
      expect(told).toHaveLength(1);
      expect(completions).toEqual([{ allowEvent: true }]);
      expect(state.saved[ROAMING_KEY]).toEqual([expect.objectContaining({ marker: choice.marker })]);
    });
  }

  it('lets the e-mail go, once, when the service never answers the notice (and still queues it)', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) } });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, 50, notifier('never').notify);
    expect(completions).toEqual([{ allowEvent: true }]);
    await new Promise((r) => setTimeout(r, 80));
    expect(completions).toHaveLength(1);
    expect(state.saved[ROAMING_KEY]).toEqual([expect.objectContaining({ marker: choice.marker })]);
  });

  it('tells the service nothing when nothing was chosen', async () => {
    const { office } = compose();
    const { notify, told } = notifier();
    await handleMessageSend(office, sendEvent().event, undefined, notify);
    expect(told).toEqual([]);
  });
});

describe('the notice to the recording service (notifySent)', () => {
  const full: SendChoice = { ...choice, person: { ...choice.person, dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child' } };

  it('posts the filing fields with the worker\'s token to /api/emails/sent/pending', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchStub = (async (url: string, init: RequestInit) => (calls.push({ url, init }), new Response('{}', { status: 202 }))) as unknown as typeof fetch;
    expect(await notifySent(full, { token: async () => 'naa-token', fetch: fetchStub, origin: 'https://care.example.org' })).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://care.example.org/api/emails/sent/pending');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer naa-token' });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ marker: choice.marker, person: 'P-1001', personName: 'Casey Child', dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child', purpose: 'Confirm the visit', harmOrRisk: false });
  });

  it('sends no Authorization header in local mode (no token)', async () => {
    let headers: unknown;
    const fetchStub = (async (_u: string, init: RequestInit) => ((headers = init.headers), new Response('{}', { status: 202 }))) as unknown as typeof fetch;
    await notifySent(choice, { token: async () => undefined, fetch: fetchStub, origin: '' });
    expect(headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('answers false, never throws, when the service refuses, the network fails, sign-in fails or the answer is late', async () => {
    const refused = (async () => new Response('{}', { status: 403 })) as unknown as typeof fetch;
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const slow = ((_u: string, init: RequestInit) => new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch;
    expect(await notifySent(choice, { token: async () => 't', fetch: refused, origin: '' })).toBe(false);
    expect(await notifySent(choice, { token: async () => 't', fetch: down, origin: '' })).toBe(false);
    expect(await notifySent(choice, { token: async () => Promise.reject(new Error('interaction_required')), fetch: refused, origin: '' })).toBe(false);
    const started = Date.now();
    expect(await notifySent(choice, { token: async () => 't', fetch: slow, origin: '', limitMs: 50 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    // A sign-in that never answers is bounded by the same limit.
    expect(await notifySent(choice, { token: () => new Promise<string>(() => undefined), fetch: refused, origin: '', limitMs: 50 })).toBe(false);
  });
});
