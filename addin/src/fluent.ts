import { Button, ButtonDefinition, setTheme } from '@fluentui/web-components';
import { webLightTheme } from '@fluentui/tokens';
import { h } from './dom';

// Fluent UI Web Components for the pane's buttons, and Fluent's light theme as CSS custom properties (taskpane.css
// reads them). Only the button is registered: each component costs first-load bytes (budget 150 KB gzipped).

let ready = false;

export function useFluent(): void {
  if (ready) return;
  ready = true;
  setTheme(webLightTheme);
  if (!customElements.get('fluent-button')) Button.define(ButtonDefinition);
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
