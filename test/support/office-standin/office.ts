// A stand-in for office.js in the browser test: the Outlook calls the pane uses, behaving as Microsoft documents them
// (callbacks with {status, value | error}; one item loaded at a time; the master category list refusing duplicates;
// custom properties saved per item), over a scripted mailbox the test sets in window.__outlookScript before load.

export interface ScriptedMessage {
  itemId: string;
  internetMessageId: string;
  subject: string;
  from: { emailAddress: string; displayName: string };
  to: { emailAddress: string; displayName: string }[];
  cc?: { emailAddress: string; displayName: string }[];
  dateTimeCreated: string;
  /** The message as EML: head + line repeated `times` (a large e-mail without sending megabytes of script). */
  eml: { head: string; line?: string; times?: number };
}

export interface OutlookScript {
  /** Highest Mailbox requirement set, e.g. "1.15". */
  version: string;
  user: { emailAddress: string; displayName: string };
  messages: ScriptedMessage[];
  selected: string[];
  masterCategories?: { displayName: string; color: string }[];
  /** Custom properties already saved on messages (by an earlier session of the add-in). */
  customProperties?: Record<string, Record<string, unknown>>;
  /** The message being written: the current item in the compose pane (?mode=compose) and in the send handler's runtime. */
  compose?: { subject: string; to: { emailAddress: string; displayName: string }[] };
}

/** Kept in the page origin's localStorage, so the compose pane, the send handler's runtime and the read pane share them. */
export interface PersistedOutlook {
  /** The mailbox's roaming settings (Office.context.roamingSettings), as last saved. */
  roaming: Record<string, unknown>;
  /** The compose item's internet headers and session data. */
  headers: Record<string, string>;
  session: Record<string, string>;
  /** What the OnMessageSend handler passed to event.completed, once per send. */
  sendCompletions: { allowEvent?: boolean }[];
}

export interface OutlookState {
  masterCategories: { displayName: string; color: string }[];
  categories: Record<string, string[]>;
  customProperties: Record<string, Record<string, unknown>>;
  loads: number;
  unloads: number;
  calls: string[];
}

type Callback<T> = (r: { status: 'succeeded' | 'failed'; value?: T; error?: { code: number; name: string; message: string } }) => void;

const w = window as unknown as { __outlookScript: OutlookScript; __outlook: OutlookState; Office: unknown };
const script = w.__outlookScript;
const state: OutlookState = { masterCategories: [...(script.masterCategories ?? [])], categories: {}, customProperties: { ...(script.customProperties ?? {}) }, loads: 0, unloads: 0, calls: [] };
w.__outlook = state;

const STORE_KEY = '__outlookStandIn';
const persisted: PersistedOutlook = { roaming: {}, headers: {}, session: {}, sendCompletions: [], ...(JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as Partial<PersistedOutlook>) };
const persist = () => localStorage.setItem(STORE_KEY, JSON.stringify(persisted));

const later = (fn: () => void) => setTimeout(fn, 5);
const ok = <T>(cb: Callback<T> | undefined, value?: T) => later(() => cb?.({ status: 'succeeded', value }));
const fail = <T>(cb: Callback<T> | undefined, code: number, name: string, message: string) => later(() => cb?.({ status: 'failed', error: { code, name, message } }));
const lastArg = <T>(args: unknown[]) => args.filter((a) => typeof a === 'function').pop() as Callback<T> | undefined;

const emlOf = (m: ScriptedMessage) => m.eml.head + (m.eml.line ?? '').repeat(m.eml.times ?? 0);
function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

let loaded: string | undefined;
const handlers: Record<string, (() => void)[]> = {};

