/// <reference types="office-js" />

// The only code that touches Office.js. Requirement sets are checked at run time: multi-select (Mailbox 1.13),
// the message as EML (1.14), loading a selected message by id (1.15), categories (1.8); below them the pane still
// files the open e-mail, and the server fetches the EML through Microsoft Graph.

export interface Address {
  name: string;
  address: string;
}

export interface MailSummary {
  itemId: string;
  internetMessageId?: string;
  subject: string;
  from?: Address;
  /** To and Cc. */
  recipients: Address[];
  /** When the message was created (received or sent), ISO 8601. */
  at?: string;
  direction: 'incoming' | 'outgoing';
  /** Only the selection's subject and ids are known (Mailbox 1.13 without 1.15). */
  partial: boolean;
  /** The filing mark this add-in left on the message, if any (the server's look-up is the authority). */
  mark?: FiledMark;
}

export type MessageSource = { kind: 'eml'; bytes: Uint8Array } | { kind: 'graph'; graphMessageId: string };

export interface FiledMark {
  reference: string;
  person: { reference: string; name: string };
  filedAt: string;
}

export interface Capabilities {
  multiSelect: boolean;
  eml: boolean;
  loadById: boolean;
  categories: boolean;
}

export const FILED_CATEGORY = 'Filed';
export const FILED_PROPERTY = 'careRecord';

export class MailboxError extends Error {
  override readonly name = 'MailboxError';
  constructor(
    message: string,
    readonly code?: number | string,
  ) {
    super(message);
  }
}

/** One Office.js callback call as a promise; a failure carries Outlook's own message. */
function call<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((r) => {
      if (String(r.status) === 'succeeded') resolve(r.value);
      else reject(new MailboxError(r.error?.message || 'Outlook could not complete the request.', r.error?.code));
    });
  });
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

type ReadItem = Office.MessageRead | Office.LoadedMessageRead;
const toAddress = (d: Office.EmailAddressDetails | undefined): Address | undefined => (d && d.emailAddress ? { name: d.displayName || d.emailAddress, address: d.emailAddress } : undefined);

export class Mailbox {
  readonly can: Capabilities;
  private queue: Promise<unknown> = Promise.resolve();
  private categoryReady?: Promise<void>;

  constructor(private readonly office: typeof Office) {
    const has = (v: string) => office.context.requirements.isSetSupported('Mailbox', v);
    this.can = { multiSelect: has('1.13'), eml: has('1.14'), loadById: has('1.15'), categories: has('1.8') };
  }

  private get mailbox(): Office.Mailbox {
    return this.office.context.mailbox;
  }

  get userAddress(): string {
    return this.mailbox.userProfile?.emailAddress ?? '';
  }

  get userName(): string {
    return this.mailbox.userProfile?.displayName ?? '';
  }

  /** The selected messages (up to 100 with multi-select), or the open one. */
  async selected(): Promise<MailSummary[]> {
    if (!this.can.multiSelect) {
      const item = this.mailbox.item as Office.MessageRead | null | undefined;
      return item ? [{ ...this.summary(item), mark: await this.readMark(item) }] : [];
    }
    const details = await call<Office.SelectedItemDetails[]>((cb) => this.mailbox.getSelectedItemsAsync(cb));
    const messages = details.filter((d) => String(d.itemType).toLowerCase() === 'message');
    if (!this.can.loadById) {
      return messages.map((d) => ({ itemId: d.itemId, internetMessageId: d.internetMessageId || undefined, subject: d.subject ?? '', recipients: [], direction: 'incoming', partial: true }));
    }
    const out: MailSummary[] = [];
    for (const d of messages) out.push(await this.withItem(d.itemId, async (item) => ({ ...this.summary(item), mark: await this.readMark(item) })));
    return out;
  }

  /** Calls back when the selection (or, without multi-select, the open e-mail) changes. */
  onSelectionChanged(handler: () => void): void {
    const type = this.can.multiSelect ? this.office.EventType.SelectedItemsChanged : this.office.EventType.ItemChanged;
    this.mailbox.addHandlerAsync(type, handler);
  }

