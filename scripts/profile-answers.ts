import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Session } from 'node:inspector/promises';
import { QUESTIONS } from '../bench/bot-section';
import { answerQuestion } from '../src/answering/answer';
import { DEFAULT_PROFILE } from '../src/guidance/profile';
import { evalQuestions } from '../test/support/blind-sets';

// Where a fresh answer's CPU goes: answers questions over and over in this process (no HTTP, no memo) and writes a V8 CPU
// profile of the warm rounds only, to open in Chrome DevTools or read with any .cpuprofile reader.
// Usage: node --import tsx scripts/profile-answers.ts [--bench] [--rounds N] [--out FILE]
// --bench: the bench's twelve questions (npm run bench); without it, every question of test/eval/*.json (never a blind set).

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const bench = args.includes('--bench');
const questions = bench ? [...QUESTIONS] : evalQuestions();
const rounds = Number(option('--rounds') ?? (bench ? 300 : 3));
// .tmp/ is ignored by git.
const out = option('--out') ?? '.tmp/answers.cpuprofile';
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };
const ask = () => {
  for (const q of questions) answerQuestion(q, ctx);
};

// Warm-up: the indexes built on first use, and the JIT.
for (let i = 0; i < Math.max(2, Math.round(rounds / 3)); i++) ask();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const cpu = process.cpuUsage();
for (let i = 0; i < rounds; i++) ask();
const used = process.cpuUsage(cpu);
const { profile } = await session.post('Profiler.stop');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(profile));
console.log(`${questions.length} questions × ${rounds} rounds: ${((used.user + used.system) / 1000 / (rounds * questions.length)).toFixed(3)} ms CPU per answer (profiled); profile in ${out}`);
