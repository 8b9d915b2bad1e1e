// Loads and validates the encoded guidance: schema per file, then cross-file checks (citations, facts, computed dates).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { COMPUTED_NAMES, COMPUTED_PARTS } from './computed-names';
import { factPaths, isKnownFactPath } from './conditions';
import { provisionsFileSchema, rulesFileSchema, type EncodedRule, type RulesFile } from './data/schema';
import { GuidanceDataError } from './errors';
import type { PolicyId } from './policies';
import type { Topic } from './situation';
import { containsQuote } from './text';

/** Semantic version of the encoded guidance; bump when rules change meaning. */
export const GUIDANCE_SEMVER = '1.9.0';

export interface Provision {
  id: string;
  policy: PolicyId;
  section: string;
  quote: string;
  file: string;
}

export interface Guidance {
  provisions: ReadonlyMap<string, Provision>;
  topics: ReadonlyMap<Topic, RulesFile>;
  /** "<semver>+<content hash>" of the data files. */
  version: string;
}

export interface GuidanceFile {
  /** Path relative to the data directory, e.g. "provisions/pan-dorset.json". */
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
  return '(file)';
}

function parseFile<T>(schema: z.ZodType<T>, file: GuidanceFile): T {
  const result = schema.safeParse(file.content);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new GuidanceDataError(file.name, entryName(file.content, issue?.path ?? []), `${at}${issue?.message ?? 'invalid'}`);
}

function checkRule(rule: EncodedRule, index: number, file: string, topic: Topic, provisions: ReadonlyMap<string, Provision>): void {
  const entry = `"${rule.id}" (rules[${index}])`;
  const fail = (problem: string): never => {
    throw new GuidanceDataError(file, entry, problem);
  };
  const [idTopic, idPolicy] = rule.id.split('/');
  if (idTopic !== topic) fail(`id must start with the file's topic "${topic}/"`);
  if (idPolicy !== rule.policy) fail(`id names policy "${idPolicy}" but policy is "${rule.policy}"`);
  const cites = [...rule.cite, ...rule.conditions.flatMap((c) => c.cite), ...rule.actions.flatMap((a) => a.cite), ...rule.wording.map((w) => w.cite)];
  for (const id of cites) if (!provisions.has(id)) fail(`unknown citation id "${id}"`);
  const conditions = [rule.when, ...rule.conditions.flatMap((c) => (c.check ? [c.check] : []))];
  for (const fact of conditions.flatMap(factPaths)) {
    if (!isKnownFactPath(fact)) fail(`unknown fact "${fact}"`);
    if (fact.startsWith('computed.') && !COMPUTED_NAMES.includes(fact.slice('computed.'.length) as never)) fail(`unknown computed date "${fact}"`);
  }
  for (const name of [...rule.actions.flatMap((a) => (a.due ? [a.due] : [])), ...rule.dates]) {
    if (!COMPUTED_NAMES.includes(name as never)) fail(`unknown computed date "${name}"`);
  }
  // "{computed.<name>}" and "{computed.<name>.long|basis}" in the texts a ruling shows must name a computed date.
  const texts = [rule.statement, ...rule.conditions.map((c) => c.text), ...rule.actions.map((a) => a.text)];
  for (const [, name, part] of texts.flatMap((t) => [...t.matchAll(/\{computed\.([A-Za-z]+)(?:\.([A-Za-z]+))?\}/g)])) {
    if (!COMPUTED_NAMES.includes(name as never)) fail(`unknown computed date "computed.${name}" in a text`);
    if (part !== undefined && !COMPUTED_PARTS.includes(part as never)) fail(`unknown part ".${part}" of computed.${name} (use ${COMPUTED_PARTS.join(' or ')})`);
  }
  for (const w of rule.wording) {
    const quote = provisions.get(w.cite)?.quote ?? '';
    if (!containsQuote(quote, w.text)) fail(`wording "${w.label}" is not part of the quote of ${w.cite}`);
  }
}

/** Validates guidance files already read; throws GuidanceDataError naming the file and the entry. */
export function buildGuidance(files: readonly GuidanceFile[]): Guidance {
  const provisions = new Map<string, Provision>();
  const topics = new Map<Topic, RulesFile>();
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  for (const file of sorted.filter((f) => f.name.startsWith('provisions/'))) {
    const parsed = parseFile(provisionsFileSchema, file);
    parsed.provisions.forEach((p, i) => {
      const entry = `"${p.id}" (provisions[${i}])`;
      if (!p.id.startsWith(`${parsed.policy}/`)) throw new GuidanceDataError(file.name, entry, `id must start with "${parsed.policy}/"`);
      if (provisions.has(p.id)) throw new GuidanceDataError(file.name, entry, 'duplicate provision id');
      provisions.set(p.id, { ...p, policy: parsed.policy, file: file.name });
    });
  }
  const ruleIds = new Set<string>();
  for (const file of sorted.filter((f) => f.name.startsWith('rules/'))) {
    const parsed = parseFile(rulesFileSchema, file);
    if (topics.has(parsed.topic)) throw new GuidanceDataError(file.name, '(file)', `topic "${parsed.topic}" is already defined in another file`);
    parsed.rules.forEach((rule, i) => {
      if (ruleIds.has(rule.id)) throw new GuidanceDataError(file.name, `"${rule.id}" (rules[${i}])`, 'duplicate rule id');
      ruleIds.add(rule.id);
      checkRule(rule, i, file.name, parsed.topic, provisions);
    });
    topics.set(parsed.topic, parsed);
  }
  for (const file of sorted) {
    if (!file.name.startsWith('provisions/') && !file.name.startsWith('rules/')) {
      throw new GuidanceDataError(file.name, '(file)', 'guidance files live under provisions/ or rules/');
    }
  }
  const hash = createHash('sha256');
  for (const file of sorted) hash.update(`${file.name}\n${JSON.stringify(file.content)}\n`);
  return { provisions, topics, version: `${GUIDANCE_SEMVER}+${hash.digest('hex').slice(0, 12)}` };
}

/** The shipped data folder, next to this module (the project runs from source under tsx). */
export const GUIDANCE_DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

/** Reads every JSON file under `dir`/provisions and `dir`/rules and validates it (used for tests of invalid data and for tools). */
export function loadGuidance(dir: string = GUIDANCE_DATA_DIR): Guidance {
  const files: GuidanceFile[] = [];
  for (const sub of ['provisions', 'rules']) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, sub)).filter((n) => n.endsWith('.json'));
    } catch {
      throw new GuidanceDataError(`${sub}/`, '(folder)', `folder not found under ${path.basename(dir)}`);
    }
    for (const name of names) {
      const rel = `${sub}/${name}`;
      try {
        files.push({ name: rel, content: JSON.parse(readFileSync(path.join(dir, sub, name), 'utf8')) as unknown });
      } catch (error) {
        throw new GuidanceDataError(rel, '(file)', `not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  return buildGuidance(files);
}
