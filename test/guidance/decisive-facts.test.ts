// The first verdict follows the decisive fact read from the question (issue 10): each class of fact, read and ruled on.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/guidance/engine';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { understand } from '../../src/understanding/understand';
import { findDates } from '../../src/understanding/dates';
import { normalise } from '../../src/understanding/normalise';
import { firstVerdict, position, ruled, TODAY as today } from '../support/answers';

describe('harm or risk read as a class, so the next-working-day deadline applies', () => {
  it.each([
    ['One of our YP came back to the home yesterday with a cut to her hand. By when does this need recording?', '2026-11-23'],
    ['child disclosed being hit at school on 24/11/2026, when does it have to be recorded by', '2026-11-25'],
    ['Home visit Thursday 25 March next year. If there is a safeguarding concern what is the deadline for recording?', '2027-03-30'],
    ['working new years eve (thu 31 dec) on a risky case, when does the recording have to be done?', '2027-01-04'],
  ])('%s → due %s', (q, due) => {
    const r = ruled(q);
    expect(r.ruleIds).toContain('recording-deadline/nottinghamshire/next-working-day');
    expect(r.actions.find((a) => a.due)?.due).toBe(due);
  });

  it('a routine visit keeps the five working days', () => {
    expect(ruled('routine visit on 24/11/2026, when is the note due').ruleIds).toContain('recording-deadline/nottinghamshire/five-working-days');
  });

  it('an under-16 telling the worker through an app that she was hit is the safeguarding route, not a contact question', () => {
    const { situation } = understand('A 14 year old has just WhatsApped me saying her stepdad hit her last night. What now?', { today });
    expect(situation?.incident).toBe('under-16-safeguarding-via-app');
  });
});

describe('dates as people write them', () => {
  it('reads a weekday with a day of the month and no month as the nearest month where they agree', () => {
    expect(findDates('on thurs 24th', today).map((d) => d.date)).toEqual(['2026-12-24']);
    expect(findDates('visit on fri 27th', today).map((d) => d.date)).toEqual(['2026-11-27']);
    expect(findDates('mon 2nd', today).map((d) => d.date)).toEqual(['2026-11-02']);
  });

  it('reads days known by name', () => {
    expect(findDates('a disclosure on christmas eve', today).map((d) => d.date)).toEqual(['2026-12-24']);
    expect(findDates("on new year's day", today).map((d) => d.date)).toEqual(['2027-01-01']);
  });

  it('a named day before bank holidays is due after them', () => {
    const r = ruled("If a YP discloses something on christmas eve (thurs 24th) and there's risk, when does the write up have to be done by?");
    expect(r.actions.find((a) => a.due)?.due).toBe('2026-12-29');
  });
});

describe('shorthand that decides a fact', () => {
  it('"IG lead" is information governance, "on IG" is Instagram', () => {
    expect(normalise('IG lead here, can we destroy these records').text).toContain('information governance lead');
    expect(understand('can i message a yp on ig', { today }).situation?.channel).toBe('instagram');
    expect(understand('IG lead - staff keep emails with key decisions in their Outlook folders', { today }).situation?.channel).toBe('email');
  });

  it('"4 me" is "for me", not an age of 4', () => {
    expect(understand('wats the min age 4 me to contact a yp on insta? shes 13', { today }).situation?.age).toBe(13);
    expect(normalise('aged 4 and in care').text).toContain('aged 4');
  });
});

describe('giving out a number: telling the line manager (Pan Dorset 1.3)', () => {
  it('a work number already given, or each time one is, makes telling the line manager the answer', () => {
    for (const q of ['I gave a 16 year old my work mobile number at the end of the visit, do I need to tell anyone', 'do i hav 2 tell my mngr evry time i giv my work mob no 2 a yp?']) {
      const r = ruled(q);
      expect(r.verdict, q).toBe('required');
      expect(r.actions.some((a) => a.tell === 'line-manager')).toBe(true);
      expect(r.citations.map((c) => c.id)).toContain('pan-dorset/1.3');
    }
  });

  it('asking whether a work number may be given stays a permission with conditions', () => {
    expect(ruled('can i give a yp my work mobile number').verdict).toBe('allowed-if');
  });

  it('a personal number given stays not recommended', () => {
    expect(position(ruled('my work phone died so I gave the young person my personal number'), 'pan-dorset')?.verdict).toBe('not-recommended');
  });
});

