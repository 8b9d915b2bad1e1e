import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config';
import { answerCardSizes } from './card-sizes';
import { budgetLine, stageBudget } from './stages';
import type { BenchSection } from './run';

// The answering bot and the bot's transport alone against a bare botbuilder echo bot: same loopback, same requests, alternating rounds.

export const QUESTIONS = [
  'can I WhatsApp a 15 year old?',
  'what do I put in the first WhatsApp message?',
  'how long have I got to write up this visit?',
  'a young person sent me an image, what now?',
  'can I text a parent from my own phone?',
  'do I need to put every email on the file?',
  'how long do we keep looked after children records?',
  'can I add a young person on Facebook?',
  'someone sent me an abusive message',
  'when is the case summary due?',
  'help',
  'can I give my personal number to a care leaver?',
];

const CONNECTIONS = 10;
const ROUND_SECONDS = 5;
const ROUNDS = 3;
/** The answering servers' threads: the default setting (src/config.ts), as `npm start` runs. */
const ANSWER_THREADS = loadConfig({}).answerThreads;
const WARM_WINDOW_SECONDS = 2;
const WARM_MIN_SECONDS = 10;
const WARM_FLAT_WINDOWS = 3;
const WARM_MAX_SECONDS = 40;

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

/** Each server runs as its own `node --import tsx` process, so neither shares an event loop with autocannon. */
function startServer(name: string, file: string, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const port = /listening (\d+)/.exec(out)?.[1];
      if (port) resolve({ name, port: Number(port), child });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code ?? 'signal'}) before listening`)));
  });
}

async function stopServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

let sequence = 0;
function activityBody(): string {
  sequence += 1;
  return JSON.stringify({
    type: 'message',
    id: `bench-${sequence}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    conversation: { id: `bench-conversation-${sequence}` },
    from: { id: `bench-user-${sequence % 50}` },
    recipient: { id: 'bench-bot' },
    text: QUESTIONS[sequence % QUESTIONS.length],
  });
}

/** Server process CPU (user + system) in ms from /proc, or undefined where /proc is absent. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat are utime and stime in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

interface Measure {
  rps: number;
  /** Server CPU per request: unlike throughput, barely moved by whatever else the machine is doing. */
  cpuPerRequest: number;
  /** Average response size: answer cards are far larger than an echo. */
  kbPerReply: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(server: Server, seconds: number): Promise<Measure> {
  const cpuBefore = cpuMs(server.child.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: activityBody() }) }],
  });
  const cpuAfter = cpuMs(server.child.pid);
  const cpuPerRequest = cpuBefore === undefined || cpuAfter === undefined ? NaN : (cpuAfter - cpuBefore) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, cpuPerRequest, kbPerReply: result.throughput.average / Math.max(1, result.requests.average) / 1024, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/**
 * Loads a server until its throughput stops rising (V8 compiles a server's hot code in tiers over its first thousands of
 * requests: a fresh answer's server took about 20 s to reach its steady speed): at least 10 s, and until three 2-s windows
 * in a row are no faster than the best so far by 5%, or 40 s. Returns the seconds it took.
 */
