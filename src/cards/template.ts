import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import { compileTemplate, NotCompiled } from './compiled-template';
import type { AdaptiveCardJson } from './view-models';

// Card layouts live in cards/*.json so a designer can open them; code only fills them from a view-model.

export type TemplateName = 'answer' | 'not-covered' | 'welcome' | 'which' | 'supervision-decision' | 'supervision-recorded' | 'supervision-notice' | 'sign-off-list' | 'advice' | 'advice-confirm' | 'reminder';

export class CardTemplateError extends Error {
  override readonly name = 'CardTemplateError';
  readonly code = 'CARD_TEMPLATE_UNBOUND';
}

// A Template parses every "${...}" when it is constructed (adaptive-expressions, slow) and expand() only reads what it
// parsed, so each template is parsed once and reused; expand() is synchronous, so no two expansions share it at once.
// Each template is also compiled into plain functions (compiled-template.ts), used whenever its forms and the data allow.
interface Loaded {
  library: ACData.Template;
  compiled: ((data: object) => unknown) | undefined;
}
const templates = new Map<TemplateName, Loaded>();

function template(name: TemplateName): Loaded {
  let t = templates.get(name);
  if (t === undefined) {
    const json = JSON.parse(readFileSync(new URL(`../../cards/${name}.json`, import.meta.url), 'utf8')) as unknown;
    t = { library: new ACData.Template(json), compiled: compileTemplate(json) };
    templates.set(name, t);
  }
  return t;
}

/** The template expanded with the data: compiled where it can be, by adaptivecards-templating otherwise (same result). */
export function expandRaw(name: TemplateName, data: object, using: 'any' | 'compiled' | 'library' = 'any'): unknown {
  const t = template(name);
  if (using === 'compiled') {
    if (!t.compiled) throw new NotCompiled();
    return t.compiled(data);
  }
  if (t.compiled && using === 'any') {
    try {
      return t.compiled(data);
    } catch (error) {
      if (!(error instanceof NotCompiled)) throw error;
    }
  }
  return t.library.expand({ $root: data });
}

const PLACEHOLDER = /\$\{[^}]*\}/;

function stringsWithPlaceholders(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') {
    if (node.includes('${')) out.push(node);
  } else if (Array.isArray(node)) {
    for (const n of node) stringsWithPlaceholders(n, out);
  } else if (node !== null && typeof node === 'object') {
    for (const v of Object.values(node)) stringsWithPlaceholders(v, out);
  }
  return out;
}

/**
 * A copy of a card's JSON the card owns, its inputs tidied; `seen` is shown every string and key on the way (to check it or
 * refuse it). Shared by the template's expansion and the answer card built in code.
 */
export function copyTidied(node: unknown, seen: (text: string) => void): unknown {
  if (typeof node === 'string') {
    seen(node);
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    const items = new Array<unknown>(node.length);
    for (let i = 0; i < node.length; i += 1) items[i] = copyTidied(node[i], seen);
    return items;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    seen(key);
    out[key] = copyTidied((node as Record<string, unknown>)[key], seen);
  }
  if (typeof out.type === 'string' && out.type.startsWith('Input.')) tidyInput(out);
  return out;
}

/** Inputs take typed values; an empty value means "nothing entered" and is left out rather than sent as "". */
function tidyInput(input: Record<string, unknown>): void {
  for (const key of ['value', 'min', 'max']) {
    const v = input[key];
    if (v === '' || v === null || v === undefined) delete input[key];
    else if (input.type === 'Input.Number' && typeof v === 'string') input[key] = Number(v);
  }
}

export function expandTemplate(name: TemplateName, data: object): AdaptiveCardJson {
  // An unbound "${...}" from the template would show template syntax to a practitioner: fail loudly in tests instead.
  // Text a practitioner typed may itself contain "${...}"; it is data, never evaluated, so it is left out of the check.
  // The view-model is only searched for such text when the card has a "${" at all.
  let typed: string[] | undefined;
  let unbound: string | undefined;
  const check = (s: string): void => {
    typed ??= stringsWithPlaceholders(data);
    for (const t of typed) s = s.split(t).join('');
    unbound = PLACEHOLDER.exec(s)?.[0];
  };
  // One walk over the expansion: copy it (whole-value bindings like "${feedback.helpful}" are the view-model's own
  // objects, and the card must not share them), tidy inputs, and look for "${" in every string.
  const seen = (text: string): void => {
    if (unbound === undefined && text.includes('${')) check(text);
  };
  const card = copyTidied(expandRaw(name, data), seen) as AdaptiveCardJson;
  if (unbound !== undefined) throw new CardTemplateError(`Template ${name} left ${unbound} unbound`);
  return card;
}
