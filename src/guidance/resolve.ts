// Turns a rule as written in its policy's file into the rule the engine evaluates: shared sets and the policy's parameters
// replaced by their values, so the engine never needs to know where a number came from.
import { writtenDate } from '../calendar/iso-date';
import type { Condition, ConditionValue, EncodedRule, ruleSchema, SourceCondition, SourceValue } from './guidance-schema';
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
  if (typeof value === 'object' && !Array.isArray(value) && 'param' in value) return resolvedLeaf(c, parameterValue(value.param, context, fail));
  return resolvedLeaf(c, value);
}

// Leaves, actions and rules are built key by key in the file's order rather than spread: a spread gives each object its own
// hidden class, which makes the engine's reads of them on every question megamorphic. Absent optional keys stay absent.
function resolvedLeaf(c: Extract<SourceCondition, { value: SourceValue }>, value: ConditionValue): Condition {
  const leaf: Extract<Condition, { value: ConditionValue }> = { fact: c.fact, op: c.op, value };
  if ('label' in c) leaf.label = c.label;
  if ('ifGiven' in c) leaf.ifGiven = c.ifGiven;
  return leaf;
}

type SourceRule = z.infer<typeof ruleSchema>;
type Action = SourceRule['actions'][number];

function resolvedAction(a: Action, text: string): Action {
  const action: Partial<Action> = { text };
  if ('where' in a) action.where = a.where;
  if ('tell' in a) action.tell = a.tell;
  if ('due' in a) action.due = a.due;
  action.cite = a.cite;
  return action as Action;
}

/** "{param.<name>}" in a text becomes the parameter's value (a date written out). */
function resolveText(text: string, context: Context, fail: (problem: string) => Error): string {
  return text.replace(/\{param\.([A-Za-z0-9]+)\}/g, (_, name: string) => {
    const value = parameterValue(name, context, fail);
    return typeof value === 'string' ? writtenDate(value) : String(value);
  });
}

export function resolveRule(source: SourceRule, policy: PolicyId, context: Context, fail: (problem: string) => Error): EncodedRule {
  const text = (t: string) => resolveText(t, context, fail);
  const { id, verdict, cite, wording, dates, asked } = source;
  const when = resolveCondition(source.when, context, fail);
  const because = text(source.because);
  const statement = text(source.statement);
  const conditions = source.conditions.map((c) => ({ text: text(c.text), ...(c.check ? { check: resolveCondition(c.check, context, fail) } : {}), ...(c.breaks === false ? { breaks: false } : {}), cite: c.cite }));
  const actions = source.actions.map((a) => resolvedAction(a, text(a.text)));
  // Two literals, one per key set: `asked` is absent from most rules and stays absent.
  if ('asked' in source) return { id, when, verdict, because, statement, cite, conditions, actions, wording, dates, asked, policy };
  return { id, when, verdict, because, statement, cite, conditions, actions, wording, dates, policy };
}
