import { readFileSync } from 'node:fs';
import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './view-models';

// Card layouts live in cards/*.json so a designer can open them; code only fills them from a view-model.

export type TemplateName = 'answer' | 'follow-up' | 'not-covered' | 'welcome';

export class CardTemplateError extends Error {
  override readonly name = 'CardTemplateError';
  readonly code = 'CARD_TEMPLATE_UNBOUND';
}

const cache = new Map<TemplateName, unknown>();

// adaptive-expressions re-parses every "${...}" on every expand (its parse cache is keyed by fresh objects and never hits);
// parsed expressions are immutable, so reuse them per template string. Bounded: template strings are a fixed set.
const parsed = new Map<string, unknown>();
const Engine = ACData.Template as unknown as { parseInterpolatedString(s: string): unknown };
const parseUncached = Engine.parseInterpolatedString.bind(Engine);
Engine.parseInterpolatedString = (s: string) => {
  const hit = parsed.get(s);
  if (hit !== undefined) return hit;
  const result = parseUncached(s);
  if (parsed.size < 10_000) parsed.set(s, result);
  return result;
};

function template(name: TemplateName): unknown {
  let json = cache.get(name);
  if (json === undefined) {
    json = JSON.parse(readFileSync(new URL(`../../cards/${name}.json`, import.meta.url), 'utf8')) as unknown;
    cache.set(name, json);
  }
  return json;
}

/** Inputs take typed values; an empty value means "nothing entered" and is left out rather than sent as "". */
function tidyInputs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidyInputs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) out[key] = tidyInputs(value);
  if (typeof out.type === 'string' && out.type.startsWith('Input.')) {
    for (const key of ['value', 'min', 'max']) {
      if (out[key] === '' || out[key] === null || out[key] === undefined) delete out[key];
    }
    if (out.type === 'Input.Number') {
      for (const key of ['value', 'min', 'max']) if (typeof out[key] === 'string') out[key] = Number(out[key]);
    }
  }
  return out;
}

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

export function expandTemplate(name: TemplateName, data: object): AdaptiveCardJson {
  const expanded = tidyInputs(new ACData.Template(template(name)).expand({ $root: data })) as AdaptiveCardJson;
  // An unbound "${...}" from the template would show template syntax to a practitioner: fail loudly in tests instead.
  // Text a practitioner typed may itself contain "${...}"; it is data, never evaluated, so it is left out of the check.
  let text = JSON.stringify(expanded);
  for (const typed of stringsWithPlaceholders(data)) text = text.split(JSON.stringify(typed).slice(1, -1)).join('');
  const unbound = /\$\{[^}]*\}/.exec(text);
  if (unbound) throw new CardTemplateError(`Template ${name} left ${unbound[0]} unbound`);
  return expanded;
}
