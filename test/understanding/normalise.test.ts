import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/understanding/dates';
import { readAge } from '../../src/understanding/age';
import { readTime } from '../../src/understanding/time';
import { correctWord, editDistance, normalise, segment } from '../../src/understanding/normalise';

describe('typos within a bounded edit distance', () => {
  it.each([
    ['whatsap', 'whatsapp'],
    ['instagarm', 'instagram'],
    ['retension', 'retention'],
    ['recrod', 'record'],
    ['supervison', 'supervision'],
    ['bluetoth', 'bluetooth'],
    ['fostring', 'fostering'],
    // Spelt as it sounds: "-shun" is "-tion", "-shal" is "-tial".
    ['retenshun', 'retention'],
    ['informashun', 'information'],
    ['confidenshal', 'confidential'],
    // The retention table's starting points.
    ['apporval', 'approval'],
    ['aproval', 'approval'],
    ['termintated', 'terminated'],
  ])('%s → %s', (typo, word) => expect(correctWord(typo)).toBe(word));

  it.each(['supervising', 'supervised', 'station', 'mention', 'fashion', 'cushion'])('leaves %s alone (a word, not a typo)', (w) =>
    expect(correctWord(w)).toBeUndefined());

  it.each(['named', 'report', 'hello', 'mileage', 'password', 'worrying', 'contacted', 'emailing'])('leaves the ordinary word %s alone', (w) => expect(correctWord(w)).toBeUndefined());

  it('counts a transposition as one edit and stops past the bound', () => {
    expect(editDistance('recrod', 'record', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('shorthand', () => {
  it('gives text speak typed without its vowels its vowels back, only when one word fits', () => {
    expect(normalise('can i giv her my number jst for emergencies').text).toBe('can i give her my number just for emergencies');
    expect(normalise('do i tell my mngr evry time').text).toBe('do i tell my manager every time');
    expect(normalise('texting at wkends').text).toBe('texting at weekends');
  });

  it('reads a lone 4 before a person or a determiner as "for", and leaves ages and counts alone', () => {
    expect(normalise('whats the min age 4 me to contact her').text).toContain('age for me');
    expect(normalise('wait 4 my next visit').text).toBe('wait for my next visit');
    expect(normalise('she is aged 4 and her brother 6').text).toBe('she is aged 4 and her brother 6');
    expect(normalise('i have 4 kids on my caseload').text).toBe('i have 4 kids on my caseload');
  });

  it('reads "mob no." as a mobile number', () => expect(normalise('can i give my personal mob no. to a yp').text).toContain('personal mobile number to'));

  it('reads IG as information governance when it is a role or a team, and as Instagram otherwise', () => {
    expect(normalise('IG lead here - how long do we keep CP records?').text).toContain('information governance lead here');
    expect(normalise('need it for our IG training').text).toContain('our information governance training');
    expect(normalise('she keeps adding me on IG').text).toContain('on instagram');
  });

  it('spells out shorthand joined by a slash as it does shorthand alone, and leaves other slashed words and dates be', () => {
    expect(normalise('child only ever CIN/CP, never LAC').text).toBe('child only ever child in need/child protection, never looked after child');
    for (const kept of ['he/she said', 'open 24/7', 'n/a', 'and/or', 'born 14/02/2012']) expect(normalise(kept).text).toBe(kept);
  });

  it('reads the days and weeks practitioners shorten ("yday", "yest", "lst wk", "2 wks ago"), and "wk" as work otherwise', () => {
    expect(normalise('did a home visit yday').text).toBe('did a home visit yesterday');
    expect(normalise('visit yest, and one lst wk, another 2 wks ago').text).toBe('visit yesterday, and one last week, another 2 weeks ago');
    expect(normalise('can i use my wk phone at wk').text).toBe('can i use my work phone at work');
    expect(normalise("i haven't got a wk phone yet, this wk's visit").text).toBe("i haven't got a work phone yet, this week's visit");
  });

  it('expands practitioner abbreviations', () => {
    expect(normalise('YP on WA, LAC, CIN, CP, SAR, TM, SW, EDT, insta, FB, DM, msg, txt pls, 2 yrs').text).toBe(
      'young person on whatsapp, looked after child, child in need, child protection, subject access request, team manager, social worker, emergency duty team out of hours, instagram, facebook, direct message, message, text please, 2 years',
    );
    expect(normalise('a 15yo and a 14 y/o').text).toBe('a 15 years old and a 14 years old');
  });

  it('reads text-speak', () => {
    expect(normalise('cn i txt a yp frm my own fone').text).toBe('can i text a young person from my own phone');
    expect(normalise('wots the retenshun for fostring files').text).toBe("what's the retention for fostering files");
    expect(normalise('wat do i do wen a yp sends me a abusive txt').text).toBe('what do i do when a young person sends me a abusive text');
    expect(normalise('wot if mum rings 2moro, cud i rite it up l8r').text).toBe('what if mum rings tomorrow, could i write it up later');
    expect(normalise('is that rite').text).toBe('is that right');
  });

  it('reads a lone "2" between words as "to", never a number, an age or a time', () => {
    expect(normalise('yp sent a dodgy pic 2 my work fone').text).toBe('young person sent a dodgy picture to my work phone');
    expect(normalise('wen do i need 2 get it on mosaic').text).toBe('when do i need to get it on mosaic');
    expect(normalise('is it ok 2 whatsapp a mum at 9pm').text).toBe('is it ok to whatsapp a mum at 9pm');
    expect(normalise('how long hav we got 2 get her the records').text).toBe('how long have we got to get her the records');
    for (const kept of ['i have 2 kids and 2 phones', 'sent 2 texts at 2 am', 'on 2 nov i rang 2 parents', 'he is 2 and sent me 2 pictures', 'a 2 year old', 'i need 2, then go', 'within 2 working days']) {
      expect(normalise(kept).text).toBe(kept);
    }
  });
});

describe('run-together words', () => {
  it.each([
    ['canimessage', ['can', 'i', 'message']],
    ['a13yrold', ['a', '13', 'yr', 'old']],
    ['textmum', ['text', 'mum']],
    ['workphone', ['work', 'phone']],
    ['fbmsg', ['fb', 'msg']],
  ])('%s → %j', (word, pieces) => expect(segment(word)).toEqual(pieces));

  it('expands the pieces and says what it split', () => {
    const n = normalise('canimessage a13yrold on insta');
    expect(n.text).toBe('can i message a 13 year old on instagram');
    expect(n.corrections).toContainEqual({ from: 'canimessage', to: 'can i message' });
  });

  // Ordinary words made of other words, brands with a leading "i", and words with shorthand inside are never split.
  it.each(['tonight', 'forgive', 'harmless', 'topic', 'small', 'visitor', 'persona', 'nowadays', 'imessage', 'iphone', 'mummy', 'insecure', 'assigned', 'hiring', 'cani', 'childless', 'contactless'])(
    'leaves %s whole',
    (word) => expect(segment(word)).toBeUndefined(),
  );
});

describe('ages, times and dates', () => {
  it.each([
    ['a 15 year old', 15],
    ['15-year-old', 15],
    ['aged 13', 13],
    ['she is 14', 14],
    ['yp (16)', 16],
    ['she is 15 yrs', 15],
    ['the yp (shes 14, cin) found my work insta', 14],
    ['hes 15 and in care', 15],
    ['one of our lads (14) has sent me a friend request', 14],
  ])('%s → %i', (text, age) => expect(readAge(text)?.value).toBe(age));

  it.each(['there will be 3 of us visiting, can I whatsapp her?', 'we will be 2 workers at the visit'])('%s is a count, not an age', (text) =>
    expect(readAge(text)).toBeUndefined());

  it.each(['kept for 6 years after the order', 'within 25 years of birth', '15 years from the date of death', '2 days ago'])('%s is a period, not an age', (text) =>
    expect(readAge(text)).toBeUndefined());

  it.each(['can we shred files closed after 10 years', 'written up by 5 working days', 'kept after 3 months'])('%s is a period, not a clock time', (text) =>
    expect(readTime(text)).toBeUndefined());

  it.each(['asking dad the review questions 1 by 1 over whatsapp', 'going through them 2 by 2'])('%s is a manner (one by one), not a clock time', (text) =>
    expect(readTime(text)).toBeUndefined());

  it.each(['chat history with about 10 parents on my work phone', 'the email also goes on about 2 other kids in his class', 'getting about 15 a day on one family'])(
    '%s is a count, not a clock time', (text) => expect(readTime(text)).toBeUndefined());

  // A date written with dots or slashes is a date of birth or an event's day, never hours and minutes.
  it.each(['child DOB 14.06.2010, can i text her?', 'born 03.11.2012 and in care', 'his dob is 1/9/2011', 'dob 01.02.15, is that enough on the referral'])(
    '%s holds a date, not a clock time', (text) => expect(readTime(text)).toBeUndefined());

  it.each([
    ['DOB 14.06.2010, she rang at 10.30', '10:30'],
    ['born 3/4/2012, texted me at 9pm', '21:00'],
    ['at 21:15 on 12.03.2030', '21:15'],
  ])('%s → %s beside a written date', (text, time) => expect(readTime(text)?.value).toBe(time));

  it.each([
    ['she texted me about 10 last night', '22:00'],
    ['he messaged around 7, can i reply?', '19:00'],
    ['after 5pm', '17:00'],
    ['at 9pm', '21:00'],
    ['at 21:30', '21:30'],
    ['after 6', '18:00'],
    ['finished at 7 tonight, then at 9.15pm mum rang', '21:15'],
    ['she rang at 10pm, i got home at 7', '22:00'],
  ])('%s → %s', (text, time) => expect(readTime(text)?.value).toBe(time));

  it.each([
    ['routine cin visit on friday 18 december, when is the note due', 'event', '2026-12-18'],
    ['visit on friday, when is it due', 'event', '2026-11-20'],
    ['a written request for everything we hold on him and his son on 2 november 2026', 'request', '2026-11-02'],
    ['the last case summary on my file covers up to 1 september', 'lastSummary', '2026-09-01'],
  ])('%s → %s %s', (text, role, date) => expect(findDates(text, '2026-11-22').map((d) => [d.role, d.date])).toEqual([[role, date]]));

  it('gives each date its role from the words before it', () => {
    const found = findDates('dob 01/02/2010 and died on 5 june 2020, visited yesterday', '2026-11-22');
    expect(found.map((d) => [d.role, d.date])).toEqual([
      ['birth', '2010-02-01'],
      ['death', '2020-06-05'],
      ['event', '2026-11-21'],
    ]);
  });

  it.each([
    ['visited thurs last week (the 19th), when is it due', '2026-11-19'],
    ['she texted sat night (the 21st) around 10pm', '2026-11-21'],
    ['saw him fri morning, the 20th, at school', '2026-11-20'],
    ['mum rang last monday (16th) to cancel', '2026-11-16'],
    ['the visit was wednesday this week (the 18th)', '2026-11-18'],
  ])('reads a weekday with its day of the month after the part of the day or week: %s → %s', (text, date) =>
    expect(findDates(text, '2026-11-22').map((d) => d.date)).toEqual([date]));

  // 22 November 2026 is a Sunday: last week ran Monday 9 to Sunday 15, this week from Monday 16.
  it.each([
    ['sar came in writing on wed last week, when is it due', '2026-11-11'],
    ['mum rang last week on tuesday to cancel', '2026-11-10'],
    ['she emailed friday of last week asking for her file', '2026-11-13'],
    ['if a yp texts me this saturday, how long have i got', '2026-11-28'],
    ['if she whatsapps me this coming wednesday', '2026-11-25'],
    ['if dad rings the duty line this weekend', '2026-11-22'],
    ['he messaged me last weekend', '2026-11-14'],
  ])('places a weekday or weekend in the week it names: %s → %s', (text, date) =>
    expect(findDates(text, '2026-11-22').map((d) => d.date)).toEqual([date]));

  // 22 November 2026 is a Sunday. A day of the month placed by its month ("of last month"), or alone after "on" (the last one
  // gone) or after "till" or a plan (the coming one); "a fortnight ago" is two weeks ago; an ordinal of something else is no day.
  it.each([
    ['visited the family a fortnight ago, routine', [['event', '2026-11-08']]],
    ['saw the kids on the 1st of this month', [['event', '2026-11-01']]],
    ['routine visit on the 27th of last month', [['event', '2026-10-27']]],
    ['she rang on the 3rd of next month', [['event', '2026-12-03']]],
    ['i saw her on the 20th, she said dad hit her', [['event', '2026-11-20']]],
    ['i saw her on the 25th and she was fine', [['event', '2026-10-25']]],
    ['routine visit planned for the 24th, when is the note due', [['event', '2026-11-24']]],
    ['can the write up wait till the 30th?', [['proposed', '2026-11-30']]],
    ['this is my 2nd visit, on the 3rd floor', []],
    ['on the 2nd visit she told me more', []],
  ])('reads a day of the month without its month: %s', (text, dates) =>
    expect(findDates(text, '2026-11-22').map((d) => [d.role, d.date])).toEqual(dates));

  // A weekday and day with no month ("tue 23rd") are in the month the question names beside them, when the weekday agrees there.
  it.each([
    ['a visit on christmas eve (wed 24 dec) and another on tue 23rd, when are they due', '2031-08-20', ['2031-12-24', '2031-12-24', '2031-12-23']],
    ['mum rang on 2 march and again on fri 13th', '2026-04-20', ['2026-03-02', '2026-03-13']],
    ['born 1/2/2010, visited on tue 23rd', '2026-11-22', ['2010-02-01', '2027-02-23']],
  ])('reads a weekday and day in the month named beside it: %s (today %s)', (text, today, dates) =>
    expect(findDates(text, today).map((d) => d.date)).toEqual(dates));

  // Bank holidays in England and Wales: Monday 25 August 2025, then Christmas Day and Boxing Day 2025.
  it.each([
    ['on call over the bank holiday monday, a yp rang me with injuries', '2025-09-03', '2025-08-25'],
    ['mum emailed on the bank holiday asking for her file', '2025-09-03', '2025-08-25'],
    ['if she texts me on the bank holiday next week what do i do', '2025-12-20', '2025-12-25'],
    ['on nights fri 22nd, with the bank hol on monday when is the note due', '2025-08-20', '2025-08-22,2025-08-25'],
    ['the bank holiday is monday so when is my visit note due', '2025-08-20', '2025-08-25'],
    ["a visit on fri 22nd, given monday's a bank hol, when is it due", '2025-08-20', '2025-08-22,2025-08-25'],
  ])('reads a bank holiday named, not dated: %s (today %s) → %s', (text, today, dates) =>
    expect(findDates(text, today).map((d) => d.date)).toEqual(dates.split(',')));

  it.each(['do bank holidays count as working days?', 'is there bank holiday pay for on call?'])('reads no date from bank holidays in general: %s', (text) =>
    expect(findDates(text, '2025-09-03')).toEqual([]));

  it.each(['she keeps texting me late at night', "mum's ringing me again about the visit", 'a 15yo is messaging me now'])(
    'reads contact still going on as today: %s',
    (text) => expect(findDates(text, '2026-11-22').map((d) => d.date)).toEqual(['2026-11-22']));

  it.each(['is texting me at night ok?', 'can i keep texting her back?', 'she visited this monday gone'])('reads no date from %s', (text) =>
    expect(findDates(text, '2026-11-22')).toEqual([]));

  it('reads no day of the month from a count after a weekday and its part of the day', () =>
    expect(findDates('on friday night, 17 children were at the party', '2026-11-22').map((d) => d.date)).toEqual(['2026-11-20']));

  it('gives a misspelt approval end its role', () =>
    expect(findDates(normalise('the carers apporval was terminated on 31 oct 2026').text, '2026-11-22').map((d) => [d.role, d.date])).toEqual([['approvalTerminated', '2026-10-31']]));

  it('reads a day and month without a year as the nearest one', () => {
    expect(findDates('on 23 dec', '2026-11-22')[0]?.date).toBe('2026-12-23');
    expect(findDates('on 3 jan', '2026-11-22')[0]?.date).toBe('2027-01-03');
    expect(findDates('on 1 oct', '2026-11-22')[0]?.date).toBe('2026-10-01');
  });

  it('takes the year whose weekday agrees with the one written beside a day and month, even months ahead', () => {
    expect(findDates('on duty christmas eve (tues 24th dec)', '2030-05-24').map((d) => d.date)).toEqual(['2030-12-24', '2030-12-24']);
    expect(findDates('visit on tues 24th dec', '2030-05-24')[0]?.date).toBe('2030-12-24');
    expect(findDates('visit on 24th dec', '2030-05-24')[0]?.date).toBe('2029-12-24');
  });

  // 22 December 2032 is a Wednesday: Christmas Eve that Friday.
  it.each([
    ['they withdrew their application on 3rd march last year', 'refusalOrWithdrawal', '2031-03-03'],
    ['approval ended 1 june the year before last', 'approvalTerminated', '2030-06-01'],
    ['last year on 9 feb she refused', 'event', '2031-02-09'],
    ['their application was turned down in sept last year', 'refusalOrWithdrawal', '2031-09-30'],
    ['on duty xmas eve', 'event', '2032-12-24'],
    ['if we get a disclosure on a visit thursday afternoon', 'event', '2032-12-23'],
    ['saw her monday morning at school', 'event', '2032-12-20'],
  ])('reads a year named relative to today, or a day named by its name or part of the day: %s → %s %s', (text, role, date) =>
    expect(findDates(text, '2032-12-22').map((d) => [d.role, d.date])).toEqual([[role, date]]));

  it('ignores impossible dates', () => expect(findDates('on 31/02/2026', '2026-11-22')).toEqual([]));

  it.each([
    ['a lad born in 1999, never lac, closed in 2011', 'birth', '1999-12-31', 'year'],
    ['girl who was lac, born 1998, closed 2016', 'birth', '1998-12-31', 'year'],
    ['dob 2003', 'birth', '2003-12-31', 'year'],
    ['the adoption order was made in 2004', 'adoptionOrder', '2004-12-31', 'year'],
    ['adopted in 2005', 'adoptionOrder', '2005-12-31', 'year'],
    ['she died in 2020', 'death', '2020-12-31', 'year'],
    ['approval terminated in 2016', 'approvalTerminated', '2016-12-31', 'year'],
    ['they withdrew their application in 2019', 'refusalOrWithdrawal', '2019-12-31', 'year'],
    ['born march 1999', 'birth', '1999-03-31', 'month'],
    ['born in feb 2000', 'birth', '2000-02-29', 'month'],
  ])('a year or month alone: %s → %s %s (%s), the latest it could be', (text, role, date, precision) =>
    expect(findDates(text, '2026-11-22').map((d) => [d.role, d.date, d.precision])).toEqual([[role, date, precision]]));

  it.each([
    'closed in 2011',
    'old cp files from 2005',
    'an adoption order before 2005',
    'born in the 1990s',
    'born 1998-2001',
    'born in 2030',
    'stuff from the early 2000s',
    'the 2010 regulations',
  ])('%s is not a year-only date the retention table starts from', (text) => expect(findDates(text, '2026-11-22')).toEqual([]));

  it('a full date is never read as a year alone', () =>
    expect(findDates('born on 3 march 1999', '2026-11-22').map((d) => [d.role, d.date, d.precision])).toEqual([['birth', '1999-03-03', undefined]]));

});

describe('spelling: a correctly spelt English word is never mended into a domain word (nspell, en-GB)', () => {
  it('leaves real words alone and still mends typos of domain words', () => {
    expect(normalise('can i summarise the texts for the people who attended').corrections).toEqual([]);
    expect(normalise('retension of lac files').corrections).toContainEqual({ from: 'retension', to: 'retention' });
  });
});

describe('the trade\'s initials listed as examples are asked about as abbreviations', () => {
  it.each(['can I use LAC, PEP, IHA in my notes?', 'is cin, cp, lac etc ok in a case note', 'I put CP and CIN etc everywhere'])('%s', (q) =>
    expect(normalise(q).text).toContain('(abbreviations)'));
  it.each(['CIN/CP case closed in 2011', 'a CP and LAC file', 'YP, TM and SW were at the meeting yesterday', 'ok, so what now'])('%s is not a list of examples', (q) =>
    expect(normalise(q).text).not.toContain('abbreviations'));
});
