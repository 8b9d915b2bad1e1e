/// <reference types="office-js" />
import { suggestions } from './api';
import { button, checkbox, setChecked } from './fluent';
import { h, replace } from './dom';
import { PersonPicker } from './person-picker';
import { canFileOnSend, clearChoice, composeDetails, readChoice, saveChoice, type SendChoice } from './send-filing';

// "File when sent" (compose): the worker chooses the person (suggested from earlier filings with these recipients, or
// found by name or reference, never typed free) and the purpose; the e-mail is filed as outgoing once it is sent.

export class ComposePane {
  private chosen?: SendChoice;
  private readonly els = {
    status: h('p', { class: 'status', role: 'status' }),
    people: h('div', { class: 'people' }),
    searchInput: h('input', { type: 'search', id: 'person-search', autocomplete: 'off' }),
    searchResults: h('div', { class: 'search-results', 'aria-live': 'polite' }),
    purpose: h('input', { type: 'text', id: 'send-purpose', maxlength: '2000', 'aria-describedby': 'send-purpose-error' }),
    purposeError: h('p', { class: 'field-error', id: 'send-purpose-error' }),
    harm: checkbox('send-harm', 'Harm or risk identified (due next working day)'),
    fileWhenSent: button('primary', { id: 'file-when-sent' }, 'File when sent'),
    cancel: button('secondary', { id: 'dont-file', hidden: true }, "Don't file this e-mail"),
    summary: h('p', { class: 'summary', role: 'status', tabindex: '-1' }),
  };
  private readonly picker = new PersonPicker(this.els, 'No earlier filings with these recipients. Search for the person below.', () => this.refresh());

  constructor(
    private readonly root: HTMLElement,
    private readonly office: typeof Office,
  ) {}

  async start(): Promise<void> {
    if (!canFileOnSend(this.office)) {
      replace(this.root,
        h('h1', {}, 'File when sent'),
        h('p', {}, 'This version of Outlook cannot file an e-mail as it is sent. Send it, then select it in Sent Items and choose "File to record".'),
      );
      return;
    }
    const search = h('form', { class: 'search', role: 'search' },
      h('label', { for: 'person-search' }, 'Find a person by name or record reference'),
      h('div', { class: 'search-row' }, this.els.searchInput, button('secondary', { type: 'submit' }, 'Search')),
    );
    search.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.picker.search();
    });
    this.els.fileWhenSent.addEventListener('click', () => void this.choose());
    this.els.cancel.addEventListener('click', () => void this.cancel());
    replace(this.root,
      h('h1', {}, 'File when sent'),
      h('p', { class: 'hint' }, 'Choose the record now: when you send this e-mail it is filed there as an outgoing contact recording, with the e-mail kept. Sending never waits for filing.'),
      this.els.status,
      h('section', { 'aria-labelledby': 'person-heading' }, h('h2', { id: 'person-heading' }, 'Person'), this.els.people, search, this.els.searchResults),
      h('section', { 'aria-labelledby': 'fields-heading' },
        h('h2', { id: 'fields-heading' }, 'Contact recording'),
        h('label', { for: 'send-purpose' }, 'Purpose'), this.els.purpose, this.els.purposeError,
        this.els.harm.row,
      ),
      h('div', { class: 'actions' }, this.els.fileWhenSent),
      this.els.summary,
      this.els.cancel,
    );
    const [details, chosen] = await Promise.all([composeDetails(this.office), readChoice(this.office)]);
    this.els.purpose.value = chosen?.purpose ?? details.subject;
    setChecked(this.els.harm.box, chosen?.harmOrRisk ?? false);
    try {
      this.picker.choices = await suggestions(details.recipients);
    } catch (err) {
      this.els.status.textContent = `Could not suggest a person: ${(err as Error).message}`;
    }
    if (chosen) {
      this.chosen = chosen;
      const known = this.picker.choices.find((c) => c.person.reference === chosen.person.reference);
      this.picker.person = known ?? { person: chosen.person, knownAddresses: [] };
      if (!known) this.picker.choices.unshift(this.picker.person);
      this.showChosen();
    }
    this.picker.person ??= this.picker.choices[0];
    this.picker.render();
    this.refresh();
  }

  private refresh(): void {
    this.els.fileWhenSent.textContent = this.picker.person ? `File when sent to ${this.picker.person.person.name} (${this.picker.person.person.reference})` : 'File when sent';
  }

  private async choose(): Promise<void> {
    this.els.purposeError.textContent = '';
    if (!this.picker.person) {
      this.els.summary.textContent = 'Choose the person first: pick a suggestion or search by name or record reference.';
      this.els.summary.focus();
      return;
    }
    const purpose = this.els.purpose.value.trim();
    if (!purpose) {
      this.els.purposeError.textContent = 'Say what the e-mail is for: a contact recording needs its purpose.';
      this.els.purpose.focus();
      return;
    }
    // One marker per message: choosing again (another person, new purpose) keeps it, so only one filing is queued.
    const choice: SendChoice = { marker: this.chosen?.marker ?? crypto.randomUUID(), person: this.picker.person.person, purpose, harmOrRisk: this.els.harm.box.checked };
    try {
      await saveChoice(this.office, choice);
      this.chosen = choice;
      this.showChosen();
    } catch (err) {
      this.els.summary.textContent = `Outlook could not keep the choice: ${(err as Error).message} Send the e-mail, then file it from Sent Items.`;
    }
    this.els.summary.focus();
  }

  private showChosen(): void {
    if (!this.chosen) return;
    this.els.summary.textContent = `When you send this e-mail it will be filed to ${this.chosen.person.name} (${this.chosen.person.reference}) as an outgoing contact recording. Open "File to record" later to see it filed.`;
    this.els.cancel.hidden = false;
  }

  private async cancel(): Promise<void> {
    try {
      await clearChoice(this.office);
      this.chosen = undefined;
      this.els.cancel.hidden = true;
      this.els.summary.textContent = 'This e-mail will not be filed when sent.';
    } catch (err) {
      this.els.summary.textContent = `Outlook could not remove the choice: ${(err as Error).message}`;
    }
    this.els.summary.focus();
  }
}
