// A policy officer updating one council's guidance edits one folder: its numbers live in its parameters.json, and a change
// there moves that council's computed dates and nobody else's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { GuidanceDataError } from '../../src/guidance/errors';
import { GUIDANCE_POLICIES_DIR, loadGuidance, type Guidance } from '../../src/guidance/load';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { recordingDeadline } from '../../src/guidance/deadlines';
import { retentionDate } from '../../src/guidance/retention';
import type { Situation } from '../../src/guidance/situation';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits arbitrary fields of the JSON it copied
type Json = Record<string, any>;

/** A copy of the shipped policies with one file of one folder edited. */
function editedCopy(file: string, edit: (json: Json) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policies-'));
  temps.push(dir);
  cpSync(GUIDANCE_POLICIES_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(readFileSync(target, 'utf8')) as Json;
  edit(json);
  writeFileSync(target, JSON.stringify(json, null, 2));
  return dir;
}

const today = '2026-11-22';
const rule = (s: Situation, guidance: Guidance) => decide(s, { profile: DEFAULT_PROFILE, today, guidance });
const dateOf = (s: Situation, guidance: Guidance) => rule(s, guidance).dates.map((d) => d.date);

const SITUATIONS: Situation[] = [
  { topic: 'recording-deadline', urgency: 'routine', dates: { event: '2026-12-23' } },
  { topic: 'recording-deadline', urgency: 'harm-or-risk', dates: { event: '2026-12-23' } },
  { topic: 'subject-access-request', dates: { request: '2026-11-02' } },
  { topic: 'meeting-records', meeting: 'looked-after-review', dates: { event: '2026-11-02' } },
  { topic: 'retention', retentionRecord: 'looked-after-child', dates: { birth: '2010-05-01' } },
];

describe('guidance kept by council', () => {
  const shipped = loadGuidance();

  it('changing Nottinghamshire\'s case-note period changes its deadline and no other council\'s date', () => {
    const dir = editedCopy('nottinghamshire/parameters.json', (j) => {
      j.parameters.caseNoteWorkingDays.value = 3;
    });
    const edited = loadGuidance(dir);
    // 23 December 2026 + 3 working days (Christmas Day and the Boxing Day holiday on Monday 28th skipped) instead of + 5.
    expect(dateOf(SITUATIONS[0]!, shipped)).toEqual(['2027-01-04']);
    expect(dateOf(SITUATIONS[0]!, edited)).toEqual(['2026-12-30']);
    expect(rule(SITUATIONS[0]!, edited).positions[0]!.statement).toContain('within 3 working days');
    for (const s of SITUATIONS.slice(1)) expect(dateOf(s, edited), s.topic).toEqual(dateOf(s, shipped));
    expect(recordingDeadline({ eventDate: '2026-12-23', harmOrRisk: false, nation: 'england-and-wales', guidance: edited }).due).toBe('2026-12-30');
  });

  it("changing Brighton and Hove's subject access period moves only that date", () => {
    const dir = editedCopy('brighton-hove/parameters.json', (j) => {
      j.parameters.subjectAccessDays.value = 30;
    });
    const edited = loadGuidance(dir);
    expect(dateOf(SITUATIONS[2]!, edited)).toEqual(['2026-12-02']);
    expect(rule(SITUATIONS[2]!, edited).positions.find((p) => p.policy === 'brighton-hove')!.statement).toContain('no more than 30 days');
    for (const s of SITUATIONS.filter((_, i) => i !== 2)) expect(dateOf(s, edited), s.topic).toEqual(dateOf(s, shipped));
  });

  it('the retention table reads its periods from the parameters', () => {
    const dir = editedCopy('nottinghamshire/parameters.json', (j) => {
      j.parameters.lookedAfterAnniversary.value = 80;
    });
    const edited = loadGuidance(dir);
    expect(retentionDate('looked-after-child', { birth: '2010-05-01' }, { guidance: edited }).date).toBe('2090-05-01');
    expect(retentionDate('childrens-home', { birth: '2010-05-01' }, { guidance: edited }).date).toBe('2085-05-01');
  });

  it("Waltham Forest's direct-contact age is its parameter", () => {
    const s: Situation = { topic: 'digital-contact', channel: 'whatsapp', age: 15 };
    const dir = editedCopy('waltham-forest/parameters.json', (j) => {
      j.parameters.directAppContactMinAge.value = 15;
    });
    const position = (g: Guidance) => rule(s, g).positions.find((p) => p.policy === 'waltham-forest')?.verdict;
    expect(position(shipped)).toBe('not-allowed');
    expect(position(loadGuidance(dir))).not.toBe('not-allowed');
  });

  it('a rule file added to a council\'s folder is loaded without registering it anywhere else', () => {
    const dir = editedCopy('cardiff-vale/rules/supervision.json', (j) => j);
    writeFileSync(
      path.join(dir, 'cardiff-vale/rules/sign-off.json'),
      JSON.stringify({ topic: 'sign-off', rules: [{ id: 'sign-off/cardiff-vale/organisation-policy', when: { all: [] }, verdict: 'required', because: 'organisation policy applies', statement: 'Follow your organisation’s record-keeping policy.', cite: ['cardiff-vale/3'] }] }),
    );
    const edited = loadGuidance(dir);
    expect(rule({ topic: 'sign-off' }, edited).positions.map((p) => p.policy)).toContain('cardiff-vale');
  });

  it('a parameter without its citation, or a rule using another council\'s parameter, is refused with the file named', () => {
    const uncited = editedCopy('nottinghamshire/parameters.json', (j) => {
      j.parameters.caseNoteWorkingDays.cite = [];
    });
    expect(() => loadGuidance(uncited)).toThrow(GuidanceDataError);
    expect(() => loadGuidance(uncited)).toThrow(/nottinghamshire\/parameters\.json/);
    const borrowed = editedCopy('pan-dorset/rules/digital-contact.json', (j) => {
      j.rules[0].statement = 'Within {param.caseNoteWorkingDays} days.';
    });
    expect(() => loadGuidance(borrowed)).toThrow(/unknown parameter "caseNoteWorkingDays"/);
    const unknownSet = editedCopy('pan-dorset/rules/digital-contact.json', (j) => {
      j.rules[0].when = { fact: 'channel', op: 'in', set: 'carrier-pigeons' };
    });
    expect(() => loadGuidance(unknownSet)).toThrow(/unknown set "carrier-pigeons"/);
  });
});
