import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GuidanceDataError } from '../../src/guidance/errors';
import { loadGuidance } from '../../src/guidance/load';
import { defaultGuidance } from '../../src/guidance/default-guidance';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/guidance/policies');
const temps: string[] = [];

/** A copy of the shipped guidance in a temp dir, with one file changed by `edit`. */
function brokenCopy(file: string, edit: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guidance-'));
  temps.push(dir);
  cpSync(dataDir, dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(target, JSON.stringify(json));
  return dir;
}

function loadError(dir: string): GuidanceDataError {
  try {
    loadGuidance(dir);
  } catch (error) {
    if (error instanceof GuidanceDataError) return error;
    throw error;
  }
  throw new Error('expected the guidance to be rejected');
}

type Entry = Record<string, unknown>;
const provisions = (json: Record<string, unknown>) => json.provisions as Entry[];
const rules = (json: Record<string, unknown>) => json.rules as Entry[];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading guidance data', () => {
  it('loads the shipped files from disk with the same content as the bundled guidance', () => {
    const fromDisk = loadGuidance();
    expect(loadGuidance(dataDir).version).toBe(fromDisk.version);
    expect(fromDisk.version).toBe(defaultGuidance().version);
    expect(fromDisk.provisions.size).toBe(defaultGuidance().provisions.size);
  });

  it('a provision without a quote names the file and the entry', () => {
    const dir = brokenCopy('pan-dorset/provisions.json', (j) => {
      delete provisions(j)[7]!.quote;
    });
    const e = loadError(dir);
    expect(e.code).toBe('GUIDANCE_DATA_INVALID');
    expect(e.file).toBe('pan-dorset/provisions.json');
    expect(e.entry).toBe('"pan-dorset/1.1" (provisions[7])');
    expect(e.message).toMatch(/quote/);
  });

  it('a term name given by two provisions is refused, naming both', () => {
    const dir = brokenCopy('pan-dorset/provisions.json', (j) => {
      const first = provisions(j)[0]!;
      first.defines = { term: String(first.quote).split(' ')[0], names: ['mirra'], meaning: String(first.quote) };
    });
    const e = loadError(dir);
    expect(e.file).toBe('pan-dorset/provisions.json');
    expect(e.message).toContain('the term name "mirra" is already defined by "brighton-hove/mirra"');
  });

  it('a term its provision does not name is refused, saying so', () => {
    const dir = brokenCopy('brighton-hove/provisions.json', (j) => {
      (provisions(j).find((p) => p.id === 'brighton-hove/one-story')!.defines as { term: string }).term = 'Two Stories';
    });
    expect(loadError(dir).message).toContain('the term "Two Stories" is not in the provision\'s quote');
  });

  it("a term's meaning in words its provision does not use is refused, naming them", () => {
    const dir = brokenCopy('brighton-hove/provisions.json', (j) => {
      (provisions(j).find((p) => p.id === 'brighton-hove/mirra')!.defines as { meaning: string }).meaning = 'Memory – Identity – Rights in Records – Access: principles every council must follow.';
    });
    expect(loadError(dir).message).toContain('the meaning of "MIRRA" uses words its quote does not: every, council, must, follow');
  });

  it('a term name in capitals is refused, saying how to write it', () => {
    const dir = brokenCopy('brighton-hove/provisions.json', (j) => {
      (provisions(j).find((p) => p.id === 'brighton-hove/mirra')!.defines as { names: string[] }).names = ['MIRRA'];
    });
    expect(loadError(dir).message).toContain('a name is written in lower case, as a practitioner would type it');
  });

  it('an empty quote is rejected', () => {
    const dir = brokenCopy('cardiff-vale/provisions.json', (j) => {
      provisions(j)[0]!.quote = '';
    });
    expect(loadError(dir).message).toMatch(/cardiff-vale\/provisions\.json.*"cardiff-vale\/3".*quote is required/);
  });

  it('a rule citing an unknown provision names the rule and the id', () => {
    const dir = brokenCopy('nottinghamshire/rules/retention.json', (j) => {
      rules(j).find((r) => r.id === 'retention/nottinghamshire/looked-after-child')!.cite = ['nottinghamshire/no-such-paragraph'];
    });
    const e = loadError(dir);
    expect(e.file).toBe('nottinghamshire/rules/retention.json');
    expect(e.entry).toContain('retention/nottinghamshire/looked-after-child');
    expect(e.message).toContain('unknown citation id "nottinghamshire/no-such-paragraph"');
  });

  it('a text showing an unknown computed date, or an unknown part of one, names the rule', () => {
    const unknownName = brokenCopy('nottinghamshire/rules/retention.json', (j) => {
      rules(j).find((r) => r.id === 'retention/nottinghamshire/keep-until')!.statement = 'Keep it until {computed.keepDate}.';
    });
    expect(loadError(unknownName).message).toContain('unknown computed date "computed.keepDate"');
    const unknownPart = brokenCopy('nottinghamshire/rules/retention.json', (j) => {
      rules(j).find((r) => r.id === 'retention/nottinghamshire/keep-until')!.statement = 'Keep it until {computed.retentionDate.short}.';
    });
    expect(loadError(unknownPart).message).toContain('unknown part ".short" of computed.retentionDate');
  });

  it('a rule with a bad verdict is rejected', () => {
    const dir = brokenCopy('cardiff-vale/rules/digital-contact.json', (j) => {
      rules(j)[1]!.verdict = 'probably-fine';
    });
    const e = loadError(dir);
    expect(e.file).toBe('cardiff-vale/rules/digital-contact.json');
    expect(e.entry).toBe('"digital-contact/cardiff-vale/planned-supervised" (rules[1])');
    expect(e.message).toMatch(/verdict/);
  });

  it('a condition on an unknown fact is rejected', () => {
    const dir = brokenCopy('cardiff-vale/rules/digital-contact.json', (j) => {
      rules(j)[0]!.when = { fact: 'shoeSize', op: 'gt', value: 9 };
    });
    expect(loadError(dir).message).toContain('unknown fact "shoeSize"');
  });

  it('an exact wording that is not in its quote is rejected', () => {
    const dir = brokenCopy('nottinghamshire/rules/wording.json', (j) => {
      (rules(j)[0]!.wording as Entry[])[0]!.text = 'Added for a colleague';
    });
    expect(loadError(dir).message).toMatch(/wording .* is not part of the quote of nottinghamshire\/on-behalf-of/);
  });

  it('a provision filed under the wrong policy is rejected', () => {
    const dir = brokenCopy('brighton-hove/provisions.json', (j) => {
      provisions(j)[0]!.id = 'nottinghamshire/iicsa-copy';
    });
    expect(loadError(dir).message).toContain('id must start with "brighton-hove/"');
  });

  it('a passage id used twice is rejected, naming the file and the entry, as a provision id is', () => {
    const dir = brokenCopy('pan-dorset/passages.json', (j) => {
      const passages = j.passages as Entry[];
      passages[1]!.id = passages[0]!.id;
    });
    expect(loadError(dir).message).toMatch(/pan-dorset\/passages\.json.*passages\[1\].*duplicate passage id/);
  });

  it('a provision no passage holds is rejected by name, as its card would quote it without the words its list follows', () => {
    const dir = brokenCopy('nottinghamshire/passages.json', (j) => {
      j.passages = (j.passages as Entry[]).filter((p) => p.id !== 'nottinghamshire/p207');
    });
    const e = loadError(dir);
    expect(e.file).toBe('nottinghamshire/provisions.json');
    expect(e.message).toMatch(/"nottinghamshire\/risk-contents".*no passage of nottinghamshire holds the start of the quote/);
  });

  it('a provision two passages hold is rejected by name, naming both', () => {
    const dir = brokenCopy('nottinghamshire/passages.json', (j) => {
      const passages = j.passages as Entry[];
      passages.push({ ...passages.find((p) => p.id === 'nottinghamshire/p207')!, id: 'nottinghamshire/p9207' });
    });
    expect(loadError(dir).message).toMatch(/"nottinghamshire\/risk-contents".*several passages .*nottinghamshire\/p207, nottinghamshire\/p9207/);
  });

  it('every shipped provision has its passage, a list of several items the passage of its first with the list\'s lead-in', () => {
    const guidance = defaultGuidance();
    for (const provision of guidance.provisions.values()) expect(provision.passage, provision.id).toBeDefined();
    const risk = guidance.provisions.get('nottinghamshire/risk-contents')!.passage!;
    expect(risk.text).toMatch(/^The nature of the risk identified;/);
    expect(risk.leadIn).toMatch(/^When risk of harm is identified as significant/);
  });

  it('a file that is not JSON is rejected by name', () => {
    const dir = brokenCopy('nottinghamshire/rules/sign-off.json', () => undefined);
    writeFileSync(path.join(dir, 'nottinghamshire/rules/sign-off.json'), '{ "topic": "sign-off", ');
    const e = loadError(dir);
    expect(e.file).toBe('nottinghamshire/rules/sign-off.json');
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('a different rule set gets a different guidance version', () => {
    const dir = brokenCopy('nottinghamshire/rules/sign-off.json', (j) => {
      rules(j)[0]!.because = 'changed wording';
    });
    expect(loadGuidance(dir).version).not.toBe(defaultGuidance().version);
  });
});
