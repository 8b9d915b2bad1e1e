import { replaceChecked } from './literals';
import type { Reading } from './reading';

// Ages as practitioners write them: "15yo", "aged 13", "she's 14", "one of mine is 11", "one of our girls is 14", "a fourteen-year-old".

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

const NUMBER_WORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/g;

/** "fifteen-year-old" → "15-year-old"; keeps the rest of the text as it was. */
export function digitsForNumberWords(text: string): string {
  return replaceChecked(text, NUMBER_WORD, (w) => String(NUMBER_WORDS[w]));
}

export function readAge(text: string): Reading<number> | undefined {
  const patterns = [
    // A message that opens with the age, as facts given up front: "15, my work phone, she agreed …".
    /^(1[0-9]|[5-9]),(?= )/,
    /\b(\d{1,2}) ?-?(?:years?|yr)[ -]?olds?\b/,
    // "N years" is an age only after words that introduce one: "6 years" in a retention question is a period.
    /\b(?:a|an|is|are|she's|he's|they're|shes|hes|theyre|aged|age|of|yp|young person|child|girl|boy) (\d{1,2})[ -]?(?:years?|yrs?)\b(?! ago| from| after| before| since)/,
    /\baged? (\d{1,2})\b/,
    /\b(?:(?:she|he|they|yp|young person|child|boy|girl|lad|kid|teen|teenager|son|daughter|who|(?:one|1) of (?:mine|ours|(?:our|my|the) (?:girls|boys|kids|lads|young people|yps|children|residents|care leavers|looked after children)))(?:'s| is| are|'re)|\b(?:shes|hes|theyre)) (?:only |now |just )?(\d{1,2})\b(?!:|\d| ?(?:am|pm|days?|weeks?|months?|minutes?|hours?))/,
    /\b(?:young (?:person|people)|child|children|boys?|girls?|teens?|teenagers?|kids?|yps?|lads?|sons?|daughters?|care leavers?|service users?|siblings?|brothers?|sisters?) \((\d{1,2})\)/,
    /\b(?:a|an|my|this|the) (\d{1,2})(?:m|f)?\b(?= ?(?:boy|girl|young person|child|teen|kid|lad|yp|who|\?|$))/,
    // A name with the age in brackets, as case notes write it: "Ayaan (14) messaged me" (not a numbered section or option).
    /\b(?!(?:sections?|options?|questions?|qs?|points?|versions?|pages?|steps?|parts?|items?|things?|bits?|reasons?|numbers?|no|rules?|paragraphs?|paras?|appendix|schedules?|articles?|regulations?|regs?|s)\b)[a-z][a-z'’-]+ \((\d{1,2})(?:\)|, )/,
    // "she's just turned 16": the age reached, when no present age is given ("she's 15 and turned …" reads 15 above).
    /\bturned (\d{1,2})\b(?! ?(?:am|pm|:|days?|weeks?|months?|minutes?|hours?|pages?|times?|%))/,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    const n = m ? Number(m[1]) : Number.NaN;
    if (m && n >= 0 && n <= 25) return { value: n, from: m[0] };
  }
  // "turning 16 next month" / "turns 16 soon": not that age yet, so the age now is one less (an under-16 stays under 16).
  const coming = /\b(?:turning|turns|will turn|(?:she|he|they|yp|who)(?:'ll| will) be) (\d{1,2})\b(?! ?(?:am|pm|:|days?|weeks?|months?|minutes?|hours?|pages?|times?|%))/.exec(text);
  const next = coming ? Number(coming[1]) : Number.NaN;
  if (coming && next >= 1 && next <= 26) return { value: next - 1, from: coming[0] };
  return undefined;
}
