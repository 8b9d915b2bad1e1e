// Scores the running bot over a question file: `npm run eval -- FILE [--summary] [--min 0.95] [--url http://127.0.0.1:3978/api/messages]`.
// --summary prints only rates and failure kinds with counts, never a question: how a blind set is run once.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DEFINITION } from '../src/answering/views';
import { cardText } from '../src/cards/card-text';
import { VERDICTS as RULING_VERDICTS } from '../src/guidance/ruling';

/** The engine's verdicts and a term's definition, as the answer card's feedback data carries them. */
export const VERDICTS = [...RULING_VERDICTS, DEFINITION] as const;

export const EvalQuestionSchema = z.object({
  question: z.string().min(1).max(2000),
  must_include: z.array(z.string().min(1)).default([]),
  must_not_include: z.array(z.string().min(1)).default([]),
  /** Verdicts acceptable on the first card (from its feedback data); absent when the question is not a yes/no one. */
  first_verdict: z.array(z.enum(VERDICTS)).min(1).optional(),
});
export const EvalFileSchema = z.array(EvalQuestionSchema).min(1);
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export interface EvalResult {
  question: string;
  passed: boolean;
  missing: string[];
  unexpected: string[];
  /** The first card's verdict ('not-covered' for the not-covered card, undefined for any other card without one). */
  verdict?: string;
  /** Whether that verdict is one of `first_verdict`; undefined when the question names none. */
  verdictRight?: boolean;
  /** Transport or HTTP problem, when the bot could not be asked. */
  error?: string;
}

export interface EvalSummary {
  results: EvalResult[];
  passed: number;
  total: number;
  rate: number;
  /** Questions with a `first_verdict`, and how many got one of them first. */
  verdictsJudged: number;
  verdictsRight: number;
  verdictRate: number;
}

