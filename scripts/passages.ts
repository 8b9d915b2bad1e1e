// Writes each policy's passages.json: its seed text (../shared/seeds) split into passages (a paragraph, a list item or a
// row of a table, word for word) with the section the document heads it with, so the full text can be searched.
// `node --import tsx scripts/passages.ts` (SEEDS_DIR for another seeds folder); rerun after a seed changes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUIDANCE_POLICIES_DIR, type Passage as LoadedPassage } from '../src/guidance/load';
import { POLICY_IDS, POLICY_SOURCES, type PolicyId } from '../src/guidance/policies';

/** A passage as its policy's passages.json holds it: the folder names the policy. */
type Passage = Omit<LoadedPassage, 'policy'>;

/** What a policy's seed holds besides its guidance: reference lists and document furniture (headings as written). */
interface Layout {
  /** Sections that only list other documents or legislation: skipped until the next section of prose. */
  references: string[];
  /** The line the retention table's rows start after, and the table's name, where the seed has one. */
  table?: { after: string; title: string };
  /**
   * Sections the published document heads but the seed lost (its headings were not kept), by the words the section's first
   * paragraph starts with; named as the encoded provisions name them.
   */
  unheaded?: Record<string, string>;
}

const LAYOUTS: Record<PolicyId, Layout> = {
  'cardiff-vale': { references: ['Link to Nursing and Midwifery Council'] },
  'pan-dorset': { references: [] },
  'waltham-forest': { references: ['Further guidance and useful links:'] },
  'brighton-hove': { references: ['RELEVANT LOCAL GUIDANCE', 'RELATED CHAPTERS', 'AMENDMENT'] },
  nottinghamshire: {
    references: ['Relevant Regulations', 'Amendment'],
    table: { after: 'Retention Period', title: "Children's Services - Retention of Records" },
    unheaded: {
      'Many different styles of writing are permissible': 'Style of recording',
      'The following sections (2.5-2.10)': 'First contact',
      'Assessments should be recorded in the appropriate episode': 'Assessments',
      'Case notes should contain information about on-going work': 'Case notes',
      'A plan is the outcome of the assessment': 'Plans',
      'Summaries must be included in on-going case notes': 'Case notes and summaries',
      'Reviews should be carried out by fieldwork': 'Reviews',
      'The content and structure of reports': 'Reports',
      'Minutes of case reviews and other service user focused meetings': 'Minutes of meetings',
      'The purpose of recording complaints': 'Complaints',
      'Written records are the main source of information': 'Records as evidence',
      'Written records should show the involvement of service users': 'Service user involvement',
      'Recording should reflect good practice in relation to equal opportunities': 'Equal opportunities',
      'All personal information must be treated as confidential': 'Confidentiality',
      'Communication and information sharing between agencies': 'Sharing of information between agencies',
      'All Social Care employees are bound by the principles of confidentiality': 'Sharing of information between workers',
      'When risk of harm is identified as significant': 'Risk',
      'Each individual service user should have a file in his or her own name': 'Confidentiality: a file for each service user',
      'Hardcopy files and electronic records must be kept secure': 'Confidentiality: security of files',
      'The case record must be kept until the 75th anniversary': 'Retention',
    },
  },
};

/** Document control and page furniture: never guidance. */
const FURNITURE = [
  /^Skip to content$/,
  /^Company Logo$/,
  /^Procedures Effective from:/,
  /^Review Date:/,
  /^Last Updated:/,
  /^Caption:/,
  /^This chapter was updated in /,
  /^[A-Z][a-z]+ \d{1,2}, \d{4}$/,
  /^\S+@\S+$/,
  /^https?:\/\//,
  /^If you have any comments or queries about the pan-Dorset procedures/,
];

/** A passage shorter than this many words is a pointer ("See Important Note.") or a fragment, not guidance. */
const MIN_WORDS = 6;