function item(m: ScriptedMessage) {
  const addr = (a: { emailAddress: string; displayName: string }) => ({ ...a, recipientType: 'other' });
  return {
    itemId: m.itemId,
    itemType: 'message',
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    from: addr(m.from),
    sender: addr(m.from),
    to: m.to.map(addr),
    cc: (m.cc ?? []).map(addr),
    dateTimeCreated: new Date(m.dateTimeCreated),
    getAsFileAsync(...args: unknown[]) {
      state.calls.push(`getAsFileAsync:${m.itemId}`);
      ok(lastArg<string>(args), toBase64(emlOf(m)));
    },
    categories: {
      getAsync: (...args: unknown[]) => ok(lastArg(args), (state.categories[m.itemId] ?? []).map((displayName) => ({ displayName, color: 'Preset4' }))),
      addAsync(names: string[], ...args: unknown[]) {
        const cb = lastArg<void>(args);
        const missing = names.filter((n) => !state.masterCategories.some((c) => c.displayName === n));
        // Documented: a category must be in the mailbox's master list before it can be applied.
        if (missing.length > 0) return fail(cb, 9000, 'InvalidCategory', 'Invalid category was specified.');
        state.categories[m.itemId] = [...new Set([...(state.categories[m.itemId] ?? []), ...names])];
        ok(cb);
      },
    },
    loadCustomPropertiesAsync(...args: unknown[]) {
      const saved = { ...(state.customProperties[m.itemId] ?? {}) };
      const props = {
        get: (name: string) => saved[name],
        set: (name: string, value: unknown) => void (saved[name] = value),
        remove: (name: string) => void delete saved[name],
        getAll: () => ({ ...saved }),
        saveAsync: (...a: unknown[]) => {
          state.customProperties[m.itemId] = { ...saved };
          ok(lastArg<void>(a));
        },
      };
      ok(lastArg(args), props);
    },
    unloadAsync(...args: unknown[]) {
      state.unloads++;
      loaded = undefined;
      ok(lastArg<void>(args));
    },
  };
}

// The compose item: Mailbox 1.8 internet headers, 1.11 session data (a key never set answers with an error).
function composeItem(c: NonNullable<OutlookScript['compose']>) {
  const addr = (a: { emailAddress: string; displayName: string }) => ({ ...a, recipientType: 'other' });
  return {
    itemType: 'message',
    subject: { getAsync: (...args: unknown[]) => ok(lastArg(args), c.subject) },
    to: { getAsync: (...args: unknown[]) => ok(lastArg(args), c.to.map(addr)) },
    cc: { getAsync: (...args: unknown[]) => ok(lastArg(args), []) },
    internetHeaders: {
      getAsync: (names: string[], ...args: unknown[]) => ok(lastArg(args), Object.fromEntries(names.filter((n) => n in persisted.headers).map((n) => [n, persisted.headers[n]]))),
      setAsync(headers: Record<string, string>, ...args: unknown[]) {
        Object.assign(persisted.headers, headers);
        persist();
        ok(lastArg<void>(args));
      },
      removeAsync(names: string[], ...args: unknown[]) {
        for (const n of names) delete persisted.headers[n];
        persist();
        ok(lastArg<void>(args));
      },
    },
    sessionData: {
      getAsync(key: string, ...args: unknown[]) {
        const cb = lastArg<string>(args);
        if (key in persisted.session) ok(cb, persisted.session[key]);
        else fail(cb, 9087, 'SessionObjectNotFound', 'The key was not found in session data.');
      },
      setAsync(key: string, value: string, ...args: unknown[]) {
        persisted.session[key] = value;
        persist();
        ok(lastArg<void>(args));
      },
      removeAsync(key: string, ...args: unknown[]) {
        delete persisted.session[key];
        persist();
        ok(lastArg<void>(args));
      },
    },
  };
}
const inComposeContext = location.search.includes('mode=compose') || location.pathname.endsWith('/commands.html');

const byId = (id: string) => script.messages.find((m) => m.itemId === id);
const versionNumber = (v: string) => Number(v.split('.')[1] ?? 0);

