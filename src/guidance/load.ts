// Loads and validates the encoded guidance: one folder per policy under policies/ (its provisions, parameters and rules)
// and shared/ (topics, value sets); schema per file, then cross-file checks (citations, parameters, facts, computed dates).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { COMPUTED_PARTS, RETENTION_DATE } from './computed-names';
import { factPaths, isKnownFactPath } from './conditions';
import { GuidanceDataError } from './errors';
import {
  parametersFileSchema,
  passagesFileSchema,
  provisionsFileSchema,
  rulesFileSchema,
  setsFileSchema,
  topicsFileSchema,
  type EncodedRule,
  type Parameter,
  type ParametersFile,
  type TopicInfo,
  type TopicRules,
} from './guidance-schema';
import { POLICY_IDS, type PolicyId } from './policies';
import { resolveRule, type Sets } from './resolve';
import type { RetentionRecord, Topic } from './situation';
import { containsQuote, normaliseWhitespace } from './text';

/** Semantic version of the encoded guidance; bump when rules change meaning. */
export const GUIDANCE_SEMVER = '1.21.0';

export interface Provision {
  id: string;
  policy: PolicyId;
  section: string;
  quote: string;
  file: string;
  /** The term of the policy this provision defines ("MIRRA"), with what practitioners call it and what it means. */
  defines?: { term: string; names: readonly string[]; meaning: string };
  /** The passage the quote is in, or starts in (a list's first item); absent only for a policy without passages. */
  passage?: Passage;
}

/** A paragraph, list item or table row of a policy, word for word: the full text the search finds what no rule encodes in. */
export interface Passage {
  id: string;
  policy: PolicyId;
  section: string;
  text: string;
  /** For a list item, the words the list follows. */
  leadIn?: string;
}

/** A parameter of one policy, keyed "<policy>/<name>" in Guidance.parameters. */
export type PolicyParameter = Parameter & { policy: PolicyId; name: string };

/** A computed date as its policy defines it, with the period read from the parameter it names. */
export interface DateDefinition {
  name: string;
  policy: PolicyId;
  label: string;
  from: 'event' | 'request' | 'lastSummary';
  amount: number;
  unit: 'working-days' | 'calendar-days' | 'hours' | 'months';
  fromWords?: string;
  cite: string[];
}

/** A row of the retention table with its periods read from the policy's parameters. */
export type RetentionRow =
  | { kind: 'child'; anniversary: number; yearsFromDeath: number; diesBefore: number; cite: string[] }
  | { kind: 'years-from'; from: 'approvalTerminated' | 'refusalOrWithdrawal' | 'birth' | 'death' | 'adoptionOrder'; years: number; fromWords: string; cite: string[] }
  | { kind: 'adoption-order'; years: number; cite: string[] }
  | { kind: 'adoption-order-before'; before: string; years: number; cite: string[] }
  | { kind: 'agency-decides'; basis: string; cite: string[] };

export interface Guidance {
  provisions: ReadonlyMap<string, Provision>;
  /** Every policy's passages in document order (empty for a policy without passages.json). */
  passages: readonly Passage[];
  topics: ReadonlyMap<Topic, TopicRules>;
  parameters: ReadonlyMap<string, PolicyParameter>;
  dates: ReadonlyMap<string, DateDefinition>;
  /** The retention table (Nottinghamshire's), by record category; absent when no policy encodes one. */
  retention?: { policy: PolicyId; rows: Partial<Record<RetentionRecord, RetentionRow>> };
  /** "<semver>+<content hash>" of the data files. */
  version: string;
}

export interface GuidanceFile {
  /** Path relative to the policies directory, e.g. "pan-dorset/provisions.json" or "shared/topics.json". */
  name: string;
  content: unknown;
}

function entryName(content: unknown, issuePath: readonly PropertyKey[]): string {
  const [list, index] = issuePath;
  if (typeof list === 'string' && typeof index === 'number') {
    const items = (content as Record<string, unknown> | null)?.[list];
    const item = Array.isArray(items) ? (items[index] as { id?: unknown } | undefined) : undefined;
    const id = typeof item?.id === 'string' ? `"${item.id}" ` : '';
    return `${id}(${list}[${index}])`;
  }
  if (typeof list === 'string' && typeof index === 'string') return `"${index}" (${list})`;
  return '(file)';
}

function parseFile<T>(schema: z.ZodType<T>, file: GuidanceFile): T {
  const result = schema.safeParse(file.content);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new GuidanceDataError(file.name, entryName(file.content, issue?.path ?? []), `${at}${issue?.message ?? 'invalid'}`);
}

