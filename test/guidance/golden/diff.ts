// A readable diff of two rulings golden files: one block per situation whose ruling changed, one line per field that moved.

export interface GoldenRuling {
  topic: string;
  verdict: string;
  lead?: string;
  policies?: string[];
  positions: Record<string, { verdict: string; rules: string[] }>;
  dates: Record<string, string>;
  missing: string[];
}

/** The ruling as "field: value" lines, so two versions compare field by field. */
function lines(r: GoldenRuling): Map<string, string> {
  const out = new Map<string, string>([
    ['topic', r.topic],
    ['verdict', r.verdict],
    ['lead', r.lead ?? '(none)'],
    ['missing', r.missing.join(', ') || '(none)'],
  ]);
  for (const [policy, p] of Object.entries(r.positions)) out.set(policy, `${p.verdict} [${p.rules.join(', ')}]`);
  for (const [label, date] of Object.entries(r.dates)) out.set(`date "${label}"`, date);
  return out;
}

export function diffGolden(expected: Record<string, GoldenRuling>, actual: Record<string, GoldenRuling>): string {
  const blocks: string[] = [];
  for (const [name, before] of Object.entries(expected)) {
    const after = actual[name];
    if (!after) {
      blocks.push(`- ${name}`);
      continue;
    }
    const a = lines(before);
    const b = lines(after);
    const changed = [...new Set([...a.keys(), ...b.keys()])]
      .filter((k) => a.get(k) !== b.get(k))
      .map((k) => `    ${k}: ${a.get(k) ?? '(none)'} → ${b.get(k) ?? '(none)'}`);
    if (changed.length) blocks.push(`~ ${name}\n${changed.join('\n')}`);
  }
  for (const name of Object.keys(actual)) if (!(name in expected)) blocks.push(`+ ${name}: ${actual[name]!.verdict}`);
  return blocks.join('\n');
}
