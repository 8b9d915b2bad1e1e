import { findPeople, type PersonChoice } from './api';
import { button } from './fluent';
import { h, replace, uid } from './dom';

/**
 * Choosing the person an e-mail is filed to, the same in the read pane and in compose: suggestions as radio buttons, or a
 * search by name or record reference among the records the worker may see; never free text that would make a person.
 */
export class PersonPicker {
  choices: PersonChoice[] = [];
  person: PersonChoice | undefined;
  private readonly radioName = uid('person');

  constructor(
    private readonly els: { people: HTMLElement; searchInput: HTMLInputElement; searchResults: HTMLElement },
    /** What to say when there are no suggestions ("…with these correspondents", "…with these recipients"). */
    private readonly noSuggestions: string,
    /** Called whenever the chosen person changes. */
    private readonly changed: () => void,
  ) {}

  render(): void {
    if (this.choices.length === 0) {
      replace(this.els.people, h('p', { class: 'hint' }, this.noSuggestions));
      return;
    }
    const options = this.choices.map((c) => {
      const id = uid('p');
      const input = h('input', { type: 'radio', name: this.radioName, id, value: c.person.reference });
      input.checked = this.person?.person.reference === c.person.reference;
      input.addEventListener('change', () => {
        this.person = c;
        this.changed();
      });
      const why = c.filings ? ` · ${c.filings} earlier e-mail${c.filings === 1 ? '' : 's'} with these people` : '';
      return h('div', { class: 'radio' }, input, h('label', { for: id }, h('strong', {}, c.person.name), ` ${c.person.reference}${why}`));
    });
    replace(this.els.people, h('fieldset', { class: 'choices' }, h('legend', {}, this.choices.some((c) => c.filings) ? 'Suggested from earlier filings' : 'Chosen person'), ...options));
  }

  async search(): Promise<void> {
    const text = this.els.searchInput.value.trim();
    if (text.length < 2) {
      replace(this.els.searchResults, h('p', { class: 'field-error' }, 'Type at least 2 characters of a name or record reference.'));
      return;
    }
    replace(this.els.searchResults, h('p', { class: 'hint' }, 'Searching…'));
    try {
      const found = await findPeople(text);
      if (found.length === 0) {
        replace(this.els.searchResults, h('p', {}, `No record found for “${text}”. Check the spelling or the reference; a new person is created in the case system, not here.`));
        return;
      }
      replace(this.els.searchResults,
        h('p', { class: 'hint' }, `${found.length} found`),
        h('ul', { class: 'found' }, ...found.map((c) => {
          const b = button('link', {}, `${c.person.name} ${c.person.reference}`);
          b.addEventListener('click', () => this.choose(c));
          return h('li', {}, b);
        })),
      );
    } catch (err) {
      replace(this.els.searchResults, h('p', { class: 'field-error' }, (err as Error).message));
    }
  }

  /** A search result becomes the chosen person, added to the choices, with focus on its radio button. */
  private choose(c: PersonChoice): void {
    const known = this.choices.find((x) => x.person.reference === c.person.reference);
    if (!known) this.choices.push(c);
    this.person = known ?? c;
    this.render();
    replace(this.els.searchResults);
    this.changed();
    (this.els.people.querySelector<HTMLInputElement>(`input[value="${CSS.escape(c.person.reference)}"]`))?.focus();
  }
}
