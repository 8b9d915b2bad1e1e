import { ApiError, fileByGraphId, fileEml, filingsOf, recordNote, suggestions, type FieldError, type Filing, type FiledReply, type FilingFields, type PersonChoice } from './api';
import { button, checkbox, setChecked, type CheckboxElement } from './fluent';
import { h, replace, uid } from './dom';
import { PersonPicker } from './person-picker';
import { clearDraft, idempotencyKey, loadDraft, loadValue, saveDraft, saveValue, SUPERVISION_FILE_KEY, type Draft } from './drafts';
import { dateTime, dayMonth, size, ukIsoDate } from './format';
import { correspondents, MailboxError, type Mailbox, type MailSummary } from './mailbox';
import type { SentFilings } from './sent-filings';

// The task pane: the selected e-mails, the person (suggested or found, never typed free), the fields each contact
// recording needs pre-filled, then one filing request per e-mail with its own progress, plain errors and retry.

type Kind = 'contact-recording' | 'supervision-decision';

interface NoteFields {
  block: HTMLElement;
  supervisor: HTMLInputElement;
  setting: HTMLSelectElement;
  decision: HTMLTextAreaElement;
  reasons: HTMLTextAreaElement;
  discussed: CheckboxElement;
  riskAssessed: CheckboxElement;
}

interface Row {
  mail: MailSummary;
  key: string;
  filed: Filing[];
  /** Filed already: left out unless the worker asks to file it to another record too. */
  include: boolean;
  state: 'ready' | 'working' | 'done' | 'failed';
  els: { root: HTMLElement; status: HTMLElement; warn: HTMLElement; filedNote: HTMLElement; include?: CheckboxElement; contact: HTMLElement; purpose: HTMLInputElement; extract: HTMLTextAreaElement; harm: CheckboxElement; note: NoteFields; fieldErrors: Map<string, HTMLElement> };
}

/** Where the server's field errors are shown: the request field → the pane's field. */
const FIELD_FOR: Record<string, string> = {
  purpose: 'purpose',
  extract: 'extract',
  discussion: 'extract',
  harmOrRisk: 'harmOrRisk',
  'supervisor.name': 'supervisor',
  setting: 'setting',
  'decisions.0.decision': 'decision',
  'decisions.0.reasons': 'reasons',
};

export class Pane {
  private rows: Row[] = [];
  private busy = false;
  /** The selection changed while filing: read it again when filing ends. */
  private reloadWhenIdle = false;
  private kind: Kind = 'contact-recording';
  private readonly els = {
    status: h('p', { class: 'status', role: 'status' }),
    people: h('div', { class: 'people' }),
    searchInput: h('input', { type: 'search', id: 'person-search', autocomplete: 'off', 'aria-describedby': 'person-search-hint' }),
    searchResults: h('div', { class: 'search-results', 'aria-live': 'polite' }),
    list: h('ol', { class: 'emails', 'aria-labelledby': 'emails-heading' }),
    emailsHeading: h('h2', { id: 'emails-heading' }, 'E-mails'),
    file: button('primary', { id: 'file' }, 'File'),
    summary: h('p', { class: 'summary', role: 'status', tabindex: '-1' }),
    kind: h('select', { id: 'record-kind' }, h('option', { value: 'contact-recording' }, 'Contact recording'), h('option', { value: 'supervision-decision' }, 'Supervision-decision note')),
    supervisionFile: h('input', { type: 'text', id: 'supervision-file', autocomplete: 'off', 'aria-describedby': 'supervision-file-error' }),
    supervisionFileError: h('p', { class: 'field-error', id: 'supervision-file-error' }),
    noteShared: h('div', { hidden: true }),
    kindHint: h('p', { class: 'hint' }, 'Each e-mail becomes a contact recording with the original e-mail kept.'),
  };
  private readonly picker = new PersonPicker(this.els, 'No earlier filings with these correspondents. Search for the person below.', () => this.refresh());

  constructor(
    private readonly root: HTMLElement,
    private readonly mailbox: Mailbox,
    /** E-mails chosen to "File when sent", filed when the pane opens (absent where Outlook cannot file on send). */
    private readonly sent?: SentFilings,
  ) {}

