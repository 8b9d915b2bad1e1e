// Turns a rule as written in its policy's file into the rule the engine evaluates: shared sets and the policy's parameters
// replaced by their values, so the engine never needs to know where a number came from.
import { writtenDate } from '../calendar/iso-date';
import type { Condition, EncodedRule, ruleSchema, SourceCondition } from './guidance-schema';
import type { PolicyParameter } from './load';
import type { PolicyId } from './policies';
import type { z } from 'zod';

export type Sets = ReadonlyMap<string, { fact: string; values: (string | number | boolean)[]; label: string }>;

interface Context {
  sets: Sets;
  /** The rule's own policy's parameter of that name. */
  parameter: (name: string) => PolicyParameter | undefined;
}

function parameterValue(name: string, context: Context, fail: (problem: string) => Error): string | number {
  const p = context.parameter(name);
  if (!p) throw fail(`unknown parameter "${name}" (a rule uses its own policy's parameters.json)`);
  return p.value;
}

function resolveCondition(c: SourceCondition, context: Context, fail: (problem: string) => Error): Condition {
  if ('all' in c) return { all: c.all.map((x) => resolveCondition(x, context, fail)) };
  if ('any' in c) return { any: c.any.map((x) => resolveCondition(x, context, fail)) };
  if ('not' in c) return { not: resolveCondition(c.not, context, fail) };
  if ('set' in c) {
    const set = context.sets.get(c.set);
    if (!set) throw fail(`unknown set "${c.set}" (sets are defined in shared/sets.json)`);
    if (set.fact !== c.fact) throw fail(`set "${c.set}" is a set of ${set.fact}, not of ${c.fact}`);
    return { fact: c.fact, op: 'in', value: set.values, label: c.label ?? set.label };
  }
  if (c.op === 'missing') return c;
  const value = c.value;
  if (typeof value === 'object' && !Array.isArray(value) && 'param' in value) return { ...c, value: parameterValue(value.param, context, fail) };
  return { ...c, value };
}

/** "{param.<name>}" in a text becomes the parameter's value (a date written out). */
function resolveText(text: string, context: Context, fail: (problem: string) => Error): string {
  return text.replace(/\{param\.([A-Za-z0-9]+)\}/g, (_, name: string) => {
    const value = parameterValue(name, context, fail);
    return typeof value === 'string' ? writtenDate(value) : String(value);
  });
}

export function resolveRule(source: z.infer<typeof ruleSchema>, policy: PolicyId, context: Context, fail: (problem: string) => Error): EncodedRule {
  const text = (t: string) => resolveText(t, context, fail);
  return {
    ...source,
    policy,
    when: resolveCondition(source.when, context, fail),
    because: text(source.because),
    statement: text(source.statement),
    conditions: source.conditions.map((c) => ({ text: text(c.text), ...(c.check ? { check: resolveCondition(c.check, context, fail) } : {}), ...(c.breaks === false ? { breaks: false } : {}), cite: c.cite })),
    actions: source.actions.map((a) => ({ ...a, text: text(a.text) })),
  };
}
