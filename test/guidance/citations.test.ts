import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultGuidance } from '../../src/guidance/default-guidance';
import { POLICY_IDS, POLICY_SOURCES } from '../../src/guidance/policies';
import { normaliseWhitespace } from '../../src/guidance/text';

// The seeds live beside the repository: <repo>/../shared/seeds (SEEDS_DIR elsewhere, e.g. from a git worktree).
const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = process.env.SEEDS_DIR ?? path.resolve(here, '../../../shared/seeds');
const dataDir = path.resolve(here, '../../src/guidance/policies');

// Bold and italic markers in the seeds ("**…**", "***…***") are formatting, not words: a quote leaves them out.
const seedText = new Map(
  POLICY_IDS.map((id) => [id, normaliseWhitespace(readFileSync(path.join(seedsDir, POLICY_SOURCES[id].seedFile), 'utf8').replace(/\*{2,3}/g, ''))]),
);

/** Provisions kept for context although no rule cites them yet (none today: every provision is cited). */
const REFERENCE_ONLY: string[] = [];

const guidance = defaultGuidance();
const rules = [...guidance.topics.values()].flatMap((t) => t.rules);
// A provision is used when a rule cites it, or a parameter or retention-table row names it as its source, or it defines a
// term a practitioner may ask the meaning of.
const citedIds = new Set([
  ...rules.flatMap((r) => [...r.cite, ...r.conditions.flatMap((c) => c.cite), ...r.actions.flatMap((a) => a.cite), ...r.wording.map((w) => w.cite)]),
  ...[...guidance.parameters.values()].flatMap((p) => p.cite),
  ...Object.values(guidance.retention?.rows ?? {}).flatMap((row) => row.cite),
  ...[...guidance.provisions.values()].filter((p) => p.defines).map((p) => p.id),
]);

describe('every citation quotes its seed exactly', () => {
  it.each([...guidance.provisions.values()].map((p) => [p.id, p] as const))('%s occurs verbatim in its seed', (_id, p) => {
    expect(seedText.get(p.policy)).toContain(normaliseWhitespace(p.quote));
  });

  it('checks the files on disk, not only what the engine loaded', () => {
    const folders = readdirSync(dataDir).filter((f) => !['shared', 'schema'].includes(f) && !f.includes('.'));
    expect(folders.sort()).toEqual([...POLICY_IDS].sort());
    let count = 0;
    for (const f of folders) {
      const data = JSON.parse(readFileSync(path.join(dataDir, f, 'provisions.json'), 'utf8')) as { policy: (typeof POLICY_IDS)[number]; provisions: { quote: string }[] };
      for (const p of data.provisions) {
        expect(seedText.get(data.policy)).toContain(normaliseWhitespace(p.quote));
        count += 1;
      }
    }
    expect(count).toBe(guidance.provisions.size);
  });

  it('exact wordings are verbatim parts of the quotes they cite', () => {
    for (const w of rules.flatMap((r) => r.wording)) {
      const p = guidance.provisions.get(w.cite);
      expect(p, w.cite).toBeDefined();
      expect(seedText.get(p!.policy)).toContain(normaliseWhitespace(w.text));
    }
  });

  it('the WhatsApp consent message is encoded word for word', () => {
    const text = guidance.provisions.get('waltham-forest/whatsapp-consent-text')!.quote;
    expect(text.startsWith('Please note that we will be communicating with you using WhatsApp.')).toBe(true);
    expect(text.endsWith('If you agree to use using WhatsApp please respond to this chat with "YES".')).toBe(true);
  });
});

describe('citation ids line up', () => {
  it('every citation id a rule uses exists', () => {
    const unknown = [...citedIds].filter((id) => !guidance.provisions.has(id));
    expect(unknown).toEqual([]);
  });

  it('every provision is used by a rule or deliberately listed as reference only', () => {
    const unused = [...guidance.provisions.keys()].filter((id) => !citedIds.has(id) && !REFERENCE_ONLY.includes(id));
    expect(unused).toEqual([]);
  });

  it('every policy contributes provisions and rules', () => {
    for (const id of POLICY_IDS) {
      expect([...guidance.provisions.values()].some((p) => p.policy === id), id).toBe(true);
      expect(rules.some((r) => r.policy === id), id).toBe(true);
    }
  });
});
