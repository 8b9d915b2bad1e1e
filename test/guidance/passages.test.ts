import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { passagesOf, seedText } from '../../scripts/passages';
import { defaultGuidance, defaultPassageIndex } from '../../src/guidance/default-guidance';
import { GUIDANCE_POLICIES_DIR } from '../../src/guidance/load';
import { passageIndex, passageIndexJson, searchPassages } from '../../src/guidance/passage-search';
import { POLICY_IDS } from '../../src/guidance/policies';
import { normaliseWhitespace } from '../../src/guidance/text';

// The full text of each policy as passages: word for word from its seed, nothing a practitioner needs left out, and found
// by the search for a question that uses other words.

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = process.env.SEEDS_DIR ?? path.resolve(here, '../../../shared/seeds');
const seeds = new Map(POLICY_IDS.map((id) => [id, seedText(seedsDir, id)]));
const guidance = defaultGuidance();
const byPolicy = (policy: string) => guidance.passages.filter((p) => p.policy === policy);

/** A seed's lines of prose: list markers and numbering taken off. */
const seedLines = (policy: (typeof POLICY_IDS)[number]) =>
  seeds.get(policy)!.split('\n').map((l) => l.trim().replace(/^(?:(?:-|•|·|◦|\d+(?:\.\d+)*\.?)\s+)+/, '')).filter((l) => l.length > 0);
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

describe('passages: the full text of each policy', () => {
  it.each(POLICY_IDS.map((id) => [id]))('%s: every passage and lead-in is word for word in the seed', (policy) => {
    const seed = normaliseWhitespace(seeds.get(policy)!);
    expect(byPolicy(policy).length).toBeGreaterThan(5);
    for (const p of byPolicy(policy)) {
      expect(seed, p.id).toContain(normaliseWhitespace(p.text));
      if (p.leadIn) expect(seed, `${p.id} lead-in`).toContain(normaliseWhitespace(p.leadIn));
    }
  });

  it.each(POLICY_IDS.map((id) => [id]))('%s: passages.json is what scripts/passages.ts makes from the seed (rerun it after a seed changes)', (policy) => {
    const file = JSON.parse(readFileSync(path.join(GUIDANCE_POLICIES_DIR, policy, 'passages.json'), 'utf8')) as { passages: unknown[] };
    expect(file.passages).toEqual(passagesOf(policy, seeds.get(policy)!));
  });

  it.each(POLICY_IDS.map((id) => [id]))('%s: at least 90%% of the seed\'s prose is in a passage; what is left out is headings, references and document control', (policy) => {
    const texts = byPolicy(policy).map((p) => normaliseWhitespace(`${p.leadIn ?? ''} ${p.text}`));
    const lines = seedLines(policy);
    const left = lines.filter((l) => !texts.some((t) => t.includes(normaliseWhitespace(l))));
    const share = 1 - left.reduce((n, l) => n + wordCount(l), 0) / lines.reduce((n, l) => n + wordCount(l), 0);
    expect(share).toBeGreaterThanOrEqual(0.9);
    // A sentence of guidance is never left out: what is left is short (headings, names of Acts, "or") or a reference.
    const sentences = left.filter((l) => wordCount(l) >= 8 && /[.;]$/.test(l) && !/^(Procedures Effective|This chapter was updated|If you have any comments)/.test(l));
    expect(sentences).toEqual([]);
  });

  it('every encoded provision is found in the passages, so a passage can stand for any quote a rule cites', () => {
    const missing = [...guidance.provisions.values()].flatMap((v) => {
      const texts = byPolicy(v.policy).map((p) => normaliseWhitespace(p.text));
      const pieces = v.quote.split(/\n|\s[•·◦]\s/).map((s) => normaliseWhitespace(s).replace(/^[•·◦-]\s*/, '')).filter(Boolean);
      return pieces.filter((s) => !texts.some((t) => t.includes(s))).map((s) => `${v.id}: ${s}`);
    });
    expect(missing).toEqual([]);
  });

  it('a passage carries the section its document heads it with', () => {
    const find = (start: string) => guidance.passages.find((p) => normaliseWhitespace(p.text).startsWith(start));
    expect(find('Texting should not normally be used as third party communication')?.section).toBe('1.7');
    expect(find('Paper records must be secured') ?? find('Storage of information at work')).toMatchObject({ policy: 'brighton-hove', section: '4.2 Guidance: Storage of information at work' });
    expect(find('Case notes must be recorded on MOSAIC file within 5 working days')?.section).toBe('Case notes must be: Timely');
    expect(find('An Extended Child Practice Review')?.section).toBe('2');
    // A list item keeps the words the list follows, which say what it means.
    expect(find('The likelihood of harm occurring')?.leadIn).toBe('When risk of harm is identified as significant, it is important to record accurately.');
  });

  it('reference lists and document control are not passages', () => {
    const all = guidance.passages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/https?:\/\//);
    expect(all).not.toContain('Procedures Effective from');
    expect(all).not.toContain('Chronically Sick and Disabled Persons Act 1970\n');
    expect(guidance.passages.some((p) => p.text === 'National Assistance Act 1948')).toBe(false);
  });
});

