import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { botSection } from './bot-section';

// `npm run bench`: each section in turn, bounded in time; other parts add a section by exporting one from bench/filing*.ts.

/** One part of the bench: runs by itself and returns the lines to print. */
export interface BenchSection {
  name: string;
  run(): Promise<string[]>;
}

const OPTIONAL_SECTIONS = ['./filing.ts', './filing-graph.ts', './production.ts', './addin.ts'];

async function sections(): Promise<BenchSection[]> {
  const list: BenchSection[] = [botSection];
  for (const file of OPTIONAL_SECTIONS) {
    const path = fileURLToPath(new URL(file, import.meta.url));
    if (!existsSync(path)) continue;
    const mod = (await import(path)) as { default?: BenchSection; sections?: BenchSection[] };
    list.push(...(mod.sections ?? (mod.default ? [mod.default] : [])));
  }
  return list;
}

// Run only when invoked as `npm run bench`, not when a section imports the BenchSection type.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv[2];
  for (const section of await sections()) {
    if (only && !section.name.toLowerCase().includes(only.toLowerCase())) continue;
    console.log(`\n== ${section.name}`);
    for (const line of await section.run()) console.log(line);
  }
}