/** What the bot replied: all the visible text, and the verdict of its first card. */
export interface BotReply {
  text: string;
  verdict?: string;
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

/** The `verdict` in the first feedback action's data, searching the card depth-first in order. */
function feedbackVerdict(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const v = feedbackVerdict(n);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  const data = o.data as Record<string, unknown> | undefined;
  if (typeof o.type === 'string' && o.type.startsWith('Action.') && data?.verb === 'feedback' && typeof data.verdict === 'string') return data.verdict;
  return feedbackVerdict(Object.values(o));
}

/** The first card's verdict: its feedback data, or 'not-covered' for the card that says so (it has no feedback buttons). */
export function firstVerdict(body: unknown): string | undefined {
  const activities = (body as { activities?: unknown[] } | undefined)?.activities ?? [];
  const first = (activities as { attachments?: { contentType?: string; content?: unknown }[] }[])
    .flatMap((a) => a.attachments ?? [])
    .find((att) => att.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!first) return undefined;
  return feedbackVerdict(first.content) ?? (cardText(first.content).some((t) => t.includes(NOT_COVERED)) ? 'not-covered' : undefined);
}
const NOT_COVERED = 'not covered by the guidance this bot holds';

// A no-break space reads as a space: a fragment copied from a seed with one matches the card that prints a plain one.
const comparable = (s: string) => s.replace(/[\u00a0\u2007\u202f]/g, ' ').toLowerCase();

export function judge(q: EvalQuestion, reply: string | BotReply): EvalResult {
  const { text, verdict } = typeof reply === 'string' ? { text: reply, verdict: undefined } : reply;
  const haystack = comparable(text);
  const missing = q.must_include.filter((s) => !haystack.includes(comparable(s)));
  const unexpected = q.must_not_include.filter((s) => haystack.includes(comparable(s)));
  const judged = q.first_verdict ? { verdictRight: verdict !== undefined && (q.first_verdict as readonly string[]).includes(verdict) } : {};
  return { question: q.question, passed: missing.length === 0 && unexpected.length === 0, missing, unexpected, ...(verdict ? { verdict } : {}), ...judged };
}

export async function askBot(botUrl: string, question: string): Promise<BotReply> {
  const res = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(question)) });
  const body = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${botUrl}`);
  const parsed = body ? (JSON.parse(body) as unknown) : undefined;
  const verdict = firstVerdict(parsed);
  return { text: repliesText(parsed), ...(verdict ? { verdict } : {}) };
}

export async function scoreQuestions(questions: readonly EvalQuestion[], options: { botUrl: string }): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  for (const q of questions) {
    try {
      results.push(judge(q, await askBot(options.botUrl, q.question)));
    } catch (error) {
      results.push({ question: q.question, passed: false, missing: q.must_include, unexpected: [], error: (error as Error).message, ...(q.first_verdict ? { verdictRight: false } : {}) });
    }
  }
  return summarise(results);
}

export function summarise(results: EvalResult[]): EvalSummary {
  const passed = results.filter((r) => r.passed).length;
  const judged = results.filter((r) => r.verdictRight !== undefined);
  const right = judged.filter((r) => r.verdictRight).length;
  return {
    results, passed, total: results.length, rate: results.length ? passed / results.length : 0,
    verdictsJudged: judged.length, verdictsRight: right, verdictRate: judged.length ? right / judged.length : 1,
  };
}

export function loadQuestions(file: string): EvalQuestion[] {
  const parsed = EvalFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function parseArgs(argv: readonly string[]): { files: string[]; min: number; minVerdict: number; url: string; summaryOnly: boolean } {
  const files: string[] = [];
  let summaryOnly = false;
  let min = 0.95;
  let minVerdict = 0;
  let url = DEFAULT_BOT_URL;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--min') min = Number(argv[++i]);
    else if (arg.startsWith('--min=')) min = Number(arg.slice(6));
    else if (arg === '--min-verdict') minVerdict = Number(argv[++i]);
    else if (arg.startsWith('--min-verdict=')) minVerdict = Number(arg.slice(14));
    else if (arg === '--summary') summaryOnly = true;
    else if (arg === '--url') url = String(argv[++i]);
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error('Usage: npm run eval -- FILE... [--summary] [--min 0.95] [--min-verdict 0.9] [--url http://127.0.0.1:3978/api/messages]');
  if (!(min >= 0 && min <= 1)) throw new Error('--min must be a number from 0 to 1, e.g. 0.95');
  if (!(minVerdict >= 0 && minVerdict <= 1)) throw new Error('--min-verdict must be a number from 0 to 1, e.g. 0.9');
  return { files, min, minVerdict, url, summaryOnly };
}

const POLICY_NAMES = ['Pan Dorset', 'Cardiff and Vale', 'Waltham Forest', 'Brighton and Hove', 'Nottinghamshire'];
const DATE_FRAGMENT = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

/** Why a question failed, as kinds that can be counted without showing the question (how a blind set is reported). */
export function failureKinds(q: EvalQuestion, r: EvalResult): string[] {
  if (r.error) return ['error'];
  const kinds: string[] = [];
  const expectedNotCovered = q.must_include.includes(NOT_COVERED) || (q.first_verdict?.length === 1 && q.first_verdict[0] === 'not-covered');
  if (expectedNotCovered && r.verdict !== 'not-covered') kinds.push(`out of scope given a ruling (${r.verdict ?? 'no verdict'})`);
  else if (!expectedNotCovered && r.verdict === 'not-covered') kinds.push('in scope answered not covered');
  else if (!expectedNotCovered && r.verdict === undefined && r.verdictRight === false) kinds.push('no verdict on the first card (a choice or a question)');
  else {
    const missing = r.missing.filter((m) => m !== NOT_COVERED);
    if (missing.some((m) => POLICY_NAMES.includes(m))) kinds.push('a policy missing');
    if (missing.some((m) => DATE_FRAGMENT.test(m))) kinds.push('a date missing or wrong');
    if (missing.some((m) => !POLICY_NAMES.includes(m) && !DATE_FRAGMENT.test(m))) kinds.push('a provision fragment missing');
    if (r.unexpected.length) kinds.push('something it should not say');
    if (r.verdictRight === false) kinds.push(`first verdict ${r.verdict} where ${(q.first_verdict ?? []).join('/')} expected`);
  }
  return kinds;
}

/** Aggregates only: the pass and verdict rates and failure kinds with counts, never a question's text. */
export function summaryLines(questions: readonly EvalQuestion[], summary: EvalSummary): string[] {
  const counts = new Map<string, number>();
  summary.results.forEach((r, i) => {
    for (const kind of failureKinds(questions[i] as EvalQuestion, r)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, n]) => `${String(n).padStart(4)}  ${kind}`);
}

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const { files, min, minVerdict, url, summaryOnly } = parseArgs(process.argv.slice(2));
  // BOT_URL is a tool setting for this script only; the app itself reads settings through src/config.ts.
  const botUrl = process.env.BOT_URL ?? url;
  const questions = files.flatMap(loadQuestions);
  const summary = await scoreQuestions(questions, { botUrl });
  if (summaryOnly) console.log(['Failure kinds (a question can have several):', ...summaryLines(questions, summary)].join('\n'));
  else summary.results.forEach((r, i) => {
    const q = questions[i] as EvalQuestion;
    const wrongVerdict = r.verdictRight === false ? `first verdict ${r.verdict ?? '(none)'}, expected ${(q.first_verdict ?? []).join(' or ')}` : '';
    if (r.passed && !wrongVerdict) return;
    const why = [r.error, r.missing.length ? `missing: ${r.missing.join(' | ')}` : '', r.unexpected.length ? `should not include: ${r.unexpected.join(' | ')}` : '', wrongVerdict]
      .filter(Boolean)
      .join('; ');
    console.log(`${r.passed ? 'VERDICT' : 'FAIL'} ${r.question}\n     ${why}`);
  });
  console.log(`Pass rate: ${summary.passed}/${summary.total} = ${percent(summary.rate)} (minimum ${percent(min)})`);
  console.log(`First verdict right: ${summary.verdictsRight}/${summary.verdictsJudged} = ${percent(summary.verdictRate)} (minimum ${percent(minVerdict)})`);
  process.exitCode = summary.rate >= min && summary.verdictRate >= minVerdict ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 2;
  });
}