  async start(): Promise<void> {
    const search = h('form', { class: 'search', role: 'search' },
      h('label', { for: 'person-search' }, 'Find a person by name or record reference'),
      h('div', { class: 'search-row' }, this.els.searchInput, button('secondary', { type: 'submit' }, 'Search')),
      h('p', { id: 'person-search-hint', class: 'hint' }, 'Only people who already have a record can be chosen.'),
    );
    search.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.picker.search();
    });
    this.els.file.addEventListener('click', () => void this.fileAll());
    this.els.supervisionFile.value = loadValue(SUPERVISION_FILE_KEY);
    this.els.supervisionFile.addEventListener('input', () => saveValue(SUPERVISION_FILE_KEY, this.els.supervisionFile.value));
    this.els.kind.addEventListener('change', () => {
      this.kind = this.els.kind.value as Kind;
      this.els.noteShared.hidden = this.kind !== 'supervision-decision';
      this.els.kindHint.textContent = this.kind === 'supervision-decision' ? 'Each e-mail becomes a supervision-decision note.' : 'Each e-mail becomes a contact recording with the original e-mail kept.';
      for (const r of this.rows) this.showKind(r);
    });
    replace(this.els.noteShared,
      h('label', { for: 'supervision-file' }, 'Your supervision file reference'),
      this.els.supervisionFile,
      this.els.supervisionFileError,
      h('p', { class: 'hint' }, `Supervisee: ${this.mailbox.userName || 'you'}. A note from an e-mail is filed without the e-mail itself.`),
    );
    replace(this.root,
      h('h1', {}, 'File to a record'),
      this.els.status,
      this.sent?.el,
      h('section', { 'aria-labelledby': 'person-heading' }, h('h2', { id: 'person-heading' }, 'Person'), this.els.people, search, this.els.searchResults),
      h('section', { 'aria-labelledby': 'kind-heading' }, h('h2', { id: 'kind-heading' }, 'Record'), h('label', { for: 'record-kind' }, 'Record type'), this.els.kind, this.els.noteShared),
      h('section', { 'aria-labelledby': 'emails-heading' }, this.els.emailsHeading, this.els.kindHint, this.els.list),
      h('div', { class: 'actions' }, this.els.file),
      this.els.summary,
    );
    this.mailbox.onSelectionChanged(() => void this.load());
    await Promise.all([this.load(), this.sent?.run()]);
  }

  /** Reads the selection, finds which e-mails are filed already, and suggests the person. */
  async load(): Promise<void> {
    if (this.busy) {
      this.reloadWhenIdle = true;
      return;
    }
    this.els.status.textContent = 'Reading the selected e-mails…';
    let mails: MailSummary[];
    try {
      mails = (await this.mailbox.selected()).slice(0, 100);
    } catch (err) {
      this.els.status.textContent = `Outlook could not give the pane the selected e-mails: ${(err as Error).message}`;
      return;
    }
    this.rows = mails.map((m) => this.row(m));
    this.els.emailsHeading.textContent = `E-mails (${this.rows.length})`;
    replace(this.els.list, ...this.rows.map((r) => r.els.root));
    this.els.status.textContent = this.rows.length === 0 ? 'Select one or more e-mails in Outlook to file them.' : '';
    const problems: string[] = [];
    const ids = mails.map((m) => m.internetMessageId).filter((x): x is string => !!x);
    if (ids.length > 0) {
      try {
        const filed = await filingsOf(ids);
        for (const r of this.rows) this.setFiled(r, filed.get(r.mail.internetMessageId ?? '') ?? []);
      } catch (err) {
        // The marks left in Outlook stand in until the service can be asked again.
        for (const r of this.rows) if (r.mail.mark) this.setFiled(r, [{ reference: r.mail.mark.reference, person: r.mail.mark.person, recordedAt: r.mail.mark.filedAt }]);
        problems.push(`Could not check which e-mails are filed already: ${(err as Error).message}${this.rows.some((r) => r.mail.mark) ? ' Those marked as filed in Outlook are shown as filed.' : ''}`);
      }
    }
    const addresses = [...new Set(this.rows.flatMap((r) => correspondents(r.mail, this.mailbox.userAddress)))];
    try {
      this.picker.choices = await suggestions(addresses);
    } catch (err) {
      this.picker.choices = [];
      problems.push(`Could not suggest a person: ${(err as Error).message}`);
    }
    if (this.picker.person && !this.picker.choices.some((c) => c.person.reference === this.picker.person?.person.reference)) this.picker.choices.push(this.picker.person);
    this.picker.person ??= this.picker.choices[0];
    this.picker.render();
    if (problems.length > 0) this.els.status.textContent = problems.join(' ');
    this.refresh();
  }

  private row(mail: MailSummary): Row {
    const key = mail.internetMessageId ?? mail.itemId;
    const draft = loadDraft(key);
    const id = uid('mail');
    const err = () => h('p', { class: 'field-error', id: uid('err') });
    const errors = new Map<string, HTMLElement>(['purpose', 'extract', 'harmOrRisk', 'supervisor', 'setting', 'decision', 'reasons'].map((f) => [f, err()]));
    const purpose = h('input', { type: 'text', id: `${id}-purpose`, value: draft.purpose ?? (mail.subject || 'E-mail'), 'aria-describedby': errors.get('purpose')!.id, maxlength: '2000' });
    const extract = h('textarea', { id: `${id}-extract`, rows: '3', 'aria-describedby': `${id}-extract-hint ${errors.get('extract')!.id}` });
    extract.value = draft.extract ?? '';
    const { box: harm, row: harmRow } = checkbox(`${id}-harm`, 'Harm or risk identified (due next working day)', { 'aria-describedby': errors.get('harmOrRisk')!.id });
    setChecked(harm, draft.harmOrRisk ?? false);
    const note = this.noteFields(id, mail, draft, errors);
    const save = () =>
      saveDraft(key, {
        ...loadDraft(key),
        purpose: purpose.value,
        extract: extract.value,
        harmOrRisk: harm.checked,
        supervisor: note.supervisor.value,
        setting: note.setting.value,
        decision: note.decision.value,
        reasons: note.reasons.value,
      } satisfies Draft);
    for (const el of [purpose, extract, harm, note.supervisor, note.decision, note.reasons]) el.addEventListener('input', save);
    for (const el of [harm, note.setting]) el.addEventListener('change', save);
    const contact = h('div', {}, h('label', { for: purpose.id }, 'Purpose'), purpose, errors.get('purpose')!);
    // Incoming: who else it went to, besides the worker (outgoing lists every recipient already).
    const others = mail.direction === 'incoming' ? correspondents(mail, this.mailbox.userAddress).filter((a) => a !== mail.from?.address.toLowerCase()) : [];
    const status = h('p', { class: 'row-status', role: 'status' });
    const warn = h('div', { class: 'warn-slot' });
    const filedNote = h('div', { class: 'filed-slot' });
    const root = h('li', { class: 'email' },
      h('fieldset', {},
        h('legend', {}, mail.subject || '(no subject)'),
        h('p', { class: 'meta' },
          `${mail.direction === 'outgoing' ? 'Sent to' : 'From'} ${mail.direction === 'outgoing' ? mail.recipients.map((a) => a.address).join(', ') || 'unknown' : mail.from?.address ?? 'unknown'}`,
          mail.at ? ` · ${dateTime(mail.at)}` : '',
          mail.partial ? ' · details are read when filing' : '',
        ),
        others.length > 0 ? h('p', { class: 'meta' }, `Also to: ${others.join(', ')}`) : false,
        filedNote,
        warn,
        contact,
        note.block,
        harmRow,
        errors.get('harmOrRisk')!,
        h('label', { for: extract.id }, 'Only the relevant text (optional)'),
        h('p', { class: 'hint', id: `${id}-extract-hint` }, 'For a thread, paste the part that concerns this person. The original e-mail is kept as well.'),
        extract,
        errors.get('extract')!,
        status,
      ),
    );
    const row: Row = { mail, key, filed: [], include: true, state: 'ready', els: { root, status, warn, filedNote, contact, purpose, extract, harm, note, fieldErrors: errors } };
    this.showKind(row);
    return row;
  }

  /** What a supervision-decision note needs beyond the e-mail: who advised, in what setting, the decision and why. */
  private noteFields(id: string, mail: MailSummary, draft: Draft, errors: Map<string, HTMLElement>): NoteFields {
    const described = (f: string) => errors.get(f)!.id;
    const supervisor = h('input', { type: 'text', id: `${id}-supervisor`, 'aria-describedby': described('supervisor') });
    supervisor.value = draft.supervisor ?? (mail.direction === 'incoming' ? (mail.from?.name ?? '') : '');
    const setting = h('select', { id: `${id}-setting`, 'aria-describedby': described('setting') },
      h('option', { value: 'advice-outside-supervision' }, 'Advice outside supervision'),
      h('option', { value: 'formal-supervision' }, 'Formal supervision'),
    );
    setting.value = draft.setting ?? 'advice-outside-supervision';
    const decision = h('textarea', { id: `${id}-decision`, rows: '2', 'aria-describedby': described('decision') });
    decision.value = draft.decision ?? '';
    const reasons = h('textarea', { id: `${id}-reasons`, rows: '2', 'aria-describedby': described('reasons') });
    reasons.value = draft.reasons ?? '';
    const { box: discussed, row: discussedRow } = checkbox(`${id}-discussed`, 'Digital contact was discussed');
    const { box: riskAssessed, row: riskAssessedRow } = checkbox(`${id}-risk`, 'Digital contact was risk assessed');
    const block = h('div', { class: 'note' },
      h('label', { for: supervisor.id }, 'Supervisor (who gave the advice or decision)'), supervisor, errors.get('supervisor')!,
      h('label', { for: setting.id }, 'Setting'), setting, errors.get('setting')!,
      h('label', { for: decision.id }, 'Decision'), decision, errors.get('decision')!,
      h('label', { for: reasons.id }, 'Reasons'), reasons, errors.get('reasons')!,
      discussedRow,
      riskAssessedRow,
    );
    return { block, supervisor, setting, decision, reasons, discussed, riskAssessed };
  }

  private showKind(r: Row): void {
    const note = this.kind === 'supervision-decision';
    r.els.note.block.hidden = !note;
    r.els.contact.hidden = note;
  }

  private setFiled(r: Row, filings: Filing[]): void {
    r.filed = filings;
    if (filings.length === 0) {
      replace(r.els.filedNote);
      return;
    }
    const { box: include, row: includeRow } = checkbox(uid('again'), 'File it to another record too');
    setChecked(include, (r.include = false));
    include.addEventListener('change', () => {
      r.include = include.checked;
      this.refresh();
    });
    r.els.include = include;
    replace(r.els.filedNote,
      h('div', { class: 'filed' },
        ...filings.map((f) => h('p', {}, h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓ '), `Filed to ${f.person.reference} as `, h('a', { href: `/api/recordings/${encodeURIComponent(f.reference)}`, target: '_blank', rel: 'noopener' }, f.reference), ` on ${dayMonth(f.recordedAt)}`)),
        includeRow,
      ),
    );
  }

  /** The File button, and per e-mail the warning about addresses that are not the person's known contacts. */
  private refresh(): void {
    const todo = this.rows.filter((r) => r.include && r.state !== 'done');
    const who = this.picker.person ? ` to ${this.picker.person.person.name} (${this.picker.person.person.reference})` : '';
    this.els.file.textContent = todo.length === 0 ? 'Nothing to file' : `File ${todo.length} e-mail${todo.length === 1 ? '' : 's'}${who}`;
    for (const r of this.rows) {
      const unknown = this.picker.person && r.include ? correspondents(r.mail, this.mailbox.userAddress).filter((a) => !this.picker.person!.knownAddresses.includes(a)) : [];
      replace(r.els.warn, unknown.length === 0 ? false : h('div', { class: 'warning' },
        h('strong', {}, 'Check before filing: '),
        `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among ${this.picker.person!.person.name}'s known contacts. Information about other people must not go on this record: put only the relevant text below.`,
      ));
    }
  }

  async fileAll(): Promise<void> {
    if (this.busy) return;
    const todo = this.rows.filter((r) => r.include && r.state !== 'done');
    if (!this.picker.person) {
      this.els.summary.textContent = 'Choose the person first: pick a suggestion or search by name or record reference.';
      this.els.summary.focus();
      return;
    }
    if (todo.length === 0) {
      this.els.summary.textContent = 'Nothing to file: every selected e-mail is filed already.';
      return;
    }
    this.busy = true;
    this.els.file.setAttribute('aria-disabled', 'true');
    this.els.summary.textContent = `Filing ${todo.length} e-mail${todo.length === 1 ? '' : 's'}…`;
    for (const r of todo) await this.fileOne(r, this.picker.person);
    this.busy = false;
    this.els.file.removeAttribute('aria-disabled');
    const failed = todo.filter((r) => r.state === 'failed').length;
    const done = todo.length - failed;
    this.els.summary.textContent = failed === 0 ? `${done} e-mail${done === 1 ? '' : 's'} filed to ${this.picker.person.person.name}.` : `${done} filed, ${failed} not filed: see the message under ${failed === 1 ? 'that e-mail' : 'each one'} and retry.`;
    this.refresh();
    this.els.summary.focus();
    if (this.reloadWhenIdle) {
      this.reloadWhenIdle = false;
      void this.load();
    }
  }

  private async fileOne(r: Row, choice: PersonChoice): Promise<void> {
    r.state = 'working';
    for (const el of r.els.fieldErrors.values()) el.textContent = '';
    const fields: FilingFields = {
      person: choice.person,
      direction: r.mail.direction,
      purpose: r.els.purpose.value.trim(),
      harmOrRisk: r.els.harm.checked,
      ...(r.els.extract.value.trim() ? { extract: r.els.extract.value.trim() } : {}),
    };
    const progress = h('progress', { max: '100', value: '0', 'aria-label': `Upload of “${r.mail.subject || 'e-mail'}”` });
    const label = h('span', {}, 'Reading the e-mail from Outlook…');
    replace(r.els.status, label);
    try {
      const key = idempotencyKey(r.key, this.kind === 'contact-recording' ? choice.person.reference : `${choice.person.reference}|${this.kind}`);
      let reply: FiledReply;
      const source = this.kind === 'contact-recording' ? await this.mailbox.source(r.mail.itemId) : undefined;
      if (!source) {
        label.textContent = 'Saving the supervision-decision note…';
        reply = await recordNote(this.note(r, choice), key);
      } else if (source.kind === 'eml') {
        label.textContent = `Uploading the e-mail (${size(source.bytes.length)})…`;
        replace(r.els.status, label, progress);
        reply = await fileEml(source.bytes, fields, key, (share) => {
          progress.value = Math.round(share * 100);
        });
      } else {
        label.textContent = 'Filing (the service fetches the e-mail from your mailbox)…';
        reply = await fileByGraphId(source.graphMessageId, fields);
      }
      const filing: Filing = { reference: reply.reference, person: { reference: choice.person.reference, name: choice.person.name }, recordedAt: reply.record.recordedAt };
      const marked = await this.mailbox.markFiled(r.mail.itemId, { reference: reply.reference, person: filing.person, filedAt: filing.recordedAt });
      r.state = 'done';
      clearDraft(r.key);
      this.setFiled(r, [...r.filed.filter((f) => f.reference !== reply.reference), filing]);
      r.include = false;
      const said = reply.alreadyFiled ? `Already filed as ${reply.reference}: nothing new was written.` : `Filed as ${reply.reference}.`;
      const markNote = marked.category ? ' Marked “Filed” in Outlook.' : ' The “Filed” category could not be added in Outlook; the record is saved.';
      replace(r.els.status, h('span', { class: 'ok' }, said), markNote);
    } catch (err) {
      r.state = 'failed';
      const retry = button('secondary', {}, 'Retry');
      retry.addEventListener('click', () => void this.retry(r));
      const message = err instanceof ApiError || err instanceof MailboxError ? err.message : 'Something went wrong; nothing was saved.';
      const placed = err instanceof ApiError ? this.placeFieldErrors(r, err.fields) : [];
      const rest = err instanceof ApiError ? err.fields.filter((f) => !placed.includes(f)).map((f) => `${f.field}: ${f.message}`) : [];
      replace(r.els.status, h('span', { class: 'error' }, `Not filed. ${message}${rest.length ? ` ${rest.join(' ')}` : ''}`), ' ', retry);
    }
  }

  private note(r: Row, choice: PersonChoice) {
    const n = r.els.note;
    const text = (el: HTMLInputElement | HTMLTextAreaElement) => el.value.trim();
    return {
      kind: 'supervision-decision' as const,
      person: choice.person,
      supervisionDate: ukIsoDate(r.mail.at ?? new Date().toISOString()),
      setting: n.setting.value as 'formal-supervision' | 'advice-outside-supervision',
      supervisor: { name: text(n.supervisor) },
      supervisee: { name: this.mailbox.userName || this.mailbox.userAddress, reference: this.els.supervisionFile.value.trim() },
      othersPresent: [],
      discussion: text(r.els.extract) || r.mail.subject || 'E-mail',
      decisions: [{ decision: text(n.decision), reasons: text(n.reasons) }],
      actions: [],
      digitalContact: { discussed: n.discussed.checked, riskAssessed: n.riskAssessed.checked },
      harmOrRisk: r.els.harm.checked,
    };
  }

  /** The server's field errors beside the field they concern; returns those placed. */
  private placeFieldErrors(r: Row, fields: FieldError[]): FieldError[] {
    const placed: FieldError[] = [];
    this.els.supervisionFileError.textContent = '';
    for (const f of fields) {
      if (f.field === 'supervisee.reference') {
        this.els.supervisionFileError.textContent = f.message;
        placed.push(f);
        continue;
      }
      const el = r.els.fieldErrors.get(FIELD_FOR[f.field] ?? '');
      if (!el) continue;
      el.textContent = f.message;
      placed.push(f);
    }
    return placed;
  }

  private async retry(r: Row): Promise<void> {
    if (this.busy || !this.picker.person) return;
    this.busy = true;
    await this.fileOne(r, this.picker.person);
    this.busy = false;
    this.refresh();
    r.els.status.querySelector<HTMLElement>('fluent-button')?.focus();
  }
}
