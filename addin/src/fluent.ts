import { Button, ButtonDefinition, Checkbox, CheckboxDefinition, setTheme } from '@fluentui/web-components';
import { webLightTheme } from '@fluentui/tokens';
import { h } from './dom';

// Fluent UI Web Components for the pane's buttons and checkboxes, and Fluent's light theme as CSS custom properties (taskpane.css
// reads them). Only these are registered: each component costs first-load bytes (budget 150 KB gzipped).

let ready = false;

export function useFluent(): void {
  if (ready) return;
  ready = true;
  setTheme(webLightTheme);
  if (!customElements.get('fluent-button')) Button.define(ButtonDefinition);
  if (!customElements.get('fluent-checkbox')) Checkbox.define(CheckboxDefinition);
}

export type ButtonLook = 'primary' | 'secondary' | 'link';

/**
 * A Fluent button. The explicit role repeats the one the element gives itself through ElementInternals, for tools and
 * assistive technology that read only attributes.
 */
export function button(look: ButtonLook, attrs: Record<string, string | boolean | undefined>, ...children: (Node | string)[]): HTMLElement {
  useFluent();
  const appearance = look === 'primary' ? 'primary' : look === 'link' ? 'transparent' : undefined;
  const el = h('fluent-button' as keyof HTMLElementTagNameMap, { type: 'button', ...attrs, role: 'button', appearance, class: look }, ...children) as HTMLElement;
  return el;
}

/** A Fluent checkbox: form-associated, with `checked` like an input's, and `input`/`change` events when toggled. */
export type CheckboxElement = HTMLElement & { checked: boolean };

/**
 * A Fluent checkbox with its visible label. The label names it through aria-labelledby (an id in the same document, so
 * every tool reads it) as well as `for`; role and aria-checked are mirrored as attributes for the same reason.
 */
export function checkbox(id: string, label: Node | string, attrs: Record<string, string | undefined> = {}): { box: CheckboxElement; row: HTMLElement } {
  useFluent();
  const labelId = `${id}-label`;
  const box = h('fluent-checkbox' as keyof HTMLElementTagNameMap, { id, role: 'checkbox', 'aria-labelledby': labelId, 'aria-checked': 'false', ...attrs }) as unknown as CheckboxElement;
  const mirror = () => box.setAttribute('aria-checked', String(box.checked));
  box.addEventListener('change', mirror);
  const row = h('div', { class: 'check' }, box, h('label', { for: id, id: labelId }, label));
  // Setting `checked` in code fires no event: mirror once the element has upgraded and after each assignment.
  queueMicrotask(mirror);
  return { box, row };
}

/** Sets a checkbox's state in code and keeps its aria-checked attribute true to it. */
export function setChecked(box: CheckboxElement, checked: boolean): void {
  box.checked = checked;
  box.setAttribute('aria-checked', String(checked));
}