describe('searching the full text', () => {
  const index = defaultPassageIndex();
  const top = (question: string, policies = POLICY_IDS as readonly (typeof POLICY_IDS)[number][]) =>
    searchPassages(index, question, policies, 3).map((h) => ({ ...h, passage: { ...h.passage, text: normaliseWhitespace(h.passage.text) } }));

  it('finds the passage a question means in other words', () => {
    expect(top('paper files on my desk overnight - does it matter?')[0]?.passage.text).toContain('locked cupboards / cabinets overnight');
    expect(top('a care leaver wants part of her file about her birth dad deleted')[0]?.passage.text).toContain("deleted or ‘forgotten’");
    expect(top('what do minutes of a child in need review need sending out by')[0]?.passage.text).toContain('Minutes of Child in Need reviews should be distributed within 10 working days');
  });

  it('with synonyms, finds the passage in the guidance\'s own words for what the practitioner typed, crediting their word', () => {
    const synonyms = (q: string) => searchPassages(defaultPassageIndex(), q, POLICY_IDS, 5, { synonyms: true });
    const shop = synonyms('can I stop at tesco on the way back with the case papers in my bag');
    expect(shop[0]?.passage.text).toContain('Never take case records into shops');
    expect(shop[0]?.matched).toContain('tesco');
    expect(top('can I stop at tesco on the way back with the case papers in my bag')[0]?.passage.text).not.toContain('Never take case records into shops');
    expect(synonyms('can I email the report to the solicitor at their hotmail address')[0]?.passage.text).toContain('Egress mail encryption');
    expect(synonyms('a young person showed me an instagram video of him with a knife')[0]?.passage.text).toContain('activities of concern');
    // A phrase of common words ("just guidance") is a part of the question's meaning the passage covers.
    const binding = synonyms('is the data security policy just guidance?')[0];
    expect(binding?.passage.text).toContain('may be a disciplinary matter');
    expect(binding?.coverage).toBeGreaterThan(0.3);
  });

  it('a place the practitioner names (any of the places a policy covers) says where they work, not what the passage is about', () => {
    const plain = top('images sent to my work phone from an unknown number');
    for (const place of ['in poole', 'bournemouth', 'nottingham']) {
      expect(top(`${place}: images sent to my work phone from an unknown number`).map((h) => [h.passage.id, h.coverage])).toEqual(plain.map((h) => [h.passage.id, h.coverage]));
    }
  });

  it('searches only the policies asked for', () => {
    const hits = top('paper files on my desk overnight', ['nottinghamshire', 'pan-dorset']);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => ['nottinghamshire', 'pan-dorset'].includes(h.passage.policy))).toBe(true);
  });

  it('says how much of the question a passage covers: little for a question the guidance does not answer', () => {
    const inScope = top('paper files on my desk overnight')[0]!;
    const outside = top('how do I claim mileage for home visits')[0];
    expect(inScope.coverage).toBeGreaterThan(0.35);
    expect(outside?.coverage ?? 0).toBeLessThan(0.3);
  });

  it('says also how much of the words the guidance uses a passage covers, for choosing among passages in scope', () => {
    const plain = top('scanning a letter onto the file')[0]!;
    const chatty = top('ugh, frazzled and gutted: scanning a letter onto the file')[0]!;
    expect(chatty.passage.id).toBe(plain.passage.id);
    expect(chatty.coverage).toBeLessThan(plain.coverage);
    expect(chatty.share).toBeCloseTo(plain.share, 5);
  });

  it('asked for no passages, finds none (and does not fail)', () => {
    expect(searchPassages(index, 'paper files on my desk overnight', POLICY_IDS, 0)).toEqual([]);
  });

  it('ranks the same way every time', () => {
    const once = top('can I paste the whole email chain into the case note').map((h) => h.passage.id);
    expect(top('can I paste the whole email chain into the case note').map((h) => h.passage.id)).toEqual(once);
  });
});

describe('the passage index written into the production build', () => {
  it('is refused for guidance it was not built from, even with as many passages (one edited)', () => {
    const built = passageIndexJson(guidance);
    const edited = { ...guidance, passages: guidance.passages.map((p, i) => (i === 0 ? { ...p, text: `${p.text} Edited.` } : p)), version: `${guidance.version}-edited` };
    expect(() => passageIndex(edited, built)).toThrow(/does not match the guidance: run npm run build again/);
    expect(passageIndex({ ...guidance }, built).passages).toHaveLength(guidance.passages.length);
  });
});