function checkRule(rule: EncodedRule, index: number, file: string, topic: Topic, provisions: ReadonlyMap<string, Provision>, dates: ReadonlySet<string>): void {
  const entry = `"${rule.id}" (rules[${index}])`;
  const fail = (problem: string): never => {
    throw new GuidanceDataError(file, entry, problem);
  };
  const [idTopic, idPolicy] = rule.id.split('/');
  if (idTopic !== topic) fail(`id must start with the file's topic "${topic}/"`);
  if (idPolicy !== rule.policy) fail(`id names policy "${idPolicy}" but the rule is in the folder of "${rule.policy}"`);
  const cites = [...rule.cite, ...rule.conditions.flatMap((c) => c.cite), ...rule.actions.flatMap((a) => a.cite), ...rule.wording.map((w) => w.cite)];
  for (const id of cites) if (!provisions.has(id)) fail(`unknown citation id "${id}"`);
  const conditions = [rule.when, ...rule.conditions.flatMap((c) => (c.check ? [c.check] : []))];
  for (const fact of conditions.flatMap(factPaths)) {
    if (!isKnownFactPath(fact)) fail(`unknown fact "${fact}"`);
    if (fact.startsWith('computed.') && !dates.has(fact.slice('computed.'.length))) fail(`unknown computed date "${fact}"`);
  }
  for (const name of [...rule.actions.flatMap((a) => (a.due ? [a.due] : [])), ...rule.dates]) {
    if (!dates.has(name)) fail(`unknown computed date "${name}"`);
  }
  // "{computed.<name>}" and "{computed.<name>.basis}" in the texts a ruling shows must name a computed date.
  const texts = [rule.statement, ...rule.conditions.map((c) => c.text), ...rule.actions.map((a) => a.text)];
  for (const [, name, part] of texts.flatMap((t) => [...t.matchAll(/\{computed\.([A-Za-z]+)(?:\.([A-Za-z]+))?\}/g)])) {
    if (!dates.has(name!)) fail(`unknown computed date "computed.${name}" in a text`);
    if (part !== undefined && !COMPUTED_PARTS.includes(part as never)) fail(`unknown part ".${part}" of computed.${name} (use ${COMPUTED_PARTS.join(' or ')})`);
  }
  for (const w of rule.wording) {
    const quote = provisions.get(w.cite)?.quote ?? '';
    if (!containsQuote(quote, w.text)) fail(`wording "${w.label}" is not part of the quote of ${w.cite}`);
  }
}

/** How much of a provision's first sentence or list item finds the passage it is in. */
const PASSAGE_START = 60;

/**
 * Gives each provision the passage it is in, found by its start: the words before its first "•" (a provision quoting several
 * list items starts in the first item's passage), at most PASSAGE_START characters. Throws, naming the provision, when no
 * passage or several of its policy's passages hold that start (a card would quote it without the words its list follows).
 */
function resolvePassages(provisions: Map<string, Provision>, passages: readonly Passage[]): void {
  const texts = passages.map((p) => ({ passage: p, text: normaliseWhitespace(p.text) }));
  const withPassages = new Set(passages.map((p) => p.policy));
  for (const provision of provisions.values()) {
    if (!withPassages.has(provision.policy)) continue;
    const start = normaliseWhitespace(provision.quote).split(' • ')[0]!.slice(0, PASSAGE_START);
    const found = texts.filter((t) => t.passage.policy === provision.policy && t.text.includes(start));
    const entry = `"${provision.id}"`;
    if (found.length === 0) throw new GuidanceDataError(provision.file, entry, `no passage of ${provision.policy} holds the start of the quote ("${start}")`);
    if (found.length > 1) throw new GuidanceDataError(provision.file, entry, `several passages hold the start of the quote ("${start}"): ${found.map((t) => t.passage.id).join(', ')}`);
    provision.passage = found[0]!.passage;
  }
}

/** Where a file sits: a policy's provisions, parameters or rules, or a shared file. */
type Placement =
  | { kind: 'provisions'; policy: PolicyId }
  | { kind: 'passages'; policy: PolicyId }
  | { kind: 'parameters'; policy: PolicyId }
  | { kind: 'rules'; policy: PolicyId; topic: string }
  | { kind: 'topics' }
  | { kind: 'sets' };

