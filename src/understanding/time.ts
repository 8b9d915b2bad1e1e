import type { Reading } from './reading';

// A date written with slashes, or with dots and a year ("DOB 14.06.2010", "on 3/4"), is not hours and minutes.
const WRITTEN_DATE = /\b\d{1,2}(?:\/\d{1,2}(?:\/\d{2,4})?|\.\d{1,2}\.\d{2,4})\b/g;
// A bare number past 12 after "at" or "after", with no minutes, am/pm or o'clock ("left care at 18", "claim UC at 18") is not a
// clock time (an age, most often): passed over, so a time said later in the message ("texted me at 22:45") is still read.
const BARE_PAST_NOON = /\b(?:at|after|gone|past|before|by|around|about) (?:1[3-9]|2[0-3])\b(?![:.]\d)(?! ?(?:am|pm|o'?clock|ish)\b)/g;

/** "after 5pm", "at 9pm", "21:30": the clock time, when one is given. */
export function readTime(written: string): Reading<string> | undefined {
  const text = written.replace(WRITTEN_DATE, (date) => ' '.repeat(date.length)).replace(BARE_PAST_NOON, (words) => ' '.repeat(words.length));
  // The most explicit time wins: "at 9.15pm" over "finished at 7" earlier in the same message.
  const m =
    /\b(?:at|after|around|about|gone|past|before|by) (\d{1,2})(?:[:.](\d{2}))? ?(am|pm)\b/.exec(text) ??
    /\b(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)\b/.exec(text) ??
    // "about 10" or "around 2" alone is a count ("about ten parents", "about two other kids"), a time only said as one.
    /\b(?:around|about) (\d{1,2})(?:[:.](\d{2}))?(?:ish)? ?(o'?clock)?(?= ?(?:ish|o'?clock|last night|tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|at night|[,.?!]|$))/.exec(text) ??
    // "after 10 years", "by 5 working days" are periods, not times; "by 2) what ..." numbers the next ask; "1 by 1" (one by one) is none.
    /\b(?:at|after|gone|past|before|(?<!\b\d{1,2} )by) (\d{1,2})(?:[:.](\d{2}))?(?:ish)? ?(am|pm|o'?clock)?\b(?! ?(?:working |calendar |more |full )?(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times?|people|of)\b|\))/.exec(text) ??
    /\b(\d{1,2})[:.](\d{2}) ?(am|pm)?\b/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minutes = m[2] && /^\d{2}$/.test(m[2]) ? Number(m[2]) : 0;
  const suffix = m[3] ?? (m[2] && !/^\d{2}$/.test(m[2]) ? m[2] : undefined);
  if (hour > 23 || minutes > 59) return undefined;
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  // Without am/pm, small numbers after "after"/"at" are afternoon/evening times in practice ("after 6").
  if (!suffix && hour >= 1 && hour <= 7 && /\b(at|after|gone|past|around|about)\b/.test(m[0])) hour += 12;
  // "At 9ish last night": an hour said of the evening or night is after noon.
  else if (!suffix && hour >= 1 && hour <= 11 && /\b(last night|tonight|this evening|in the evening|at night|yesterday evening)\b/.test(text)) hour += 12;
  if (!suffix && !m[2] && !/\b(at|after|gone|past|around|about|before|by)\b/.test(m[0])) return undefined;
  return { value: `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, from: m[0] };
}
