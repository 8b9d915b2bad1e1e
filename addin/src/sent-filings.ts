/// <reference types="office-js" />
import { ApiError, fileSent, sentFilingStates, type SentFilingState } from './api';
import { button } from './fluent';
import { h, replace } from './dom';
import { loadPending, savePending, type PendingSend } from './send-filing';

// E-mails the worker chose to "File when sent": usually filed by the service in the background after the send
// handler told it; the pane shows those as filed, files the others itself (the sent copy found through Graph), and
// keeps one still waiting or failed listed with Retry and Remove.

export class SentFilings {
  readonly el = h('section', { 'aria-labelledby': 'sent-heading', hidden: true });
  private readonly list = h('ul', { class: 'sent-list' });
  private busy = false;

  constructor(private readonly office: typeof Office) {
    replace(this.el, h('h2', { id: 'sent-heading' }, 'Filing when sent'), this.list);
  }

  /** Files every queued e-mail once; what is left stays queued in the mailbox's roaming settings. */
  async run(): Promise<void> {
    const pending = loadPending(this.office);
    if (pending.length === 0 || this.busy) return;
    this.busy = true;
    this.el.hidden = false;
    const rows = new Map(pending.map((p) => [p.marker, this.row(p)]));
    replace(this.list, ...[...rows.values()].map((r) => r.li));
    // What the service already did in the background; if it cannot say, the pane files each one itself as before.
    const known = new Map<string, SentFilingState>((await sentFilingStates().catch(() => [])).map((f) => [f.marker, f]));
    for (const p of pending) {
      const done = known.get(p.marker);
      if (done?.state === 'filed' && done.reference) await this.shownFiled(p, done.reference, rows.get(p.marker)!.status);
      else await this.fileOne(p, rows.get(p.marker)!.status);
    }
    this.busy = false;
  }

  private async shownFiled(p: PendingSend, reference: string, status: HTMLElement): Promise<void> {
    await this.forget(p.marker);
    replace(status, h('span', { class: 'ok' }, `Filed as ${reference} when it was sent.`));
  }

  private row(p: PendingSend): { li: HTMLElement; status: HTMLElement } {
    const status = h('p', { class: 'row-status', role: 'status' }, p.state === 'failed' && p.problem ? p.problem : 'Waiting…');
    const li = h('li', { class: 'email', 'data-marker': p.marker },
      h('p', {}, h('strong', {}, p.subject || '(no subject)'), ` to ${p.person.name} (${p.person.reference})`),
      status,
    );
    return { li, status };
  }

  private async fileOne(p: PendingSend, status: HTMLElement): Promise<void> {
    replace(status, 'Finding the sent e-mail and filing it…');
    try {
      const reply = await fileSent(p);
      await this.forget(p.marker);
      replace(status, h('span', { class: 'ok' }, reply.alreadyFiled ? `Already filed as ${reply.reference}.` : `Filed as ${reply.reference}.`));
    } catch (err) {
      const waiting = err instanceof ApiError && err.code === 'sent-copy-not-found';
      // The service names what to fix per field (e.g. no Microsoft 365 connection): show it, not only the summary.
      const problem = err instanceof ApiError ? [err.message, ...err.fields.map((f) => f.message)].join(' ') : 'Something went wrong; nothing was saved.';
      await this.keep({ ...p, state: waiting ? 'waiting' : 'failed', problem });
      const retry = button('secondary', {}, 'Retry');
      retry.addEventListener('click', () => {
        if (this.busy) return;
        this.busy = true;
        void this.fileOne(p, status).finally(() => {
          this.busy = false;
          status.querySelector<HTMLElement>('fluent-button')?.focus();
        });
      });
      const remove = button('link', {}, 'Remove without filing');
      remove.addEventListener('click', () => {
        void this.forget(p.marker).then(() => replace(status, 'Removed: this e-mail will not be filed. You can still file it from Sent Items.'));
      });
      replace(status, h('span', { class: waiting ? '' : 'error' }, `${waiting ? 'Not filed yet.' : 'Not filed.'} ${problem}`), ' ', retry, ' ', remove);
    }
  }

  private async forget(marker: string): Promise<void> {
    await savePending(this.office, loadPending(this.office).filter((x) => x.marker !== marker)).catch(() => undefined);
  }

  private async keep(p: PendingSend): Promise<void> {
    await savePending(this.office, loadPending(this.office).map((x) => (x.marker === p.marker ? p : x))).catch(() => undefined);
  }
}
