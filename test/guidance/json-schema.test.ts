import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidanceJsonSchemas, type GuidanceFileKind } from '../../src/guidance/json-schema';
import { GUIDANCE_POLICIES_DIR } from '../../src/guidance/load';

const SCHEMA_DIR = path.join(GUIDANCE_POLICIES_DIR, 'schema');

function dataFiles(rel = ''): string[] {
  return readdirSync(path.join(GUIDANCE_POLICIES_DIR, rel)).flatMap((entry) => {
    const name = rel ? `${rel}/${entry}` : entry;
    if (statSync(path.join(GUIDANCE_POLICIES_DIR, name)).isDirectory()) return name === 'schema' ? [] : dataFiles(name);
    return entry.endsWith('.json') ? [name] : [];
  });
}

function kindOf(file: string): GuidanceFileKind {
  if (file.includes('/rules/')) return 'rules';
  return path.basename(file, '.json') as GuidanceFileKind;
}

describe('the published JSON Schemas of the guidance files', () => {
  it.each(Object.entries(guidanceJsonSchemas()))('schema/%s.schema.json matches the zod schema (regenerate: node --import tsx scripts/guidance-schema.ts)', (kind, text) => {
    expect(readFileSync(path.join(SCHEMA_DIR, `${kind}.schema.json`), 'utf8')).toBe(text);
  });

  it('every data file names the schema of its kind, so an editor checks it', () => {
    const files = dataFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const ref = (JSON.parse(readFileSync(path.join(GUIDANCE_POLICIES_DIR, file), 'utf8')) as { $schema?: string }).$schema;
      expect(ref, file).toBeDefined();
      const target = path.resolve(path.dirname(path.join(GUIDANCE_POLICIES_DIR, file)), ref!);
      expect(target, file).toBe(path.join(SCHEMA_DIR, `${kindOf(file)}.schema.json`));
    }
  });

  it('the schema describes what the loader checks: a rule without a statement is invalid', () => {
    const rules = JSON.parse(guidanceJsonSchemas().rules) as { properties: { rules: { items: { required: string[] } } } };
    expect(rules.properties.rules.items.required).toEqual(expect.arrayContaining(['id', 'when', 'verdict', 'because', 'statement', 'cite']));
  });
});