  /** The message itself: its EML from Outlook (1.14), or its Graph id for the server to fetch it. */
  async source(itemId: string): Promise<MessageSource> {
    if (this.can.eml && (this.can.loadById || this.isCurrent(itemId))) {
      const b64 = await this.withItem(itemId, (item) => call<string>((cb) => (item as Office.MessageRead).getAsFileAsync(cb)));
      return { kind: 'eml', bytes: base64ToBytes(b64) };
    }
    return { kind: 'graph', graphMessageId: this.mailbox.convertToRestId(itemId, this.office.MailboxEnums.RestVersion.v2_0) };
  }

  /** The "Filed" category (created once if the mailbox lacks it) and the record reference as a custom property. */
  async markFiled(itemId: string, mark: FiledMark): Promise<{ category: boolean; property: boolean }> {
    if (!this.can.loadById && !this.isCurrent(itemId)) return { category: false, property: false };
    const category = this.can.categories
      ? await this.ensureCategory()
          .then(() => this.withItem(itemId, (item) => call<void>((cb) => item.categories.addAsync([FILED_CATEGORY], cb))))
          .then(() => true, () => false)
      : false;
    const property = await this.withItem(itemId, async (item) => {
      const props = await call<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb));
      props.set(FILED_PROPERTY, JSON.stringify(mark));
      await call<void>((cb) => props.saveAsync(cb));
    }).then(() => true, () => false);
    return { category, property };
  }

  /** The filing mark on the open e-mail, if it has one. */
  async filedMark(): Promise<FiledMark | undefined> {
    const item = this.mailbox.item as Office.MessageRead | null | undefined;
    return item ? this.readMark(item) : undefined;
  }

  private async readMark(item: ReadItem): Promise<FiledMark | undefined> {
    const props = await call<Office.CustomProperties>((cb) => item.loadCustomPropertiesAsync(cb)).catch(() => undefined);
    const raw = props?.get(FILED_PROPERTY) as string | undefined;
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as FiledMark;
    } catch {
      return undefined;
    }
  }

  private ensureCategory(): Promise<void> {
    this.categoryReady ??= (async () => {
      const master = this.mailbox.masterCategories;
      const existing = await call<Office.CategoryDetails[]>((cb) => master.getAsync(cb));
      if (existing.some((c) => c.displayName === FILED_CATEGORY)) return;
      await call<void>((cb) => master.addAsync([{ displayName: FILED_CATEGORY, color: this.office.MailboxEnums.CategoryColor.Preset4 }], cb));
    })().catch((err: unknown) => {
      this.categoryReady = undefined;
      throw err;
    });
    return this.categoryReady;
  }

  private isCurrent(itemId: string): boolean {
    return (this.mailbox.item as Office.MessageRead | null | undefined)?.itemId === itemId;
  }

  /** Runs fn on the message: the open one directly, another selected one loaded by id (one at a time) and unloaded after. */
  private withItem<T>(itemId: string, fn: (item: ReadItem) => Promise<T>): Promise<T> {
    const run = async () => {
      const current = this.mailbox.item as Office.MessageRead | null | undefined;
      if (current?.itemId === itemId) return fn(current);
      if (!this.can.loadById) throw new MailboxError('This version of Outlook cannot open another selected e-mail from the pane.');
      const loaded = (await call<Office.LoadedMessageCompose | Office.LoadedMessageRead>((cb) => this.mailbox.loadItemByIdAsync(itemId, cb))) as Office.LoadedMessageRead;
      try {
        return await fn(loaded);
      } finally {
        await call<void>((cb) => loaded.unloadAsync(cb)).catch(() => undefined);
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private summary(item: ReadItem): MailSummary {
    const from = toAddress(item.from);
    const recipients = [...(item.to ?? []), ...(item.cc ?? [])].map(toAddress).filter((a): a is Address => a !== undefined);
    const me = this.userAddress.toLowerCase();
    const at = item.dateTimeCreated instanceof Date ? item.dateTimeCreated.toISOString() : undefined;
    return {
      itemId: item.itemId,
      internetMessageId: item.internetMessageId || undefined,
      subject: item.subject ?? '',
      from,
      recipients,
      at,
      direction: me !== '' && from?.address.toLowerCase() === me ? 'outgoing' : 'incoming',
      partial: false,
    };
  }
}

/** Everyone in the e-mail except the worker: the addresses a suggestion and the known-contacts check look at. */
export function correspondents(m: MailSummary, me: string): string[] {
  const all = [m.from, ...m.recipients].filter((a): a is Address => a !== undefined).map((a) => a.address.toLowerCase());
  return [...new Set(all)].filter((a) => a !== me.toLowerCase());
}