const mailbox = {
  userProfile: { emailAddress: script.user.emailAddress, displayName: script.user.displayName, timeZone: 'GMT Standard Time' },
  // In a multi-select pane there is no single current item; in compose, the message being written.
  item: script.compose && inComposeContext ? composeItem(script.compose) : null,
  getSelectedItemsAsync(...args: unknown[]) {
    state.calls.push('getSelectedItemsAsync');
    ok(lastArg(args), script.selected.map((id) => {
      const m = byId(id)!;
      return { itemId: m.itemId, itemMode: 'Read', itemType: 'Message', subject: m.subject, internetMessageId: m.internetMessageId, conversationId: `conv-${m.itemId}`, hasAttachment: false };
    }));
  },
  loadItemByIdAsync(itemId: string, ...args: unknown[]) {
    const cb = lastArg(args);
    state.calls.push(`loadItemByIdAsync:${itemId}`);
    // Documented: only one item can be loaded at a time; unload it before loading the next.
    if (loaded !== undefined) return fail(cb, 9041, 'ItemAlreadyLoaded', 'Another item is already loaded. Call unloadAsync first.');
    const m = byId(itemId);
    if (!m) return fail(cb, 9040, 'ItemNotFound', 'The item could not be found.');
    loaded = itemId;
    state.loads++;
    ok(cb, item(m));
  },
  convertToRestId: (id: string) => `rest:${id}`,
  masterCategories: {
    getAsync: (...args: unknown[]) => ok(lastArg(args), state.masterCategories.map((c) => ({ ...c }))),
    addAsync(cats: { displayName: string; color: string }[], ...args: unknown[]) {
      const cb = lastArg<void>(args);
      if (cats.some((c) => state.masterCategories.some((x) => x.displayName === c.displayName))) return fail(cb, 9045, 'DuplicateCategory', 'The category already exists.');
      state.masterCategories.push(...cats.map((c) => ({ ...c })));
      ok(cb);
    },
  },
  addHandlerAsync(type: string, handler: () => void, ...args: unknown[]) {
    (handlers[type] ??= []).push(handler);
    ok(lastArg(args));
  },
};

/** The test changes the selection as a worker would in the message list; Outlook then raises SelectedItemsChanged. */
(w as unknown as { __outlookSelect: (ids: string[]) => void }).__outlookSelect = (ids) => {
  script.selected = ids;
  for (const handler of handlers.olkSelectedItemsChanged ?? []) later(() => handler());
};

// Roaming settings: get/set/remove in memory, saveAsync makes them last (here: across the test's page loads).
const roaming = { ...persisted.roaming };
const roamingSettings = {
  get: (name: string) => roaming[name],
  set: (name: string, value: unknown) => void (roaming[name] = value),
  remove: (name: string) => void delete roaming[name],
  saveAsync(...args: unknown[]) {
    persisted.roaming = JSON.parse(JSON.stringify(roaming)) as Record<string, unknown>;
    persist();
    ok(lastArg<void>(args));
  },
};

// Event-based activation: Office.actions.associate registers handlers; the test presses Send through __outlookSend.
const actions: Record<string, (event: unknown) => void> = {};
(w as unknown as { __outlookSend: () => void }).__outlookSend = () => {
  actions.onMessageSendHandler?.({
    type: 'olkMessageSend',
    completed(options?: { allowEvent?: boolean }) {
      persisted.sendCompletions.push(options ?? {});
      persist();
    },
  });
};

const colors = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`Preset${i}`, `Preset${i}`]));
w.Office = {
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Outlook', platform: 'OfficeOnline' };
    return new Promise((resolve) => later(() => (cb?.(info), resolve(info))));
  },
  context: {
    requirements: { isSetSupported: (name: string, v = '1.1') => name === 'Mailbox' && versionNumber(v) <= versionNumber(script.version) },
    mailbox,
    roamingSettings,
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '20261201001', platform: 'OfficeOnline' },
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { SelectedItemsChanged: 'olkSelectedItemsChanged', ItemChanged: 'olkItemSelectedChanged' },
  MailboxEnums: { RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' }, CategoryColor: colors, ItemType: { Message: 'message', Appointment: 'appointment' } },
  actions: { associate: (name: string, fn: (event: unknown) => void) => void (actions[name] = fn) },
};
