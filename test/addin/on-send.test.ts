import { OfficeApp } from 'office-addin-manifest';
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { FILING_MARKER_HEADER } from '../../src/email/filing-marker';
import { handleMessageSend } from '../../addin/src/on-send';
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
    await handleMessageSend(office, event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saved[ROAMING_KEY]).toEqual([expect.objectContaining({ ...choice, subject: 'Visit on Thursday', state: 'waiting' })]);
    expect(loadPending(office).map((p) => p.marker)).toEqual([choice.marker]);
  });

  it('sets the marker header again at send if it was lost, and queues a re-sent choice once', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) } });
    await handleMessageSend(office, sendEvent().event);
    await handleMessageSend(office, sendEvent().event);
    expect(state.headers[FILING_MARKER_HEADER]).toBe(choice.marker);
    expect(state.saved[ROAMING_KEY]).toHaveLength(1);
  });

  it('lets the e-mail go untouched when nothing was chosen', async () => {
    const { office, state } = compose();
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saves).toBe(0);
    expect(state.headers).toEqual({});
  });

  it('lets the e-mail go when the filing cannot be queued (roaming settings refused)', async () => {
    const { office, state } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) }, failRoamingSave: true });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saves).toBe(1);
  });

  it('lets the e-mail go, once, when Outlook never answers within the limit', async () => {
    const { office } = compose({ session: { [SESSION_KEY]: JSON.stringify(choice) }, neverAnswer: true });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event, 50);
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it('on an Outlook without the send event (below Mailbox 1.12), queues nothing and lets the e-mail go', async () => {
    const { office, state } = compose({ version: 1.11, session: { [SESSION_KEY]: JSON.stringify(choice) } });
    const { event, completions } = sendEvent();
    await handleMessageSend(office, event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(state.saves).toBe(0);
  });
});
