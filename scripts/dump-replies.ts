import { readFileSync, writeFileSync } from 'node:fs';
import { answerAction, answerQuestion, type Reply } from '../src/answering/answer';
import { inputId } from '../src/answering/fact-inputs';
import type { FactName } from '../src/guidance/situation';
import { DEFAULT_PROFILE } from '../src/guidance/profile';
import { EVAL_DIR, evalQuestionFiles } from '../test/support/blind-sets';

// Every reply to every evaluation question, and to every follow-up and wording button those replies carry, one JSON line
// each: run before and after a change that must not change answers, then diff the two files.
// Usage: node --import tsx scripts/dump-replies.ts <output file> [question file ...]
// Without question files, test/eval/*.json only: a blind set is named on the command line once it has been run, never read
// because it sits in test/eval/blind/ (an unrun one must stay unopened).

const named = process.argv.slice(3);
const files = (named.length > 0 ? named : evalQuestionFiles().map((f) => `${EVAL_DIR}${f}`)).sort();
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };

/** Every button's data on a card that answers it back (follow-up choices, dates, "Send me just the wording"). */
function buttons(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) buttons(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const verb = (o.verb ?? (o.value as Record<string, unknown> | undefined)?.verb) as unknown;
    if ((verb === 'refine' || verb === 'wording') && (o.verb ? o : o.value)) out.push((o.verb ? o : o.value) as Record<string, unknown>);
    else for (const v of Object.values(o)) buttons(v, out);
  }
  return out;
}

const lines: string[] = [];
const line = (label: string, replies: Reply[]) => lines.push(JSON.stringify({ label, replies }));
for (const file of files) {
  for (const { question } of JSON.parse(readFileSync(file, 'utf8')) as { question: string }[]) {
    const replies = answerQuestion(question, ctx);
    line(question, replies);
    for (const data of buttons(replies.map((r) => r.card))) {
      // A date input submits its chosen date with the button's data; a fixed one stands in for the practitioner's.
      const asked = (data.asked as FactName[] | undefined) ?? [];
      const filled = { ...data };
      for (const fact of asked) if (fact.startsWith('dates.') && filled[inputId(fact)] === undefined) filled[inputId(fact)] = '2026-11-20';
      line(`${question} -> ${JSON.stringify(filled)}`, answerAction(filled, ctx));
    }
  }
}
writeFileSync(process.argv[2] ?? 'replies.jsonl', `${lines.join('\n')}\n`);
console.log(`${lines.length} replies`);