describe('passing a message through another service user (Pan Dorset 1.7)', () => {
  it('texting one young person to tell another is read as third-party communication', () => {
    const r = ruled('could I text one of the lads to tell his mate to ring me, cant get hold of him');
    expect(r.verdict).toBe('not-recommended');
    expect(r.ruleIds).toContain('digital-contact/pan-dorset/third-party-message');
  });
});

describe('a personal tablet is a personal device', () => {
  it('e-mailing families from my own iPad is not allowed (Cardiff and Vale: employer-issued equipment only)', () => {
    const r = ruled('cn i use my own ipad 4 emailing families while my laptop is bein fixed?');
    expect(r.verdict).toBe('not-allowed');
    expect(position(r, 'cardiff-vale')?.verdict).toBe('not-allowed');
  });
});

describe('provisions found missing by the failures, encoded from the seeds', () => {
  it("Nottinghamshire's contact record names who was expected to be present but was not", () => {
    const r = ruled('Writing up a contact session where dad did not turn up. What needs to go in?');
    expect(r.actions.map((a) => a.text).join('\n')).toMatch(/who was expected to be present but was not/);
    expect(r.citations.map((c) => c.id)).toContain('nottinghamshire/full-contact-present');
  });

  it('a recording where harm or risk is identified carries the following-working-day deadline', () => {
    const r = ruled('a 15 year old messaged my work phone last night saying she was going to hurt herself, what do I need to write up?');
    expect(r.topic).toBe('what-to-record');
    expect(r.ruleIds).toContain('what-to-record/nottinghamshire/harm-deadline');
    expect(r.actions.find((a) => a.due)?.due).toBe('2026-11-23');
    expect(decide({ topic: 'what-to-record' }, { profile: DEFAULT_PROFILE, today }).ruleIds).not.toContain('what-to-record/nottinghamshire/harm-deadline');
  });

  it('a complaint is kept on a separate file with a reference to it (Nottinghamshire, confidentiality)', () => {
    const r = decide({ topic: 'what-to-record', entry: 'complaint' }, { profile: DEFAULT_PROFILE, today });
    expect(r.actions.map((a) => a.text).join('\n')).toMatch(/kept separate/);
    expect(r.citations.map((c) => c.id)).toContain('nottinghamshire/separate-files');
  });

  it('posts about a young person on a site she is not on are concerning social content: record it and tell the line manager (Pan Dorset 4.2)', () => {
    const r = ruled('YP (16) told me about a TikTok account where people are posting stuff about her being involved in county lines. What do I do?');
    expect(r.verdict).toBe('required');
    expect(r.ruleIds).toContain('incident/pan-dorset/social-network-concern');
  });

  it("the manager's advice by phone is advice outside supervision, to be confirmed by the line manager", () => {
    const { situation } = understand('my TM rang me at 4 and told me to hold off on the visit, does that need recording?', { today });
    expect(situation?.supervision).toBe('outside-supervision');
  });
});

describe('how sensitive information would travel (Brighton and Hove 4.2)', () => {
  it('ordinary, unencrypted e-mail outside the council is not allowed; the secure route is what to do', () => {
    const r = ruled('need to email a CP report to the GP surgery, is normal outlook ok');
    expect(r.verdict).toBe('not-allowed');
    expect(r.ruleIds).toContain('data-security/brighton-hove/email-outside-not-secure');
    expect(understand('can i email the report to the school using egress', { today }).situation?.secureEmail).toBe(true);
    expect(decide({ topic: 'data-security', handling: 'email-outside' }, { profile: DEFAULT_PROFILE, today }).verdict).toBe('required');
  });

  it('a letter to an address in doubt leaves the sensitive information out', () => {
    const r = ruled('is posting an assessment to dad ok if im not sure he still lives there');
    expect(r.verdict).toBe('not-allowed');
    expect(r.citations.map((c) => c.id)).toContain('brighton-hove/4.2-post-doubt');
  });
});

