import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/understanding/normalise';
import { findDates } from '../../src/understanding/dates';
import { understand } from '../../src/understanding/understand';
import { CASES } from './cases';

const today = '2026-11-22';

describe('free text → topic and facts (table)', () => {
  it('has a broad table', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  for (const c of CASES) {
    it(`${c.q} → ${c.topic ?? 'out of scope'}`, () => {
      const u = understand(c.q, { today });
      expect(u.situation?.topic ?? null).toBe(c.topic);
      if (c.facts) expect(u.situation).toMatchObject(c.facts);
      for (const fact of c.unread ?? []) expect(u.situation?.[fact], `${fact} should not be read`).toBeUndefined();
    });
  }
});

describe('dates as people write them (chrono-node, en-GB)', () => {
  const event = (q: string) => understand(q, { today }).situation?.dates?.event;
  it('reads day-first dates, short weekdays and months, and days relative to today', () => {
    expect(event('visit on fri 19th dec, when is the case note due')).toBe('2026-12-19');
    expect(event('visit on 3/4/2026, when is the case note due')).toBe('2026-04-03');
    expect(event('visited yesterday, when is the case note due')).toBe('2026-11-21');
    expect(event('visited 3 days ago, when is the case note due')).toBe('2026-11-19');
    expect(event('dad sent me a threatening text last night')).toBe('2026-11-21');
  });
  it("reads an adoption order's date as that, and another order's date as no adoption order", () => {
    const dates = (q: string) => understand(q, { today }).situation?.dates;
    expect(dates('how long is the adoption record kept - order was 15/3/2021')?.adoptionOrder).toBe('2021-03-15');
    expect(dates('the care order was dated 3/4/2019, how long do we keep the file?')?.adoptionOrder).toBeUndefined();
    expect(dates('placement order went through on 4 june 2019, how long do we keep it')?.adoptionOrder).toBeUndefined();
  });
  it('reads a bank holiday known by name, whose date moves, from the bank-holiday calendar', () => {
    const on = (q: string, day: string) => understand(q, { today: day }).situation?.dates?.event;
    // Asked the Tuesday after Easter 2040: Good Friday was 30 March, Easter Monday 2 April.
    expect(on('family rang me on good friday with a routine update. notts. when does that need to be on mosaic by?', '2040-04-03')).toBe('2040-03-30');
    expect(on('a yp texted me on easter monday, when is the case note due?', '2040-04-03')).toBe('2040-04-02');
    // The calendar's year, not a fixed date: Good Friday 2027 is 26 March.
    expect(on('visited on good friday, when is the note due?', '2027-03-30')).toBe('2027-03-26');
    expect(on('on call over the august bank hol, dad rang me. when is it due?', '2026-09-01')).toBe('2026-08-31');
    // The last one gone, as what happened is told, unless the question looks ahead; whatever the calendar adds to its name.
    expect(on('mum rang me on good friday, when is my recording due?', '2026-10-20')).toBe('2026-04-03');
    expect(findDates('if a yp texts me over the coming easter monday, when is the note due?', '2027-03-01').map((d) => d.date)).toEqual(['2027-03-29']);
    expect(on('a parent rang on the early may bank holiday, when is the note due?', '2020-05-12')).toBe('2020-05-08');
    // "May day" is a date only as a day: not in "she may day trip".
    expect(on('she may day trip with her foster carer, can i text her?', '2026-05-20')).toBeUndefined();
  });
  it("reads a bank holiday from the organisation's nation's calendar", () => {
    const on = (q: string, day: string, nation?: 'scotland' | 'northern-ireland') =>
      understand(q, { today: day, ...(nation ? { nation } : {}) }).situation?.dates?.event;
    // Scotland's summer bank holiday is the first Monday of August (2 August 2027), England and Wales' the last (30 August).
    expect(on('on call over the august bank hol, dad rang me. when is it due?', '2027-08-10', 'scotland')).toBe('2027-08-02');
    expect(on('on call over the august bank hol, dad rang me. when is it due?', '2027-09-07')).toBe('2027-08-30');
    expect(on('on call over the bank holiday monday, a yp rang me with injuries', '2027-08-04', 'scotland')).toBe('2027-08-02');
    expect(on('on call over the bank holiday monday, a yp rang me with injuries', '2027-08-04')).toBeUndefined();
    // Easter Monday is no bank holiday in Scotland, but it is still the day after Easter Sunday.
    expect(on('a yp texted me on easter monday, when is the case note due?', '2027-04-06', 'scotland')).toBe('2027-03-29');
    // Northern Ireland's 12 July is a bank holiday there: "the bank holiday" told two days later is that Monday.
    expect(findDates('mum emailed on the bank holiday asking for her file', '2027-07-14', 'northern-ireland').map((d) => d.date)).toEqual(['2027-07-12']);
    expect(findDates('mum emailed on the bank holiday asking for her file', '2027-07-14')).toEqual([]);
  });
  it('does not read a named day that the day meant is counted from ("the thursday before good friday")', () => {
    const on = (q: string, day: string) => understand(q, { today: day }).situation?.dates?.event;
    expect(on('yp disclosed on the thursday before good friday, when was my note due?', '2040-04-03')).toBeUndefined();
    expect(on('yp disclosed on the day after boxing day, when was my note due?', '2040-01-03')).toBeUndefined();
    // Nor the "bank holiday" inside a named one counted from.
    expect(on('mum rang me on the thursday before the august bank holiday, when is my note due?', '2026-09-03')).toBeUndefined();
    expect(on('the day after the spring bank holiday a yp messaged me, when is it due?', '2026-06-01')).toBeUndefined();
  });
  it('reads no date from a period or a week', () => {
    expect(event('case notes - 5 days or next day?')).toBeUndefined();
    expect(event('we move office next week, what do we do with the cabinets')).toBeUndefined();
  });
});

describe('understanding is explainable and deterministic', () => {
  it('says what it read and which words mended', () => {
    const u = understand('can I message a YP on instagarm, aged 13', { today });
    expect(u.corrections).toContainEqual({ from: 'instagarm', to: 'instagram' });
    expect(u.expansions).toContainEqual({ from: 'yp', to: 'young person' });
    expect(u.recognised).toContainEqual(expect.objectContaining({ fact: 'age', value: '13' }));
    expect(u.scores[0]?.because.length).toBeGreaterThan(0);
  });

  it('gives contractions typed without the apostrophe their apostrophe back, but not ordinary words', () => {
    expect(normalise('shes 14, mum doesnt know, it wasnt in supervision, im on leave, cant ask').text).toBe(
      "she's 14, mum doesn't know, it wasn't in supervision, i'm on leave, can't ask",
    );
    expect(normalise('sent an IM on teams, its well past the deadline, were they told').text).toBe('sent an im on teams, its well past the deadline, were they told');
  });

  it('gives the same answer every time', () => {
    const a = understand('YP texted me a nude pic at 10pm', { today });
    const b = understand('YP texted me a nude pic at 10pm', { today });
    expect(a).toEqual(b);
  });

  it('reads a long rambling question', () => {
    const long = `${'I have been working with this family for a while and things are complicated. '.repeat(8)}The girl is fifteen and asked if she can WhatsApp me on my work phone about her appointments.`;
    const u = understand(long, { today });
    expect(u.situation).toMatchObject({ topic: 'digital-contact', age: 15, channel: 'whatsapp', device: 'work' });
  });

  it('copes with empty and hostile text', () => {
    expect(understand('', { today }).situation).toBeNull();
    expect(understand('${x} <script>alert(1)</script>', { today }).situation).toBeNull();
    expect(understand('a'.repeat(100_000), { today }).situation).toBeNull();
  });
});

describe('a retention question about several records', () => {
  const records = (q: string) => understand(q, { today }).records?.map((r) => [r.situation.retentionRecord, r.situation.dates?.birth ?? null]);

  it.each([
    [
      'one file is a CIN / CP file for a lad born in 1999, never LAC, closed in 2011. another is the case file for a girl who was LAC, born 1998, closed 2016. can we get rid of the first one? and what about the second one?',
      [['child-protection', '1999-12-31'], ['looked-after-child', '1998-12-31']],
    ],
    ['the lad born in 1999 has a CP file and the girl born 1998 was LAC, can we shred them', [['child-protection', '1999-12-31'], ['looked-after-child', '1998-12-31']]],
    ['a CP file and a LAC file; the CP one is for a lad born 1999, the LAC one for a girl born 1998. can we shred?', [['child-protection', '1999-12-31'], ['looked-after-child', '1998-12-31']]],
    ['can we destroy a foster carer file (approval terminated 2010) and an adoption file, order made 3 March 2004?', [['foster-carer-approved', null], ['adoption-order-before-2005-12-30', null]]],
  ])('%s → one situation per record, each with its own dates', (q, expected) => expect(records(q)).toEqual(expected));

  it("reads 'and one from 7/9/1999?' after a question about one adoption order as a second order, with its own date", () => {
    const u = understand('adoption order made 12/05/2010 (notts) - how long are we keeping the adoption record? and one from 7/9/1999?', { today });
    expect(u.records?.map((r) => [r.situation.retentionRecord, r.situation.dates?.adoptionOrder])).toEqual([
      ['adoption-order-made', '2010-05-12'],
      ['adoption-order-before-2005-12-30', '1999-09-07'],
    ]);
  });

  it('gives each record its own dates and nothing of the other', () => {
    const u = understand('a foster carer file, approval terminated 2010, and an adoption file, order made 3 March 2004. can we destroy them?', { today });
    expect(u.records?.map((r) => r.situation.dates)).toEqual([{ approvalTerminated: '2010-12-31' }, { adoptionOrder: '2004-03-03' }]);
    expect(u.records?.[1]?.situation.datePrecision).toBeUndefined();
    expect(u.records?.[1]?.recognised.filter((r) => r.fact.startsWith('date ('))).toEqual([{ fact: 'date (adoptionOrder)', value: '2004-03-03', from: '3 march 2004' }]);
  });

  it.each([
    "how long do we keep a looked after child's file who was on a child protection plan",
    'LAC file, the assessment said she was doing well, dob 2001, can we destroy it',
    'CP file, child never LAC, born 1999, can we shred it?',
    'adoption fell through, what happens to the adoption records',
    'how long do we keep LAC records',
  ])('%s names one record', (q) => expect(understand(q, { today }).records).toBeUndefined());

  it('is only for retention questions', () => expect(understand('can I email a CP file about a LAC child outside the council?', { today }).records).toBeUndefined());
});

describe("the family's home is not the worker's home working", () => {
  // A home where an incident happened, with the family's children or partner there, is the case, not where the worker works.
  it.each([
    'DV at home last night, the kids were there. notts - what should my recording about the risk include?',
    'row at home between mum and her partner. what do I put in my note about the risk?',
  ])('%s', (q) => {
    const u = understand(q, { today: '2026-11-22' });
    expect(u.situation?.handling).toBeUndefined();
    expect(u.situation?.entry).toBe('risk');
  });
  it('working at home with my kids around still is', () =>
    expect(understand('working at home today with my kids around, can I have case files open on the table?', { today: '2026-11-22' }).situation?.handling).toBe('home-working'));
});

describe('facts that break a permission are read as said', () => {
  const today = '2026-11-22';
  // A parent's refusal is the parent's, not the young person's.
  it.each([
    ['pan dorset - mum said no to me texting her 14 year old, can I still text him from the work mobile?'],
    ["the parents haven't given their consent for texting. can I text their daughter on the work phone anyway?"],
    ["dorset: dad hasn't agreed to texting yet. is it ok to text his 12 year old?"],
  ])('%s', (q) => expect(understand(q, { today }).situation?.consent).toEqual({ parent: false }));
  it('not yet decided is not a refusal', () =>
    expect(understand("can I text a 13yo on the work phone? mum hasn't said yes or no to texting", { today }).situation?.consent).toBeUndefined());
  it.each([
    ["brighton - can I email the child protection plan to the foster carer's gmail?", false],
    ['can I email the CP plan to the school by egress?', true],
  ])('%s: secure e-mail %s', (q, secure) => expect(understand(q, { today }).situation?.secureEmail).toBe(secure));
  it('"add me on facebook" is the worker\'s own account', () =>
    expect(understand('care leaver (19) keeps asking to friend me on facebook. can I accept?', { today }).situation?.account).toBe('personal'));
  // The work phone someone cannot reach the worker on is not the phone asked about: the personal number is.
  it.each([
    'a 17yo wants my personal number cos she can never get me on the work mobile. can i give it her?',
    "mum says she can't get through to me on my work phone, can I give her my personal mobile?",
  ])('%s', (q) => expect(understand(q, { today }).situation?.device).toBe('personal'));
});
