import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { errorCode } from '../log';
import type { AnswerContext } from './answer';
import { doWork, type WorkInput, type WorkKind, type WorkResult } from './answer-work';
import type { AnswerTask, TaskOutcome } from './answer-worker';

// A fresh answer costs about a millisecond of CPU: on threads of their own, typed questions and the answer card's buttons
// use the machine's other cores and never hold up the event loop (record routes and other people's turns go on meanwhile).

/** Set by `npm run build`: the bundled thread entry, relative to this source file (as every import.meta.url in the bundle). */
declare const BUILT_ANSWER_WORKER: string | undefined;

/** Questions handed to a thread before its answers come back, so a thread never waits on a busy event loop for its next (a thread that ends mid-way loses none: each is answered again here). 16 answered more a second than 4 under the bench's load. */
const QUEUED_PER_THREAD = 16;

export interface AnswerThreads {
  /** Answering work (src/answering/answer-work.ts) on a thread; on the event loop if the threads cannot (they failed, or were closed). */
  run<K extends WorkKind>(kind: K, input: WorkInput<K>, ctx: AnswerContext): Promise<WorkResult<K>>;
  close(): Promise<void>;
}

export interface AnswerThreadOptions {
  /** Told once, with the error's code only, when the threads fail and questions go back to the event loop. */
  onFailure?: (code: string) => void;
  /** Started now rather than on the first question (a server: its first practitioner does not wait for the thread to start). */
  startNow?: boolean;
  /** The thread's entry; the answering thread's own unless a test gives another. */
  entry?: URL;
}

function defaultEntry(): URL {
  const built = typeof BUILT_ANSWER_WORKER !== 'undefined';
  return new URL(built ? BUILT_ANSWER_WORKER : './answer-worker.ts', import.meta.url);
}

/** The threads of one entry, shared by every server in the process (tests start several; a deployment runs one). */
interface SharedThreads {
  run<K extends WorkKind>(kind: K, input: WorkInput<K>, ctx: AnswerContext): Promise<WorkResult<K>>;
  start(): void;
  users: number;
  /** Each server's onFailure, told once when the threads fail. */
  told: Set<(code: string) => void>;
  destroy(): Promise<void>;
}

const sharedThreads = new Map<string, SharedThreads>();

function threadsFor(filename: string, count: number): SharedThreads {
  const told = new Set<(code: string) => void>();
  let pool: Piscina<AnswerTask, TaskOutcome> | undefined;
  let failed = false;
  const fail = (err: unknown): void => {
    if (failed) return;
    failed = true;
    for (const tell of told) tell(errorCode(err));
    // A thread that cannot start would be started again and again: the pool is ended, and answers come from the event loop.
    void pool?.destroy().catch(() => undefined);
    pool = undefined;
  };
  const started = (): Piscina<AnswerTask, TaskOutcome> => {
    if (pool) return pool;
    pool = new Piscina<AnswerTask, TaskOutcome>({
      filename,
      minThreads: count,
      maxThreads: count,
      // Unbuilt (npm run dev, the tests), the entry is TypeScript, read through tsx as the server's own modules are.
      execArgv: filename.endsWith('.ts') ? ['--import', 'tsx'] : [],
      concurrentTasksPerWorker: QUEUED_PER_THREAD,
      // Threads stay: a restarted one would have to build the guidance's indexes again.
      idleTimeout: Infinity,
    });
    // A thread that fails outside any question (it could not start): without a listener the error would end the server.
    pool.on('error', fail);
    return pool;
  };
  return {
    users: 0,
    told,
    start: () => void (failed || started()),
    async run(kind, input, ctx) {
      if (failed) return doWork(kind, input, ctx);
      let outcome: TaskOutcome;
      try {
        outcome = await started().run({ kind, input, profile: ctx.profile, today: ctx.today });
      } catch (err) {
        // The thread ended or could not start: this question and every later one are answered here.
        fail(err);
        return doWork(kind, input, ctx);
      }
      // Answering threw on the thread: answered here, it throws again, with its stack, to the turn's error handling.
      return 'value' in outcome ? (outcome.value as WorkResult<typeof kind>) : doWork(kind, input, ctx);
    },
    async destroy() {
      const ending = pool;
      pool = undefined;
      await ending?.destroy();
    },
  };
}

/** `count` answering threads (shared with any other server in this process), started on the first question unless told to start now. */
export function startAnswerThreads(count: number, options: AnswerThreadOptions = {}): AnswerThreads {
  const filename = fileURLToPath(options.entry ?? defaultEntry());
  let shared = sharedThreads.get(filename);
  if (!shared) {
    shared = threadsFor(filename, count);
    sharedThreads.set(filename, shared);
  }
  const threads = shared;
  threads.users += 1;
  if (options.onFailure) threads.told.add(options.onFailure);
  if (options.startNow) threads.start();
  let closed = false;
  // Once closed (the server stopping), a question still in the turn is answered on the event loop.
  const run = <K extends WorkKind>(kind: K, input: WorkInput<K>, ctx: AnswerContext): Promise<WorkResult<K>> =>
    closed ? Promise.resolve(doWork(kind, input, ctx)) : threads.run(kind, input, ctx);
  return {
    run,
    async close() {
      if (closed) return;
      closed = true;
      if (options.onFailure) threads.told.delete(options.onFailure);
      threads.users -= 1;
      if (threads.users > 0) return;
      sharedThreads.delete(filename);
      await threads.destroy();
    },
  };
}

/** Answering work on the threads when there are any; with injected guidance (tests), which cannot cross to a thread, here. */
export function workOn<K extends WorkKind>(threads: AnswerThreads | undefined, kind: K, input: WorkInput<K>, ctx: AnswerContext): WorkResult<K> | Promise<WorkResult<K>> {
  return threads && !ctx.guidance ? threads.run(kind, input, ctx) : doWork(kind, input, ctx);
}
