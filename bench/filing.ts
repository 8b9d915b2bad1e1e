import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { startChildServer } from '../test/support/child-server';

// Files large e-mails through POST /api/emails to the embedded store, with the server in its own process so its
// memory alone is measured (peak RSS from /proc, VmHWM). Memory should not grow with the e-mail's size.

const MB = 1024 * 1024;

export interface FilingBenchResult {
  sizeMb: number;
  runs: number;
  msPerFiling: number;
  mbPerSecond: number;
  /** Server resident memory before filing and its peak during the runs (MB). */
  rssBeforeMb: number;
  peakRssMb: number;
}

/** An EML of `bytes` bytes generated in 64 KiB chunks, never whole in memory. */
function emailStream(bytes: number): { stream: Readable; length: number } {
  const head = Buffer.from(
    `From: "Parent" <parent@example.org>\r\nTo: practitioner@council.example\r\nSubject: Bench\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\nMessage-ID: <${randomUUID()}@bench.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const line = Buffer.from(`${'A'.repeat(76)}\r\n`);
  const chunk = Buffer.concat(Array.from({ length: Math.floor((64 * 1024) / line.length) }, () => line));
  const bodyBytes = Math.max(0, bytes - head.length);
  return {
    length: head.length + bodyBytes,
    stream: Readable.from(
      (function* () {
        yield head;
        let left = bodyBytes;
        while (left > 0) {
          const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
          left -= part.length;
          yield part;
        }
      })(),
    ),
  };
}

async function fileOnce(url: string, bytes: number): Promise<number> {
  const { stream, length } = emailStream(bytes);
  const { port } = new URL(url);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/emails?person=P-BENCH&personName=Bench&direction=incoming&purpose=Bench`, headers: { 'content-type': 'message/rfc822', 'content-length': String(length) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    pipeline(stream, req).catch(reject);
  });
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Files a `sizeMb` e-mail `runs` times on a fresh server and data folder. Linux only (reads /proc). */
export async function benchFiling({ sizeMb = 25, runs = 5 }: { sizeMb?: number; runs?: number } = {}): Promise<FilingBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-filing-'));
  const server = await startChildServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  try {
    const pid = server.child.pid as number;
    if ((await fileOnce(server.url, 64 * 1024)) !== 201) throw new Error('warm-up filing failed');
    const before = memoryOf(pid);
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) {
      const status = await fileOnce(server.url, sizeMb * MB);
      if (status !== 201) throw new Error(`filing ${i + 1} answered ${status}`);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = memoryOf(pid);
    return { sizeMb, runs, msPerFiling: (seconds * 1000) / runs, mbPerSecond: (sizeMb * runs) / seconds, rssBeforeMb: before.rss, peakRssMb: after.hwm };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function line(r: FilingBenchResult): string {
  return `${String(r.sizeMb).padStart(3)} MB x ${r.runs}: ${r.msPerFiling.toFixed(0)} ms per filing, ${r.mbPerSecond.toFixed(1)} MB/s, server RSS ${r.rssBeforeMb.toFixed(0)} MB before, peak ${r.peakRssMb.toFixed(0)} MB`;
}

const section = {
  name: 'Filing e-mails through the HTTP API (embedded store)',
  async run(): Promise<string[]> {
    const results: FilingBenchResult[] = [];
    for (const sizeMb of [1, 25, 45]) results.push(await benchFiling({ sizeMb, runs: 5 }));
    const peaks = results.map((r) => r.peakRssMb);
    return [...results.map(line), `peak server RSS across 1, 25 and 45 MB e-mails: ${Math.min(...peaks).toFixed(0)} to ${Math.max(...peaks).toFixed(0)} MB (should not grow with size)`];
  },
};
export default section;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  for (const l of await section.run()) console.log(l);
}
