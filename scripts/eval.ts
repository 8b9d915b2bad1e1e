// Scores the running bot over a question file: `npm run eval -- FILE [--min 0.95] [--url http://127.0.0.1:3978/api/messages]`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { cardText } from '../src/cards/card-text';

export const EvalQuestionSchema = z.object({
  question: z.string().min(1).max(2000),
  must_include: z.array(z.string().min(1)).default([]),
  must_not_include: z.array(z.string().min(1)).default([]),
});
export const EvalFileSchema = z.array(EvalQuestionSchema).min(1);
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export interface EvalResult {
  question: string;
  passed: boolean;
  missing: string[];
  unexpected: string[];
  /** Transport or HTTP problem, when the bot could not be asked. */
  error?: string;
}

export interface EvalSummary {
  results: EvalResult[];
  passed: number;
  total: number;
  rate: number;
}

export const DEFAULT_BOT_URL = 'http://127.0.0.1:3978/api/messages';

let sequence = 0;

/** A Teams-shaped message that asks for its replies in the HTTP response body. */
function messageActivity(question: string): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    id: `eval-${sequence}`,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    conversation: { id: `eval-conversation-${sequence}`, conversationType: 'personal' },
    from: { id: 'eval-user', name: 'Evaluation' },
    recipient: { id: 'bot', name: 'Companion' },
    text: question,
  };
}

/** Every card's visible text in an expectReplies body (ShowCard contents included), plus any plain text replies. */
export function repliesText(body: unknown): string {
  const activities = (body as { activities?: unknown[] } | undefined)?.activities ?? [];
  const parts: string[] = [];
  for (const a of activities as { text?: unknown; attachments?: { contentType?: string; content?: unknown }[] }[]) {
    if (typeof a.text === 'string') parts.push(a.text);
    for (const att of a.attachments ?? []) {
      if (att.contentType === 'application/vnd.microsoft.card.adaptive') parts.push(...cardText(att.content));
    }
  }
  return parts.join('\n');
}

export function judge(q: EvalQuestion, text: string): EvalResult {
  const haystack = text.toLowerCase();
  const missing = q.must_include.filter((s) => !haystack.includes(s.toLowerCase()));
  const unexpected = q.must_not_include.filter((s) => haystack.includes(s.toLowerCase()));
  return { question: q.question, passed: missing.length === 0 && unexpected.length === 0, missing, unexpected };
}

export async function askBot(botUrl: string, question: string): Promise<string> {
  const res = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(question)) });
  const body = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${botUrl}`);
  return repliesText(body ? (JSON.parse(body) as unknown) : undefined);
}

export async function scoreQuestions(questions: readonly EvalQuestion[], options: { botUrl: string }): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  for (const q of questions) {
    try {
      results.push(judge(q, await askBot(options.botUrl, q.question)));
    } catch (error) {
      results.push({ question: q.question, passed: false, missing: q.must_include, unexpected: [], error: (error as Error).message });
    }
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, total: results.length, rate: results.length ? passed / results.length : 0 };
}

export function loadQuestions(file: string): EvalQuestion[] {
  const parsed = EvalFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function parseArgs(argv: readonly string[]): { file: string; min: number; url: string } {
  let file: string | undefined;
  let min = 0.95;
  let url = DEFAULT_BOT_URL;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--min') min = Number(argv[++i]);
    else if (arg.startsWith('--min=')) min = Number(arg.slice(6));
    else if (arg === '--url') url = String(argv[++i]);
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else file = arg;
  }
  if (!file) throw new Error('Usage: npm run eval -- FILE [--min 0.95] [--url http://127.0.0.1:3978/api/messages]');
  if (!(min >= 0 && min <= 1)) throw new Error('--min must be a number from 0 to 1, e.g. 0.95');
  return { file, min, url };
}

async function main(): Promise<void> {
  const { file, min, url } = parseArgs(process.argv.slice(2));
  // BOT_URL is a tool setting for this script only; the app itself reads settings through src/config.ts.
  const botUrl = process.env.BOT_URL ?? url;
  const summary = await scoreQuestions(loadQuestions(file), { botUrl });
  for (const r of summary.results.filter((x) => !x.passed)) {
    const why = [r.error, r.missing.length ? `missing: ${r.missing.join(' | ')}` : '', r.unexpected.length ? `should not include: ${r.unexpected.join(' | ')}` : '']
      .filter(Boolean)
      .join('; ');
    console.log(`FAIL ${r.question}\n     ${why}`);
  }
  console.log(`Pass rate: ${summary.passed}/${summary.total} = ${(summary.rate * 100).toFixed(1)}% (minimum ${(min * 100).toFixed(1)}%)`);
  process.exitCode = summary.rate >= min ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 2;
  });
}