describe('an age said of the young person', () => {
  it('"lad is 12" is an age: under 16, an app goes to the parents (Waltham Forest)', () => {
    const r = ruled('lad is 12 and has instagram, can i dm him about his appointment');
    expect(r.verdict).toBe('not-allowed');
    expect(r.positions.find((p) => p.policy === 'waltham-forest')?.verdict).toBe('not-allowed');
  });
});

describe("another person's log-in is a no (Nottinghamshire: entries are never made under another's log-in)", () => {
  it.each([
    'sw student here - my PE said i cn just put notes on under her login while mine gets sorted, is that ok?',
    'my colleague is off sick, she offered me her login so i can put her notes on',
    'can I log in as my colleague to finish her case notes',
  ])('%s → not allowed, on Nottinghamshire\'s own-login provision', (q) => {
    const r = ruled(q);
    expect(r.verdict).toBe('not-allowed');
    expect(position(r, 'nottinghamshire')?.verdict).toBe('not-allowed');
    expect(r.citations.map((c) => c.id)).toContain('nottinghamshire/own-login');
  });

  it('a colleague putting my note on under her own log-in is still the "on behalf of" wording', () => {
    const r = ruled('my colleague is off sick and wants me to type up her notes, can I enter them under my log in');
    // Someone other than the author may put the note on (Nottinghamshire): yes, under their own log-in with the note.
    expect(r.verdict).toBe('allowed-if');
    expect(r.wording[0]?.text).toContain('on behalf of');
  });
});

describe('case information where others can see or hear it (Brighton and Hove 4.2)', () => {
  it.each([
    'my partner works from home too, can he see my screen when im on mosaic',
    'working from home, can the kids see my laptop while i do case notes',
  ])('%s → not allowed: others are kept from viewing screens', (q) => {
    const r = ruled(q);
    expect(r.verdict).toBe('not-allowed');
    expect(r.citations.map((c) => c.id)).toContain('brighton-hove/4.2-home-screens');
  });

  it('ringing a parent about the case on the bus is a conversation in public, not allowed', () => {
    const r = ruled('is it ok 2 ring a parent about the case on the bus on my way back 2 the office? its quiet');
    expect(r.ruleIds).toContain('data-security/brighton-hove/public-conversation');
    expect(r.verdict).toBe('not-allowed');
  });

  it('working from home with nobody else named keeps the home-working duties', () => {
    expect(ruled('working from home today, any rules about case papers').ruleIds).toContain('data-security/brighton-hove/home-working');
  });
});

describe('key case data kept in staff e-mail or OneDrive (Brighton and Hove 4)', () => {
  it.each([
    'IG lead - a lot of our staff keep emails with key decisions in their Outlook folders and OneDrive rather than on the system. Is that allowed?',
    'can i keep case notes in my onedrive',
  ])('%s → not allowed, on Brighton and Hove\'s data-storage provision', (q) => {
    const r = ruled(q);
    expect(r.verdict).toBe('not-allowed');
    expect(r.citations.map((c) => c.id)).toContain('brighton-hove/4-data-storage');
  });
});

describe('an age still to come is not the age now', () => {
  it('"15 and turns 16 next month" is under 16: Waltham Forest says no to WhatsApp', () => {
    expect(understand("She's 15 and turns 16 next month, can I WhatsApp her?", { today }).situation?.age).toBe(15);
    expect(firstVerdict("She's 15 and turns 16 next month, can I WhatsApp her?")).toBe('not-allowed');
  });
  it('"turning 16 next month" alone is 15 now; "just turned 16" is 16, and WhatsApp is a yes on conditions', () => {
    expect(understand('turning 16 next month, can I whatsapp her?', { today }).situation?.age).toBe(15);
    expect(firstVerdict('turning 16 next month, can I whatsapp her?')).toBe('not-allowed');
    expect(understand("she's just turned 16, can I whatsapp her?", { today }).situation?.age).toBe(16);
    expect(firstVerdict("she's just turned 16, can I whatsapp her?")).toBe('allowed-if');
  });
});
