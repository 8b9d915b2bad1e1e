import { OfficeApp } from 'office-addin-manifest';
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { correspondents, FILED_CATEGORY, FILED_PROPERTY, Mailbox } from '../../addin/src/mailbox';

// The pane's one Office.js module against office-addin-mock, shaped as Microsoft documents the calls: callbacks with
// {status, value | error}, Mailbox requirement sets answered by isSetSupported, one item loaded at a time.

interface Message {
  itemId: string;
  internetMessageId: string;
  subject: string;
  from: string;
  to: string[];
  eml: string;
}

const messages: Message[] = [
  { itemId: 'AAMk-1', internetMessageId: '<m1@mail.example>', subject: 'Tuesday visit', from: 'mum@example.org', to: ['alex@council.example'], eml: 'Message-ID: <m1@mail.example>\r\n\r\nHello' },
  { itemId: 'AAMk-2', internetMessageId: '<m2@mail.example>', subject: 'Re: school', from: 'alex@council.example', to: ['head@school.example', 'mum@example.org'], eml: 'Message-ID: <m2@mail.example>\r\n\r\nHi' },
];

function outlook(options: { version: number; current?: Message; failCategories?: boolean }) {
  const state = { master: [] as { displayName: string }[], masterAdds: 0, categories: new Map<string, string[]>(), props: new Map<string, Record<string, string>>(), loaded: 0, unloaded: 0, open: 0, maxOpen: 0 };
  const ok = <T>(value: T) => ({ status: 'succeeded', value });
  const failed = (message: string) => ({ status: 'failed', error: { code: 9000, message } });
  const item = (m: Message) => ({
    itemId: m.itemId,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    from: { emailAddress: m.from, displayName: m.from.split('@')[0] },
    to: m.to.map((a) => ({ emailAddress: a, displayName: a })),
    cc: [],
    dateTimeCreated: new Date('2026-12-03T09:14:00Z'),
    getAsFileAsync: (cb: (r: unknown) => void) => cb(ok(Buffer.from(m.eml).toString('base64'))),
    categories: {
      addAsync: (names: string[], cb: (r: unknown) => void) => {
        if (options.failCategories) return cb(failed('The category could not be added.'));
        state.categories.set(m.itemId, [...(state.categories.get(m.itemId) ?? []), ...names]);
        cb(ok(undefined));
      },
    },
    loadCustomPropertiesAsync: (cb: (r: unknown) => void) => {
      const pending: Record<string, string> = { ...(state.props.get(m.itemId) ?? {}) };
      cb(ok({ get: (k: string) => pending[k], set: (k: string, v: string) => (pending[k] = v), saveAsync: (done: (r: unknown) => void) => (state.props.set(m.itemId, pending), done(ok(undefined))) }));
    },
    unloadAsync: (cb: (r: unknown) => void) => {
      state.unloaded++;
      state.open--;
      cb(ok(undefined));
    },
  });
  const data = {
    context: {
      requirements: { isSetSupported: (name: string, v: string) => name === 'Mailbox' && Number(v.split('.')[1]) <= Math.round((options.version % 1) * 100) },
      mailbox: {
        userProfile: { emailAddress: 'Alex@council.example' },
        ...(options.current ? { item: item(options.current) } : {}),
        getSelectedItemsAsync: (cb: (r: unknown) => void) => cb(ok(messages.map((m) => ({ itemId: m.itemId, internetMessageId: m.internetMessageId, subject: m.subject, itemType: 'message', itemMode: 'read' })))),
        loadItemByIdAsync: (id: string, cb: (r: unknown) => void) => {
          const m = messages.find((x) => x.itemId === id);
          if (!m) return cb(failed('The item was not found.'));
          state.loaded++;
          state.open++;
          state.maxOpen = Math.max(state.maxOpen, state.open);
          setTimeout(() => cb(ok(item(m))), 1);
        },
        convertToRestId: (id: string) => `rest-${id}`,
        masterCategories: {
          getAsync: (cb: (r: unknown) => void) => cb(ok([...state.master])),
          addAsync: (cats: { displayName: string }[], cb: (r: unknown) => void) => (state.masterAdds++, state.master.push(...cats), cb(ok(undefined))),
        },
        addHandlerAsync: () => undefined,
      },
    },
    EventType: { SelectedItemsChanged: 'olkSelectedItemsChanged', ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' }, CategoryColor: { Preset4: 'Preset4' } },
  };
  return { office: new OfficeMockObject(data, OfficeApp.Outlook) as unknown as typeof Office, state };
}

const mark = { reference: 'CR-20261203-ABCDEFGH', person: { reference: 'P-1001', name: 'Casey Child' }, filedAt: '2026-12-03T10:00:00Z' };

describe('mailbox (the Office.js module)', () => {
  it('with Mailbox 1.15 lists every selected e-mail with correspondents, time and direction, loading one at a time', async () => {
    const { office, state } = outlook({ version: 1.15 });
    const mb = new Mailbox(office);
    expect(mb.can).toEqual({ multiSelect: true, eml: true, loadById: true, categories: true });
    const list = await mb.selected();
    expect(list).toEqual([
      expect.objectContaining({ itemId: 'AAMk-1', internetMessageId: '<m1@mail.example>', subject: 'Tuesday visit', direction: 'incoming', at: '2026-12-03T09:14:00.000Z', partial: false }),
      expect.objectContaining({ itemId: 'AAMk-2', direction: 'outgoing', recipients: [{ name: 'head@school.example', address: 'head@school.example' }, { name: 'mum@example.org', address: 'mum@example.org' }] }),
    ]);
    expect(correspondents(list[1]!, mb.userAddress)).toEqual(['head@school.example', 'mum@example.org']);
    expect(state).toMatchObject({ loaded: 2, unloaded: 2, maxOpen: 1 });
  });

  it('gets each e-mail as its original EML bytes (getAsFileAsync, 1.14)', async () => {
    const { office } = outlook({ version: 1.15 });
    const src = await new Mailbox(office).source('AAMk-2');
    expect(src.kind).toBe('eml');
    expect(Buffer.from((src as { bytes: Uint8Array }).bytes).toString()).toBe(messages[1]!.eml);
  });

  it('marks a filed e-mail: creates the "Filed" category once, adds it, and stores the reference as a custom property', async () => {
    const { office, state } = outlook({ version: 1.15 });
    const mb = new Mailbox(office);
    expect(await mb.markFiled('AAMk-1', mark)).toEqual({ category: true, property: true });
    expect(await mb.markFiled('AAMk-2', { ...mark, reference: 'CR-2' })).toEqual({ category: true, property: true });
    expect(state.masterAdds).toBe(1);
    expect(state.master).toEqual([{ displayName: FILED_CATEGORY, color: 'Preset4' }]);
    expect(state.categories.get('AAMk-1')).toEqual([FILED_CATEGORY]);
    expect(JSON.parse(state.props.get('AAMk-2')![FILED_PROPERTY]!)).toMatchObject({ reference: 'CR-2', person: { reference: 'P-1001' } });
  });

  it('reads the mark back on the open e-mail, and reports a refused category without failing the property', async () => {
    const { office, state } = outlook({ version: 1.15, current: messages[0], failCategories: true });
    const mb = new Mailbox(office);
    expect(await mb.filedMark()).toBeUndefined();
    expect(await mb.markFiled('AAMk-1', mark)).toEqual({ category: false, property: true });
    expect(state.loaded).toBe(0); // the open e-mail is used directly, not loaded again
    expect(await mb.filedMark()).toEqual(mark);
  });

  it('with 1.13 only: the selection without details (marked partial), and the EML fetched by the server through Graph', async () => {
    const { office } = outlook({ version: 1.13 });
    const mb = new Mailbox(office);
    expect(mb.can).toEqual({ multiSelect: true, eml: false, loadById: false, categories: true });
    const list = await mb.selected();
    expect(list.map((m) => [m.subject, m.internetMessageId, m.partial])).toEqual([['Tuesday visit', '<m1@mail.example>', true], ['Re: school', '<m2@mail.example>', true]]);
    expect(await mb.source('AAMk-1')).toEqual({ kind: 'graph', graphMessageId: 'rest-AAMk-1' });
    expect(await mb.markFiled('AAMk-1', mark)).toEqual({ category: false, property: false });
  });

  it('on mobile (Mailbox 1.5) files the open e-mail: no multi-select, no categories, EML through Graph', async () => {
    const { office } = outlook({ version: 1.05, current: messages[0] });
    const mb = new Mailbox(office);
    expect(mb.can).toEqual({ multiSelect: false, eml: false, loadById: false, categories: false });
    expect((await mb.selected()).map((m) => m.itemId)).toEqual(['AAMk-1']);
    expect(await mb.source('AAMk-1')).toEqual({ kind: 'graph', graphMessageId: 'rest-AAMk-1' });
    expect(await mb.markFiled('AAMk-1', mark)).toEqual({ category: false, property: true });
  });
});
