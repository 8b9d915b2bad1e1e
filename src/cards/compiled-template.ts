// A card template compiled once into plain functions for the few expression forms the cards use (a path, `$data`,
// `$index + 1`, `x != ''`, `count(x) > 0`), expanding as adaptivecards-templating does at a fraction of its cost (it
// evaluates every binding through adaptive-expressions). Anything outside those forms, at compile time or in the data
// (an unbound path, null, a value of another type), is refused, and the caller expands with adaptivecards-templating.

/** Raised while expanding when the data leaves the forms compiled here: the caller falls back to the library. */
export class NotCompiled extends Error {
  override readonly name = 'NotCompiled';
}

interface Scope {
  root: unknown;
  /** The bound `$data`, undefined when none is bound (then it is the root). */
  data: unknown;
  index: number | undefined;
}

type Evaluate = (scope: Scope) => unknown;

type Node =
  | { kind: 'literal'; value: unknown }
  | { kind: 'expression'; evaluate: Evaluate }
  | { kind: 'array'; items: Node[] }
  | { kind: 'object'; when?: Evaluate | 'drop'; data?: Evaluate; entries: [string, Node][] };

/** Keys the library never copies into the card. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NOT_EMPTY = /^([A-Za-z_][A-Za-z0-9_.]*) != ''$/;
const COUNT = /^count\(([A-Za-z_][A-Za-z0-9_.]*)\) > 0$/;

const refuse = (): never => {
  throw new NotCompiled();
};

const current = (scope: Scope): unknown => (scope.data !== undefined ? scope.data : scope.root);

/** A property as adaptive-expressions finds it: the first own key equal to the name ignoring case. */
function property(instance: unknown, name: string): unknown {
  if (!instance) return undefined;
  if (typeof instance !== 'object' || Array.isArray(instance) || instance instanceof Map) refuse();
  const own = instance as Record<string, unknown>;
  const lower = name.toLowerCase();
  for (const key of Object.keys(own)) {
    if (key === name) return own[key];
    if (key.length === name.length && key.toLowerCase() === lower) return own[key];
  }
  return undefined;
}

function pathReader(path: string): Evaluate {
  const parts = path.split('.');
  return (scope) => {
    let value = current(scope);
    for (const part of parts) value = property(value, part);
    return value;
  };
}

/** One expression (the text inside `${…}`), or undefined when it is not one of the compiled forms. */
function compileExpression(source: string): Evaluate | undefined {
  const text = source.trim();
  if (text === '$data') return current;
  if (text === '$index + 1') return (scope) => (scope.index === undefined ? refuse() : scope.index + 1);
  if (PATH.test(text)) return pathReader(text);
  const notEmpty = NOT_EMPTY.exec(text);
  if (notEmpty && PATH.test(notEmpty[1]!)) {
    const read = pathReader(notEmpty[1]!);
    return (scope) => {
      const value = read(scope);
      return typeof value === 'string' ? value !== '' : refuse();
    };
  }
  const count = COUNT.exec(text);
  if (count && PATH.test(count[1]!)) {
    const read = pathReader(count[1]!);
    return (scope) => {
      const value = read(scope);
      return Array.isArray(value) ? value.length > 0 : refuse();
    };
  }
  return undefined;
}

/** A bound value as the card takes it: unbound (undefined) or null leaves the compiled forms. */
const bound = (value: unknown): unknown => (value === undefined || value === null ? refuse() : value);

