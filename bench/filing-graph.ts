import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSection } from './run';
import { PassThroughTokenProvider } from '../src/graph/tokens';
import { createGraphClient } from '../src/graph/client';
import { provisionSite } from '../src/graph/provision';
import { DEFAULT_CHUNK_SIZE } from '../src/graph/upload';
import { SharePointRecordStore } from '../src/recording/sharepoint-store';
import { trustingFetch } from '../test/support/graph-standin';
import { newRecord, PRACTITIONER } from '../test/support/store-contract';
import { generatedEmail } from '../test/graph/generated-email';

// Files large e-mails through the SharePoint store to the local HTTPS Graph stand-in (its own process, so only the
// client's memory is measured): time per filing, throughput, and how far memory rises, which should not grow with the e-mail.

const MB = 1024 * 1024;
const TOKEN = 'bench-practitioner';

interface StandInProcess {
  origin: string;
  siteId: string;
  ca: string;
  child: ChildProcess;
}

async function startStandInProcess(): Promise<StandInProcess> {
  const users = JSON.stringify({ [TOKEN]: { id: PRACTITIONER.userId, displayName: PRACTITIONER.name } });
  const main = fileURLToPath(new URL('../test/support/graph-standin/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main, users], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (l) => {
      rl.close();
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`the Graph stand-in exited with ${code}`)));
  });
  const info = JSON.parse(line) as Omit<StandInProcess, 'child'>;
  return { ...info, child };
}

function stopStandInProcess(p: StandInProcess): Promise<void> {
  return new Promise((resolve) => {
    p.child.once('exit', () => resolve());
    p.child.stdin?.end();
  });
}

/** V8's collector, reachable without a command-line flag, so retained memory can be told apart from garbage not yet collected. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = collector();

function retainedBuffers(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
}

function sampleMemory(): { stop(): { rss: number; buffers: number; heap: number } } {
  gc();
  const base = process.memoryUsage();
  const peak = { rss: 0, buffers: 0, heap: 0 };
  const take = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss - base.rss);
    peak.buffers = Math.max(peak.buffers, m.external + m.arrayBuffers - (base.external + base.arrayBuffers));
    peak.heap = Math.max(peak.heap, m.heapUsed - base.heapUsed);
  };
  const timer = setInterval(take, 5);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}

async function fileMany(store: SharePointRecordStore, runs: number, size: number): Promise<{ times: number[]; retained: number; peak: ReturnType<ReturnType<typeof sampleMemory>['stop']> }> {
  const principal = { ...PRACTITIONER, accessToken: TOKEN };
  const times: number[] = [];
  const before = retainedBuffers();
  const memory = sampleMemory();
  for (let i = 0; i < runs; i++) {
    const email = generatedEmail(size);
    const started = process.hrtime.bigint();
    const { record } = await store.create(principal, newRecord(principal, { id: `CR-BENCH-${randomUUID().slice(0, 8)}`, blobs: [{ role: 'original-email', fileName: 'large.eml', contentType: 'message/rfc822', source: email.source }] }));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (record.blobs[0]?.sha256 !== email.sha256()) throw new Error('bench: the stored hash differs from the generated e-mail');
  }
  const peak = memory.stop();
  return { times, peak, retained: retainedBuffers() - before };
}

export async function benchFilingGraph(options: { runs?: number; sizesMb?: number[] } = {}): Promise<string[]> {
  const runs = options.runs ?? 3;
  // Three sizes: the peak should stay flat as the e-mail grows.
  const sizes = options.sizesMb ?? [5, 25, 75];
  const standin = await startStandInProcess();
  const trusted = trustingFetch(standin.ca);
  try {
    const graph = { baseUrl: standin.origin, tokens: new PassThroughTokenProvider(), fetch: trusted.fetch, retryDelaySeconds: 0 };
    await provisionSite(await createGraphClient(graph, { ...PRACTITIONER, accessToken: TOKEN }), standin.siteId);
    const store = new SharePointRecordStore({ siteId: standin.siteId, graph });
    await fileMany(store, 1, MB); // warm-up: connections and JIT are not measured
    const lines = [`upload session ranges of ${DEFAULT_CHUNK_SIZE.toLocaleString('en-GB')} bytes (10 x 320 KiB); stand-in in its own process`];
    for (const mb of sizes) {
      const { times, peak, retained } = await fileMany(store, runs, mb * MB);
      const sorted = [...times].sort((a, b) => a - b);
      const total = times.reduce((a, b) => a + b, 0);
      lines.push(
        `${mb} MB e-mail x ${runs}: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms per filing (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)}), ` +
          `${((runs * mb) / (total / 1000)).toFixed(1)} MB/s; peak above start (garbage included): RSS +${(peak.rss / MB).toFixed(1)} MB, ` +
          `buffers +${(peak.buffers / MB).toFixed(1)} MB, heap +${(peak.heap / MB).toFixed(1)} MB; retained after GC: ${(retained / MB).toFixed(2)} MB`,
      );
    }
    await store.close();
    return lines;
  } finally {
    await trusted.close();
    await stopStandInProcess(standin);
  }
}

export const filingGraph: BenchSection = { name: 'Filing large e-mails to SharePoint through Graph (local stand-in)', run: () => benchFilingGraph() };
export default filingGraph;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchFilingGraph().then(
    (lines) => console.log([filingGraph.name, ...lines.map((l) => `  ${l}`)].join('\n')),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