const words = (s: string): number => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
const ITEM = /^\s*(?:-|•|·|◦|\d+\.)\s+/;
const ends = (s: string): boolean => /[.;:?!"”'’)]$/.test(s) && !/\)$/.test(s);
const isCaps = (s: string): boolean => /[A-Z]{3}/.test(s) && s === s.toUpperCase();

/** A line standing alone as a heading: short, no sentence end (or in capitals), not a list item. */
function headingShaped(line: string): boolean {
  if (ITEM.test(line) && !/^\d+(\.\d+)*\.?\s/.test(line)) return false;
  if (!/^[A-Z0-9]/.test(line)) return false;
  return words(line) <= (isCaps(line) ? 16 : 12) && (!ends(line) || isCaps(line));
}

/** A seed's text as the quotes are checked against it: bold and italic markers are formatting, not words. */
export function seedText(seedsDir: string, policy: PolicyId): string {
  return readFileSync(path.join(seedsDir, POLICY_SOURCES[policy].seedFile), 'utf8').replace(/\*{2,3}/g, '');
}

export function passagesOf(policy: PolicyId, seed: string): Passage[] {
  const layout = LAYOUTS[policy];
  // Lines broken mid-sentence in the seed (a list item running on after a blank line) are joined back.
  const lines: { text: string; indent: number }[] = [];
  for (const raw of seed.split('\n')) {
    const text = raw.trim();
    if (!text) continue;
    const last = lines[lines.length - 1];
    const runsOn = last && !ends(last.text) && (/^[a-z]/.test(text) || (last.text.split('(').length > last.text.split(')').length && !headingShaped(last.text)));
    if (last && runsOn && !ITEM.test(raw)) last.text = `${last.text} ${text}`;
    else lines.push({ text, indent: raw.length - raw.trimStart().length });
  }
  const title = lines.find((l) => !FURNITURE.some((f) => f.test(l.text)))?.text ?? policy;
  const passages: Passage[] = [];
  let numbered = '';
  let named = '';
  /** A lead-in that heads the short headings after it ("Case notes must be:" over "Timely", "Accurate", …). */
  let parent = '';
  /** A list item's own label ("Posting personal data: …"), heading the items after it. */
  let itemNamed = '';
  let leadIn = '';
  let skipping = false;
  let inTable = false;
  let row: string[] = [];
  const section = (): string => {
    const name = [parent, itemNamed || named].filter(Boolean).join(' ');
    return numbered && name ? `${numbered}: ${name}` : numbered || name || title;
  };
  const add = (text: string, item: boolean, sectionOverride?: string) => {
    // A short list item still says something under its lead-in ("The record of each contact must indicate: The outcome;").
    if (words(text) < (item && leadIn ? 2 : MIN_WORDS)) return;
    passages.push({ id: `${policy}/p${passages.length + 1}`, section: sectionOverride ?? section(), text, ...(item && leadIn ? { leadIn } : {}) });
  };
  const flushRow = () => {
    if (row.length > 1) add(row.slice(1).join(' '), false, `${layout.table!.title}: ${row[0]}`);
    row = [];
  };
  for (const [i, { text: line }] of lines.entries()) {
    if (line === title || FURNITURE.some((f) => f.test(line))) continue;
    const lost = Object.entries(layout.unheaded ?? {}).find(([start]) => line.startsWith(start));
    if (lost) {
      numbered = '';
      named = lost[1];
      parent = '';
      itemNamed = '';
    }
    if (inTable) {
      if (headingShaped(line) && !/\d/.test(line)) {
        flushRow();
        row = [line];
      } else if (row.length > 0) row.push(line);
      continue;
    }
    if (layout.table && line === layout.table.after) {
      inTable = true;
      continue;
    }
    if (layout.references.includes(line)) {
      skipping = true;
      continue;
    }
    // A reference list ends at the first sentence of prose; its section is then the document's own.
    if (skipping) {
      if (!(ends(line) && words(line) >= 8)) continue;
      skipping = false;
      numbered = '';
      named = '';
      parent = '';
    }
    const number = /^(?:- )?(\d+(?:\.\d+)*)\.?$/.exec(line);
    if (number) {
      // A paragraph number standing alone (Cardiff and Vale's "- 1"): the next paragraph is that section.
      numbered = number[1]!;
      named = '';
      leadIn = '';
      continue;
    }
    const numberedItem = /^- (\d+\.\d+)\s+(.*)$/.exec(line);
    if (numberedItem) {
      leadIn = '';
      add(numberedItem[2]!, false, numberedItem[1]!);
      continue;
    }
    const numberedHeading = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/.exec(line);
    const atMargin = lines[i]!.indent === 0;
    if (numberedHeading && atMargin && headingShaped(line)) {
      numbered = `${numberedHeading[1]}${line.includes(`${numberedHeading[1]}.`) ? '.' : ''} ${numberedHeading[2]}`;
      named = '';
      parent = '';
      leadIn = '';
      continue;
    }
    // A numbered section's title said again as a heading ("1. Core Principles", then "Core Principles") is not a part of it.
    if (numbered.endsWith(` ${line}`)) continue;
    if (headingShaped(line) && !ITEM.test(line)) {
      // A heading in capitals starts a part of its own; any other heading is a part of the numbered section it follows.
      if (isCaps(line)) numbered = '';
      const previous = lines[i - 1]?.text ?? '';
      if (previous.endsWith(':') && !headingShaped(previous)) parent = previous;
      else if (words(line) > 3) parent = '';
      named = line;
      leadIn = '';
      itemNamed = '';
      continue;
    }
    const item = ITEM.test(line) && !(numberedHeading && atMargin);
    const text = item ? line.replace(ITEM, '') : line;
    // "Purpose: To provide …", "Emails: Please see …": a paragraph labelled inline names the section it opens.
    const label = /^([A-Z][A-Za-z’' ]{2,40}):\s+\S/.exec(text);
    const labelled = label && words(label[1]!) <= 5 && !/^(Please|See)\b|\bstaff\b/.test(label[1]!) ? label[1]! : '';
    if (item && labelled) itemNamed = labelled;
    if (!item) {
      if (labelled) named = labelled;
      itemNamed = '';
      leadIn = '';
    }
    add(text, item);
    // The paragraph a list follows (or an item its sub-list follows) is the lead-in of the items after it.
    if (!item || text.endsWith(':')) leadIn = text;
  }
  flushRow();
  return passages;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seedsDir = process.env.SEEDS_DIR ?? path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/seeds');
  for (const policy of POLICY_IDS) {
    const passages = passagesOf(policy, seedText(seedsDir, policy));
    const file = path.join(GUIDANCE_POLICIES_DIR, policy, 'passages.json');
    writeFileSync(file, `${JSON.stringify({ $schema: '../schema/passages.schema.json', policy, passages }, null, 2)}\n`);
    console.log(`${policy}: ${passages.length} passages`);
  }
}
