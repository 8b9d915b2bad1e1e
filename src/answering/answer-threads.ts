import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnswerContext, Reply } from './answer';
import type { QuestionTask } from './answer-worker';

// A fresh answer costs about a millisecond of CPU: on threads of their own, answers use the machine's other cores and never
// hold up the event loop (card actions, record routes and other people's turns go on while a question is answered).

/** Set by `npm run build`: the bundled thread entry, relative to this source file (as every import.meta.url in the bundle). */
declare const BUILT_ANSWER_WORKER: string | undefined;

const QUEUED_PER_THREAD = 16;

export interface AnswerThreads {
  answer(text: string, ctx: AnswerContext): Promise<Reply[]>;
  close(): Promise<void>;
}

/** `count` answering threads, started on the first question (most turns of a test or a short run never ask one). */
export function startAnswerThreads(count: number): AnswerThreads {
  const built = typeof BUILT_ANSWER_WORKER !== 'undefined';
  const filename = fileURLToPath(new URL(built ? BUILT_ANSWER_WORKER : './answer-worker.ts', import.meta.url));
  let pool: Piscina<QuestionTask, Reply[]> | undefined;
  const started = () =>
    (pool ??= new Piscina<QuestionTask, Reply[]>({
      filename,
      minThreads: count,
      maxThreads: count,
      // Unbuilt (npm run dev, the tests), the entry is TypeScript, read through tsx as the server's own modules are.
      execArgv: built ? [] : ['--import', 'tsx'],
      // Questions wait in each thread's own queue, so a thread goes from one answer to the next without waiting on the event loop.
      concurrentTasksPerWorker: QUEUED_PER_THREAD,
      // Threads stay: a restarted one would have to build the guidance's indexes again.
      idleTimeout: Infinity,
    }));
  return {
    answer: (text, { profile, today }) => started().run({ text, profile, today }),
    close: async () => {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