async function warm(server: Server): Promise<number> {
  let best = 0;
  let flat = 0;
  let seconds = 0;
  while ((flat < WARM_FLAT_WINDOWS || seconds < WARM_MIN_SECONDS) && seconds < WARM_MAX_SECONDS) {
    const { rps } = await load(server, WARM_WINDOW_SECONDS);
    seconds += WARM_WINDOW_SECONDS;
    if (rps > best * 1.05) [best, flat] = [rps, 0];
    else flat += 1;
  }
  return seconds;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type Summary = { rps: number; cpuPerRequest: number; kbPerReply: number; p50: number; p99: number; failures: number };

const row = (name: string, m: Summary) =>
  `${name.padEnd(20)}${m.rps.toFixed(0).padStart(9)}${m.cpuPerRequest.toFixed(2).padStart(11)}${m.kbPerReply.toFixed(1).padStart(10)}${String(m.p50).padStart(9)}${String(m.p99).padStart(9)}${String(m.failures).padStart(9)}`;

export const botSection: BenchSection = {
  name: 'Teams bot: answering bot and transport vs a bare botbuilder echo bot',
  async run(): Promise<string[]> {
    const servers: Server[] = [];
    // In this process before any server starts, so nothing else of the bench's competes with it.
    const budget = stageBudget(QUESTIONS);
    try {
      servers.push(await startServer('answering bot', './bot-answer.ts'));
      // Every question answered afresh: the cost when no one has asked it before today.
      servers.push(await startServer('answering, no memo', './bot-answer.ts', { ANSWER_CACHE_SIZE: '0' }));
      // The same on the event loop (no answering thread), as before ANSWER_THREADS: what the thread adds, in the same run.
      servers.push(await startServer('no memo, no thread', './bot-answer.ts', { ANSWER_CACHE_SIZE: '0', ANSWER_THREADS: '0' }));
      servers.push(await startServer('transport only', './bot-transport.ts'));
      servers.push(await startServer('echo bot', './bot-echo.ts'));
      const warmedFor = new Map<string, number>();
      for (const s of servers) warmedFor.set(s.name, await warm(s));
      const rounds = new Map<string, Measure[]>(servers.map((s) => [s.name, []]));
      for (let i = 0; i < ROUNDS; i++) {
        const order = i % 2 === 0 ? servers : [...servers].reverse();
        for (const s of order) rounds.get(s.name)!.push(await load(s, ROUND_SECONDS));
      }
      const summary = (name: string): Summary => {
        const ms = rounds.get(name)!;
        return {
          rps: median(ms.map((m) => m.rps)),
          cpuPerRequest: median(ms.map((m) => m.cpuPerRequest)),
          kbPerReply: median(ms.map((m) => m.kbPerReply)),
          p50: median(ms.map((m) => m.p50)),
          p99: median(ms.map((m) => m.p99)),
          failures: ms.reduce((n, m) => n + m.non2xx + m.errors, 0),
        };
      };
      const [answering, uncached, unthreaded, transport, echo] = servers.map((s) => summary(s.name)) as [Summary, Summary, Summary, Summary, Summary];
      // Fresh answers (no memo) are held to 0.6 of echo: each is understood, ruled and rendered anew.
      const verdict = (label: string, m: Summary, target = 0.8) => {
        const ratio = m.rps / echo.rps;
        const met = ratio >= target && m.p99 < 25 && m.failures === 0;
        return `${label}: ${ratio.toFixed(2)} of echo throughput, p99 ${m.p99} ms (targets ≥ ${target.toFixed(2)} and < 25 ms): ${met ? 'met' : 'MISSED'}; CPU per request ${(m.cpuPerRequest / echo.cpuPerRequest).toFixed(2)}× echo's`;
      };
      const cards = answerCardSizes();
      return [
        `${CONNECTIONS} connections, ${ROUNDS} rounds of ${ROUND_SECONDS} s per server (medians), expectReplies, ${QUESTIONS.length} questions, distinct conversations; answering servers with ANSWER_THREADS=${ANSWER_THREADS} unless named otherwise, on ${availableParallelism()} cores shared with the load generator`,
        `each server first loaded until its throughput stopped rising: ${servers.map((s) => `${s.name} ${warmedFor.get(s.name)} s`).join(', ')}`,
        `${'server'.padEnd(20)}${'req/s'.padStart(9)}${'CPU ms/req'.padStart(11)}${'KB/reply'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'failed'.padStart(9)}`,
        row('answering bot', answering),
        row('answering, no memo', uncached),
        row('no memo, no thread', unthreaded),
        row('transport only', transport),
        row('echo bot', echo),
        verdict('answering bot', answering),
        verdict('answering, no memo', uncached, 0.6),
        `no memo, no thread (answered on the event loop): ${(unthreaded.rps / echo.rps).toFixed(2)} of echo throughput, p99 ${unthreaded.p99} ms; the answering thread gives ${(uncached.rps / unthreaded.rps).toFixed(2)}× its throughput`,
        verdict('transport only', transport),
        `fresh answer in process, CPU ms per answer over the ${QUESTIONS.length} questions (medians): ${budgetLine(budget)}`,
        // Where a fresh request's server CPU goes, from the servers' own figures (the in-process budget above is taken early in
        // V8's tiering, so it is not subtracted from a server's): the memo's hits cost what a request costs beyond answering.
        `server CPU per fresh request: ${uncached.cpuPerRequest.toFixed(2)} ms = transport ${transport.cpuPerRequest.toFixed(2)} + the rest of a request (audit entry, conversation reference, memo look-up, a larger reply; the memo's hits less transport) ${(answering.cpuPerRequest - transport.cpuPerRequest).toFixed(2)} + answering afresh (no memo less memo) ${(uncached.cpuPerRequest - answering.cpuPerRequest).toFixed(2)}; echo ${echo.cpuPerRequest.toFixed(2)}`,
        `answer cards over the ${cards.count} evaluation answers: median ${(cards.medianBytes / 1024).toFixed(1)} KB (target ≤ 6 KB: ${cards.medianBytes <= 6 * 1024 ? 'met' : 'MISSED'}), largest ${(cards.largestBytes / 1024).toFixed(1)} KB`,
      ];
    } finally {
      await Promise.all(servers.map(stopServer));
    }
  },
};