function place(name: string): Placement {
  const parts = name.split('/');
  const wrong = (problem: string): never => {
    throw new GuidanceDataError(name, '(file)', problem);
  };
  if (parts[0] === 'shared') {
    if (parts.length === 2 && parts[1] === 'topics.json') return { kind: 'topics' };
    if (parts.length === 2 && parts[1] === 'sets.json') return { kind: 'sets' };
    return wrong('shared/ holds topics.json and sets.json only');
  }
  const policy = parts[0] as PolicyId;
  if (!POLICY_IDS.includes(policy)) return wrong(`"${parts[0]}" is not a policy (folders: ${POLICY_IDS.join(', ')}, shared)`);
  if (parts.length === 2 && parts[1] === 'provisions.json') return { kind: 'provisions', policy };
  if (parts.length === 2 && parts[1] === 'parameters.json') return { kind: 'parameters', policy };
  if (parts.length === 2 && parts[1] === 'passages.json') return { kind: 'passages', policy };
  if (parts.length === 3 && parts[1] === 'rules' && parts[2]!.endsWith('.json')) return { kind: 'rules', policy, topic: parts[2]!.slice(0, -'.json'.length) };
  return wrong('a policy folder holds provisions.json, passages.json, parameters.json and rules/<topic>.json');
}

const DATE_UNITS = ['working-days', 'calendar-days', 'hours', 'months'] as const;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** A term a provision defines: named in its quote, meant in its words, and neither the term nor any of its names defined twice. */
function checkTerm(id: string, quote: string, defines: NonNullable<Provision['defines']>, file: string, taken: Map<string, string>): void {
  const entry = `"${id}" (provision)`;
  if (!quote.toLowerCase().includes(defines.term.toLowerCase())) throw new GuidanceDataError(file, entry, `the term "${defines.term}" is not in the provision's quote`);
  // The meaning leads the card: it says only what the policy says, in the quote's own words (short words such as "its" aside).
  const quoted = new Set(wordsOf(quote));
  const unquoted = wordsOf(defines.meaning).filter((w) => w.length >= 4 && !quoted.has(w));
  if (unquoted.length > 0) throw new GuidanceDataError(file, entry, `the meaning of "${defines.term}" uses words its quote does not: ${unquoted.join(', ')}`);
  for (const name of new Set([defines.term.toLowerCase(), ...defines.names])) {
    const other = taken.get(name);
    if (other) throw new GuidanceDataError(file, entry, `the term name "${name}" is already defined by "${other}"`);
    taken.set(name, id);
  }
}

/** A policy's parameters, dates and retention table, checked against its provisions. */
function readParameters(
  file: GuidanceFile,
  policy: PolicyId,
  provisions: ReadonlyMap<string, Provision>,
): { parameters: Map<string, PolicyParameter>; dates: DateDefinition[]; retention?: Guidance['retention'] } {
  const parsed: ParametersFile = parseFile(parametersFileSchema, file);
  const parameters = new Map<string, PolicyParameter>();
  for (const [name, p] of Object.entries(parsed.parameters)) {
    for (const id of p.cite) {
      if (!provisions.has(id)) throw new GuidanceDataError(file.name, `"${name}" (parameters)`, `unknown citation id "${id}"`);
      if (!id.startsWith(`${policy}/`)) throw new GuidanceDataError(file.name, `"${name}" (parameters)`, `cites "${id}": a parameter cites its own policy's provisions`);
    }
    if ((p.unit === 'date') !== (typeof p.value === 'string')) throw new GuidanceDataError(file.name, `"${name}" (parameters)`, 'a "date" parameter is a YYYY-MM-DD string; any other unit is a number');
    parameters.set(name, { ...p, policy, name });
  }
  const number = (entry: string, name: string, units: readonly string[]): PolicyParameter & { value: number } => {
    const p = parameters.get(name);
    if (!p) throw new GuidanceDataError(file.name, entry, `unknown parameter "${name}"`);
    if (!units.includes(p.unit) || typeof p.value !== 'number') throw new GuidanceDataError(file.name, entry, `parameter "${name}" must be in ${units.join(' or ')}`);
    return p as PolicyParameter & { value: number };
  };
  const dates = Object.entries(parsed.dates).map(([name, d]): DateDefinition => {
    const p = number(`"${name}" (dates)`, d.after, DATE_UNITS);
    return { name, policy, label: d.label, from: d.from, amount: p.value, unit: p.unit as DateDefinition['unit'], ...(d.fromWords ? { fromWords: d.fromWords } : {}), cite: p.cite };
  });
  if (!parsed.retention) return { parameters, dates };
  const rows: Partial<Record<RetentionRecord, RetentionRow>> = {};
  for (const [record, row] of Object.entries(parsed.retention) as [RetentionRecord, NonNullable<ParametersFile['retention']>[RetentionRecord]][]) {
    if (!row) continue;
    const entry = `"${record}" (retention)`;
    for (const id of row.cite) if (!provisions.has(id)) throw new GuidanceDataError(file.name, entry, `unknown citation id "${id}"`);
    const years = (name: string) => number(entry, name, ['years']).value;
    switch (row.kind) {
      case 'child':
        rows[record] = { kind: 'child', anniversary: years(row.anniversary), yearsFromDeath: years(row.yearsFromDeath), diesBefore: years(row.diesBefore), cite: row.cite };
        break;
      case 'years-from':
        rows[record] = { kind: 'years-from', from: row.from, years: years(row.years), fromWords: row.fromWords, cite: row.cite };
        break;
      case 'adoption-order':
        rows[record] = { kind: 'adoption-order', years: years(row.years), cite: row.cite };
        break;
      case 'adoption-order-before': {
        const before = parameters.get(row.before);
        if (before?.unit !== 'date') throw new GuidanceDataError(file.name, entry, `parameter "${row.before}" must be a date`);
        rows[record] = { kind: 'adoption-order-before', before: before.value as string, years: years(row.years), cite: row.cite };
        break;
      }
      case 'agency-decides':
        rows[record] = { kind: 'agency-decides', basis: row.basis, cite: row.cite };
        break;
    }
  }
  return { parameters, dates, retention: { policy, rows } };
}