function compileString(text: string): Node | undefined {
  if (!text.includes('${')) return { kind: 'literal', value: text };
  // Backslashes, backticks and nested braces are read by adaptive-expressions' own string rules: left to it.
  if (/[\\`]/.test(text)) return undefined;
  const parts: (string | Evaluate)[] = [];
  let at = 0;
  for (const m of text.matchAll(/\$\{([^{}]*)\}/g)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    const evaluate = compileExpression(m[1]!);
    if (!evaluate) return undefined;
    parts.push(evaluate);
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  if (parts.some((p) => typeof p === 'string' && (p.includes('${') || /[{}]/.test(p)))) return undefined;
  // A string that is one binding keeps the bound value's type (an object, a number); otherwise the parts are joined.
  if (parts.length === 1 && typeof parts[0] !== 'string') {
    const evaluate = parts[0]!;
    return { kind: 'expression', evaluate: (scope) => bound(evaluate(scope)) };
  }
  return {
    kind: 'expression',
    evaluate: (scope) => {
      let out = '';
      for (const p of parts) {
        if (typeof p === 'string') {
          out += p;
          continue;
        }
        const value = p(scope);
        if (typeof value === 'string') out += value;
        else if (typeof value === 'number' || typeof value === 'boolean') out += String(value);
        else refuse();
      }
      return out;
    },
  };
}

function compileNode(node: unknown): Node | undefined {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) {
    const items: Node[] = [];
    for (const item of node) {
      const compiled = compileNode(item);
      if (!compiled) return undefined;
      items.push(compiled);
    }
    return { kind: 'array', items };
  }
  if (node === null || typeof node !== 'object') return { kind: 'literal', value: node };
  const raw = node as Record<string, unknown>;
  const entries: [string, Node][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (RESERVED.has(key)) continue;
    const compiled = compileNode(value);
    if (!compiled) return undefined;
    entries.push([key, compiled]);
  }
  const out: Extract<Node, { kind: 'object' }> = { kind: 'object', entries };
  for (const key of ['$when', '$data'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    const single = typeof value === 'string' ? /^\$\{([^{}]*)\}$/.exec(value) : null;
    const evaluate = single ? compileExpression(single[1]!) : undefined;
    // A $when that is not an expression drops its element, as the library does; any other form is left to the library.
    if (key === '$when' && typeof value === 'string' && !value.includes('${')) out.when = 'drop';
    else if (!evaluate) return undefined;
    else if (key === '$when') out.when = evaluate;
    else out.data = evaluate;
  }
  if (Object.keys(raw).some((k) => RESERVED.has(k) && k !== '$when' && k !== '$data')) return undefined;
  return out;
}

function expandObject(node: Extract<Node, { kind: 'object' }>, scope: Scope): unknown {
  let contexts: unknown[] = [undefined];
  let repeated = false;
  if (node.data) {
    const value = bound(node.data(scope));
    if (Array.isArray(value)) {
      contexts = value;
      repeated = true;
    } else {
      contexts = [value];
    }
  }
  const result: Record<string, unknown>[] = [];
  for (let i = 0; i < contexts.length; i += 1) {
    const context = contexts[i];
    if (repeated && (context === undefined || context === null)) refuse();
    const inner: Scope = { root: scope.root, data: context !== undefined ? context : scope.data, index: repeated ? i : scope.index };
    if (node.when === 'drop') continue;
    if (node.when) {
      const keep = node.when(inner);
      if (typeof keep !== 'boolean') refuse();
      if (!keep) continue;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of node.entries) out[key] = expand(child, inner);
    result.push(out);
  }
  return result.length === 0 ? null : result.length === 1 ? result[0] : result;
}

function expand(node: Node, scope: Scope): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'expression':
      return node.evaluate(scope);
    case 'array': {
      let items: unknown[] = [];
      for (const child of node.items) {
        const value = expand(child, scope);
        if (value === null) continue;
        if (Array.isArray(value)) items = items.concat(value);
        else items.push(value);
      }
      return items;
    }
    case 'object':
      return expandObject(node, scope);
  }
}

/**
 * The template as a function of its data, or undefined when it uses a form not compiled here. The function throws
 * NotCompiled when the data leaves the compiled forms.
 */
export function compileTemplate(template: unknown): ((data: object) => unknown) | undefined {
  const root = compileNode(template);
  if (!root) return undefined;
  return (data) => expand(root, { root: data, data: undefined, index: undefined });
}
