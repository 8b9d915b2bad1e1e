import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAndAsk } from '../scripts/first-answer';
import type { BenchSection } from './run';

// The built server (`npm start`) against the source path (`npm run dev`): start to first answer, and memory at rest.

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;

async function measure(args: string[]): Promise<{ ms: number[]; cpu: number[]; rss: number[]; notes: Set<string> }> {
  const notes = new Set<string>();
  const ms: number[] = [];
  const rss: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
    try {
      const run = await startAndAsk(args, { DATA_DIR: dataDir });
      ms.push(run.startToAnswerMs);
      rss.push(run.rssMb);
      cpu.push(run.cpuMs);
      // The built server says so when V8 refuses its code cache (another Node, other flags): that start is slower.
      if (run.stderr().includes('code cache')) notes.add('code cache refused');
      await run.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { ms, cpu, rss, notes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const productionSection: BenchSection = {
  name: 'production build: start to first answer, memory at rest',
  async run() {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'ignore' });
    const lines = [`${RUNS} cold starts each; a fresh data folder each time; one question over HTTP (expectReplies); RSS read from /proc after the answer`];
    for (const [name, args] of [['built (npm start: node dist/main.js)', ['dist/main.js']], ['source (npm run dev: node --import tsx)', ['--import', 'tsx', 'src/main.ts']]] as const) {
      const { ms, cpu, rss, notes } = await measure([...args].map((a) => (a.includes('/') ? join(root, a) : a)));
      lines.push(`${name.padEnd(42)} start→first answer median ${median(ms).toFixed(0)} ms (runs ${ms.map((m) => m.toFixed(0)).join(', ')}), server CPU ${median(cpu).toFixed(0)} ms, memory at rest ${median(rss).toFixed(0)} MB${notes.size ? ` (${[...notes].join(', ')})` : ''}`);
    }
    return lines;
  },
};

export default productionSection;