/**
 * A policy file's entries (provisions, passages), checked as every such file is: the file sits in its policy's folder,
 * each id starts with the policy, and no id is used twice, in this file or an earlier one (`seen`).
 */
function policyEntries<T extends { id: string }>(file: GuidanceFile, policy: PolicyId, folder: PolicyId, entries: readonly T[], kind: 'provision' | 'passage', seen: Set<string>): readonly T[] {
  if (policy !== folder) throw new GuidanceDataError(file.name, '(file)', `policy "${policy}" is in the folder of "${folder}"`);
  entries.forEach((p, i) => {
    const entry = `"${p.id}" (${kind}s[${i}])`;
    if (!p.id.startsWith(`${policy}/`)) throw new GuidanceDataError(file.name, entry, `id must start with "${policy}/"`);
    if (seen.has(p.id)) throw new GuidanceDataError(file.name, entry, `duplicate ${kind} id`);
    seen.add(p.id);
  });
  return entries;
}

/** Validates guidance files already read; throws GuidanceDataError naming the file and the entry. */
export function buildGuidance(files: readonly GuidanceFile[]): Guidance {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const placed = sorted.map((file) => ({ file, at: place(file.name) }));
  const of = <K extends Placement['kind']>(kind: K) =>
    placed.flatMap(({ file, at }) => (at.kind === kind ? [{ file, at: at as Extract<Placement, { kind: K }> }] : []));

  const provisions = new Map<string, Provision>();
  const provisionIds = new Set<string>();
  // A term's name answers with one definition only, whichever policy defines it.
  const termNames = new Map<string, string>();
  for (const { file, at } of of('provisions')) {
    const parsed = parseFile(provisionsFileSchema, file);
    for (const p of policyEntries(file, parsed.policy, at.policy, parsed.provisions, 'provision', provisionIds)) {
      if (p.defines) checkTerm(p.id, p.quote, p.defines, file.name, termNames);
      provisions.set(p.id, { id: p.id, section: p.section, quote: p.quote, policy: parsed.policy, file: file.name, ...(p.defines ? { defines: p.defines } : {}) });
    }
  }

  const passages: Passage[] = [];
  const passageIds = new Set<string>();
  for (const { file, at } of of('passages')) {
    const parsed = parseFile(passagesFileSchema, file);
    for (const p of policyEntries(file, parsed.policy, at.policy, parsed.passages, 'passage', passageIds)) {
      passages.push({ id: p.id, policy: parsed.policy, section: p.section, text: p.text, ...(p.leadIn ? { leadIn: p.leadIn } : {}) });
    }
  }
  resolvePassages(provisions, passages);

  const setsFile = of('sets')[0];
  const sets: Sets = setsFile ? new Map(Object.entries(parseFile(setsFileSchema, setsFile.file).sets)) : new Map();
  const topicsFile = of('topics')[0];
  if (!topicsFile) throw new GuidanceDataError('shared/topics.json', '(file)', 'file not found: every topic is described there');
  const topicInfo = parseFile(topicsFileSchema, topicsFile.file).topics;

  const parameters = new Map<string, PolicyParameter>();
  const dates = new Map<string, DateDefinition>();
  let retention: Guidance['retention'];
  for (const { file, at } of of('parameters')) {
    const read = readParameters(file, at.policy, provisions);
    for (const [name, p] of read.parameters) parameters.set(`${at.policy}/${name}`, p);
    for (const d of read.dates) {
      const other = dates.get(d.name);
      if (other) throw new GuidanceDataError(file.name, `"${d.name}" (dates)`, `date "${d.name}" is already defined by ${other.policy}`);
      dates.set(d.name, d);
    }
    if (read.retention) {
      if (retention) throw new GuidanceDataError(file.name, '(retention)', `the retention table is already defined by ${retention.policy}`);
      retention = read.retention;
    }
  }
  const dateNames = new Set([...dates.keys(), ...(retention ? [RETENTION_DATE] : [])]);

  const byTopic = new Map<Topic, EncodedRule[]>();
  const ruleIds = new Set<string>();
  for (const { file, at } of of('rules')) {
    const parsed = parseFile(rulesFileSchema, file);
    if (parsed.topic !== at.topic) throw new GuidanceDataError(file.name, '(file)', `topic "${parsed.topic}" must be in rules/${parsed.topic}.json`);
    if (!topicInfo[parsed.topic]) throw new GuidanceDataError(file.name, '(file)', `topic "${parsed.topic}" is not described in shared/topics.json`);
    const policyParameters = (name: string) => parameters.get(`${at.policy}/${name}`);
    parsed.rules.forEach((source, i) => {
      const entry = `"${source.id}" (rules[${i}])`;
      if (ruleIds.has(source.id)) throw new GuidanceDataError(file.name, entry, 'duplicate rule id');
      ruleIds.add(source.id);
      const rule = resolveRule(source, at.policy, { sets, parameter: policyParameters }, (problem) => new GuidanceDataError(file.name, entry, problem));
      checkRule(rule, i, file.name, parsed.topic, provisions, dateNames);
      byTopic.set(parsed.topic, [...(byTopic.get(parsed.topic) ?? []), rule]);
    });
  }

  const topics = new Map<Topic, TopicRules>();
  for (const [topic, info] of Object.entries(topicInfo) as [Topic, TopicInfo][]) {
    // Rules of the policies the topic lists first come first: on a tie of specificity, the card leads with them.
    const order = [...info.policyOrder, ...POLICY_IDS.filter((p) => !info.policyOrder.includes(p))];
    const rules = [...(byTopic.get(topic) ?? [])].sort((a, b) => order.indexOf(a.policy) - order.indexOf(b.policy));
    // Named fields, not a spread, so every topic shares one hidden class (see resolve.ts).
    topics.set(topic, { label: info.label, question: info.question, examples: info.examples, policyOrder: info.policyOrder, topic, rules });
  }

  const hash = createHash('sha256');
  for (const file of sorted) hash.update(`${file.name}\n${JSON.stringify(file.content)}\n`);
  return { provisions, passages, topics, parameters, dates, ...(retention ? { retention } : {}), version: `${GUIDANCE_SEMVER}+${hash.digest('hex').slice(0, 12)}` };
}

/** The shipped policies folder, next to this module (the project runs from source under tsx). */
export const GUIDANCE_POLICIES_DIR = fileURLToPath(new URL('./policies', import.meta.url));

/** Every JSON data file under `dir` (the JSON Schemas in schema/ aside), as paths relative to it. */
function dataFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((entry) => {
    const name = rel ? `${rel}/${entry}` : entry;
    if (statSync(path.join(dir, name)).isDirectory()) return name === 'schema' ? [] : dataFiles(dir, name);
    return entry.endsWith('.json') ? [name] : [];
  });
}

/** Reads every policy folder and shared/ under `dir` and validates them. */
export function loadGuidance(dir: string = GUIDANCE_POLICIES_DIR): Guidance {
  let names: string[];
  try {
    names = dataFiles(dir);
  } catch {
    throw new GuidanceDataError(path.basename(dir), '(folder)', 'guidance folder not found');
  }
  const files = names.map((name): GuidanceFile => {
    try {
      return { name, content: JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown };
    } catch (error) {
      throw new GuidanceDataError(name, '(file)', `not valid JSON: ${(error as Error).message}`);
    }
  });
  return buildGuidance(files);
}

