// The first verdict answers the question as asked (issue 10): the question's form, and the fact that decides it.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { answeredAs, questionForm } from '../../src/answering/question-form';
import { understand } from '../../src/understanding/understand';
import { ctx, firstReply, firstVerdict, position, replyText, ruled, TODAY as today } from '../support/answers';

describe('the question form', () => {
  it.each([
    ['Can I use abbreviations in my case notes?', 'may'],
    ['is it ok to show mum what I wrote about her', 'may'],
    ['Bit of a week. Mum asked to see her file. Could I show her?', 'may'],
    ['What do I have to do before I say yes?', 'what-must'],
    ["TM here. A worker wants to amend a case note. What's my part in it?", 'what-must'],
    ['What are we supposed to tell families at the start?', 'what-must'],
    ['Can I just leave that bit out of the case note?', 'other'],
    ['can i put what dad said in my notes?', 'other'],
    ['Can the write up wait until Friday?', 'other'],
    ['Do I have to record every call?', 'must-record'],
    ['Do I need consent from mum?', 'other'],
    // A duty asked by denying it, of keeping a copy, of how long to keep or how to show it.
    ["the health visitor emailed me about a missed clinic, that doesn't need recording does it?", 'must-record'],
    ["I don't need to log a call from the school, right?", 'must-record'],
    ['Do we need to screenshot texts from the young person?', 'must-record'],
    ['Can I message her on Instagram, and do I need to save the chat?', 'may'],
    ['How long do we keep messages with a parent on the team phone?', 'what-must'],
    ['how should I evidence that the young person agreed to texts?', 'what-must'],
    // Whether an act is a duty, asked yes or no, wherever the act's doer stands; a permission's condition asked about is not one.
    ['do all of these texts need to go on the files individually?', 'must-do'],
    ['we are a small team, are we meant to have a policy on which apps staff use?', 'must-do'],
    ['anything i need to record from that call?', 'must-do'],
    ['we agreed it in supervision, where does that decision go?', 'must-do'],
    ['what do I do with a request not to share with the school', 'what-must'],
    ['before we start, what has to be in place?', 'what-must'],
    ['does the texting policy apply to agency staff?', 'must-do'],
    ['Do her parents have to know?', 'other'],
    ['how old does a young person have to be before I can message them on Instagram?', 'other'],
    ['does she have to be over 16 for WhatsApp?', 'other'],
    ["Do I have to get my manager's ok before I text her?", 'other'],
    ['Can I text her, or do I need to ring her first?', 'may'],
    // Permission asked of a thing named ("are X ok?", "is that something we allow?"), not only of "it" or "that".
    ['are abbreviations acceptable in a supervision note, or must everything be spelt out?', 'may'],
    ['are emojis alright in a text to a 15 year old?', 'may'],
    ['Is that something we allow in Nottinghamshire?', 'may'],
    ['are you ok to tell me the rule on minutes?', 'other'],
    // How to do something asks for what must be done.
    ['I need the minutes to reach dad but he moves around. How do I get them to him?', 'what-must'],
    ['so how would we go about correcting it?', 'what-must'],
    ["I don't want to get it wrong but how should I record it?", 'what-must'],
    // A permission asked first keeps the lead when "how …" is joined on after it.
    ['ok to take the file to court, and how should I carry it?', 'may'],
    // Whether a practice is the policy's rule, not a preference.
    ['is spelling out initials an actual requirement or just good practice?', 'is-rule'],
    ['my senior keeps telling me to write for the child. is that really in the policy or just her preference?', 'is-rule'],
    ['is that the rule in Notts?', 'is-rule'],
    // Who must sign or authorise asks for that duty.
    ['who has to authorise a closure summary?', 'what-must'],
  ])('%s → %s', (q, form) => expect(questionForm(q)).toBe(form));
});

describe('the first verdict follows the question as asked', () => {
  it.each([
    // How to record a contact a policy advises against: the duty to record it.
    ['mum sent me a voice note on facebook messenger about the kids, how do I log that?', 'required'],
    // Looking through public social media over a safeguarding worry: allowed, with what to do.
    ['concerned a 14 year old boy is involved in county lines, his tiktok is open - can I go through it and screenshot anything relevant for the file?', 'allowed-if'],
    // A case document sent by app is case-sensitive; a photo of an appointment letter is not a case document.
    ['can I send the foster carer a photo of the placement plan on whatsapp?', 'not-allowed'],
    ['can I whatsapp mum a photo of the interim care order?', 'not-allowed'],
    ['can i whatsapp mum a photo of the appointment letter?', 'allowed-if'],
    // Post left in a communal area is an address with no secure facility for post; the office's post tray is not.
    ['care leaver lives in a shared house, letters get left on the table in the hall for anyone to pick up. can I post her the minutes?', 'not-recommended'],
    ['YP (17) is in a hostel where all the post goes in one tray in the hallway. Ok to post his pathway plan there?', 'not-recommended'],
    ['can I leave the letter in the post tray at reception for the admin team to send?', 'allowed-if'],
    // MIRRA 7, asked three ways.
    ['nan and dad tell it completely differently. can I just pick the account that seems more credible and record that?', 'not-recommended'],
    ['do I have to get everyone to agree one version before I write it up?', 'not-required'],
    ['mum and the school disagree about what happened - do I write it up as whichever version seems most likely or put both in?', 'required'],
    // Two ways offered: the duty answers; a permission offered against a duty asks the permission.
    ['the health visitor sent a long report - can I just mention it in my note, or does the report itself need to be scanned on?', 'required'],
    // Offered beside full sentences, note form is the rule's own yes (Nottinghamshire: "note form or bullet points are acceptable").
    ['do case notes need to be typed in full sentences or can we just do note form?', 'allowed'],
    // A name filled in from the rest of the family.
    ["new family, I didn't ask dad's surname so I've put him down as the same as the kids. ok?", 'not-allowed'],
    // A permission offered beside a duty is the way round it: the duty answers.
    ['do the hospital letters have to be scanned onto the file or can I keep them in my tray?', 'required'],
    // Leaving e-mails in the inbox instead of putting them on the record.
    ['is it ok to keep the emails from the health visitor in my inbox rather than uploading them?', 'not-allowed'],
    // A council's procedures named as context is not a question about the guidance.
    ['Can I message a care leaver happy christmas from my own facebook? Our procedures apply.', 'not-allowed'],
    // "Record Teams calls on the case file" asks what is written up; recording a meeting on Teams is still a near miss.
    ['do i have to record teams calls with parents on the case file?', 'required'],
    ['can I record the CIN meeting on teams?', 'not-covered'],
    // "Paid more attention" is not a question of pay.
    ['I should have paid more attention to my case notes, how quickly do I need to write them up?', 'required'],
    ['will I get paid extra for writing up at the weekend?', 'not-covered'],
    // A message received, asked how to log it, is put on the file.
    ['dad texted me about contact arrangements, how should I record it?', 'required'],
  ])('%s → %s', (q, verdict) => {
    expect(firstVerdict(q)).toBe(verdict);
  });

  it("where the work is done does not hide what is said of the family's address", () => {
    expect(understand('admin team will post the report to mum but she says the letterbox is communal', { today }).situation?.postInsecure).toBe(true);
  });
});

describe("Pan Dorset's position on e-mails kept in your own mailbox", () => {
  it('a record of all e-mails is part of the agency record (3.6)', () => {
    const q = "I leave all my case emails filed in outlook folders, not on the system. that's alright isn't it?";
    expect(firstVerdict(q)).toBe('not-allowed');
    expect(replyText(firstReply(q))).toMatch(/Pan Dorset/);
    expect(replyText(firstReply(q))).toMatch(/agency record/);
  });
});

describe('a duty asked as "can I …?" is a yes with the duty as its condition', () => {
  it('spelling out abbreviations: allowed if, with the same lead policy', () => {
    const q = 'Can I use abbreviations like CIN and LAC in case notes?';
    const ruling = ruled(q);
    // Nottinghamshire's record-writing rule answers it directly now: abbreviations are allowed once explained.
    expect(ruling.verdict).toBe('allowed-if');
    const shown = answeredAs(ruling, q, 'england-and-wales');
    expect(shown.verdict).toBe('allowed-if');
    expect(shown.headline).toMatch(/^Allowed if the conditions are met \(Nottinghamshire\)/);
    expect(shown.positions).toEqual(ruling.positions);
    expect(firstVerdict(q)).toBe('allowed-if');
  });

  it('a young person volunteering images: keep the phone if they agree', () => {
    expect(firstVerdict('yp showing me dodgy pics on his phone, can i take the phone off him')).toBe('allowed-if');
  });

  it('leaving something out of a record, or recording it, stays the duty', () => {
    expect(firstVerdict('A parent told me something in confidence and asked me not to write it down. Can I just leave that bit out of the case note?')).toBe('not-allowed');
    expect(firstVerdict('can i put exactly what dad said incl the swearing in my notes?')).toBe('required');
  });

  it('a dated duty answers by its date: a deadline asked as "is Friday ok?" is not turned into a yes', () => {
    const q = 'Can the case note for a routine visit on 24/11/2026 go on by 4 December, or is that past the deadline?';
    expect(ruled(q).dates.length).toBeGreaterThan(0);
    expect(firstVerdict(q)).toBe('required');
    expect(replyText(firstReply(q))).toContain('due 1 December 2026');
  });
});

describe('"what must I do …?" of a permission with conditions is the list of duties', () => {
  it('a team manager asked what to do before a worker texts a 15 year old', () => {
    const q = 'As a team manager, one of my SWs wants to start texting a 15yo she works with. What do I have to do before saying yes?';
    expect(ruled(q).verdict).toBe('allowed-if');
    expect(firstVerdict(q)).toBe('required');
  });
});

describe('"what do I do?" of a no that says what to do instead is that duty', () => {
  it('post to a shared letterbox: hand-deliver, as a duty', () => {
    const q = 'The bedsit dad lives in has a shared letterbox with the other flats. I have to get the plan to him, what do I do?';
    expect(ruled(q).verdict).toBe('not-recommended');
    expect(firstVerdict(q)).toBe('required');
    // Asked as permission, the no stays.
    expect(firstVerdict('The bedsit dad lives in has a shared letterbox with the other flats. Can I post the plan to him?')).toBe('not-recommended');
  });
});

describe('facts the question states that decide the answer', () => {
  it.each([
    ['can I read a text from a young person while I wait at a red light?', 'text'],
    ['is it ok to whatsapp a parent back while driving if I use voice to text?', 'whatsapp'],
  ])('reading or sending messages at the wheel is not allowed (Pan Dorset 1.12): %s', (q, channel) => {
    const r = ruled(q);
    expect(understand(q, { today }).situation).toMatchObject({ handling: 'phone-driving', channel });
    expect(r.ruleIds).toContain('data-security/pan-dorset/phone-driving-messages');
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it.each([
    'is it alright to leave the LAC review paperwork on my desk overnight? cleaner comes in early',
    'case files left lying around on the hot desks over the weekend - is that a problem?',
  ])('papers left out rather than locked away are not allowed (Brighton and Hove, Nottinghamshire): %s', (q) => {
    expect(understand(q, { today }).situation).toMatchObject({ topic: 'data-security', handling: 'left-out' });
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('whether papers must be locked away at night stays the duty', () => {
    expect(understand('do our files have to be locked away at night?', { today }).situation?.handling).toBe('office-storage');
    expect(firstVerdict('do our files have to be locked away at night?')).toBe('required');
  });

  it.each([
    "a 15 yo I work with sends loads of gifs and jokes on whatsapp, would it be ok to message her back in the same style? dorset",
    'Is it alright to keep my texts to teenagers a bit informal, more like how they text?',
  ])("a casual register in messages is the same thing as text language (Pan Dorset 1.5): %s", (q) => {
    expect(understand(q, { today }).situation?.textLanguage).toBe(true);
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('asked how to answer a message in that style, the answer is the duty: plain, professional language', () => {
    const q = "Mum's texts are full of lol and smiley faces, I don't want to come across as stiff, so how should I word my replies?";
    expect(firstVerdict(q)).toBe('required');
    expect(replyText(firstReply(q))).toContain('plain, professional language');
  });

  it('keeping the work mobile on out of hours is no duty (Pan Dorset 1.11); switching it off follows the agency', () => {
    const on = 'are we expected to have our work phones on in the evenings? pan dorset';
    expect(understand(on, { today }).situation).toMatchObject({ handling: 'work-phone', phoneKeptOn: true, outOfHours: true });
    expect(firstVerdict(on)).toBe('not-required');
    const off = 'is it fine to turn the work mobile off in the evenings? pan dorset';
    expect(understand(off, { today }).situation?.phoneKeptOn).toBe(false);
    expect(firstVerdict(off)).toBe('allowed-if');
  });

  it('a hands-free call while driving is left to the law and the agency', () => {
    expect(firstVerdict('can I take a call from a foster carer on hands free while driving?')).toBe('allowed-if');
  });

  it.each([
    "Leaving do is in a pub in town after work, straight from the office. Is it ok if I've got my laptop with me?",
    'Might stop at the supermarket on the way home, the Jones file is in my bag, can I take it in with me?',
  ])('a shop, pub or bar named apart from the laptop or papers carried there decides it (Brighton and Hove): %s', (q) => {
    expect(understand(q, { today }).situation?.handling).toBe('public-place');
    expect(firstVerdict(q)).toBe('not-allowed');
    // Leaving them in the car instead is ruled out too.
    expect(replyText(firstReply(q))).toContain('main seating area of the car');
  });

  it('a shared letterbox: Brighton and Hove says hand-deliver, not post', () => {
    const r = ruled('The family share a communal letterbox with the other flats, can I post the assessment to mum?');
    expect(r.verdict).toBe('not-recommended');
    expect(position(r, 'brighton-hove')?.statement).toContain('hand-delivered');
  });

  it('a post-it with the laptop password: never, in any circumstances', () => {
    const r = ruled('can i keep my laptop password on a post-it in the laptop bag');
    expect(r.verdict).toBe('not-allowed');
    expect(r.ruleIds).toContain('data-security/brighton-hove/laptop-login-written');
  });

  it('a laptop question that says nothing of written log-ins never asks about them', () => {
    expect(ruled('can I take my work laptop on the train').missingFacts).not.toContain('loginWrittenDown');
  });

  it('deleting one chat with a family still worked with: Waltham Forest keeps the history', () => {
    const r = ruled("Can I delete the WhatsApp chat with a family I'm still working with to free up space?");
    expect(r.ruleIds).toContain('what-to-record/waltham-forest/keep-chat-history');
    expect(['not-allowed', 'not-recommended']).toContain(r.verdict);
  });

  it.each([
    'can i send mum her kids health info on whatsapp',
    'Can I talk through the child protection plan with mum over WhatsApp?',
    'can I whatsapp dad the details of the child protection concerns',
  ])('case-sensitive content over an app is not allowed (Waltham Forest): %s', (q) => {
    const r = ruled(q);
    expect(r.verdict).toBe('not-allowed');
    expect(position(r, 'waltham-forest')?.verdict).toBe('not-allowed');
  });

  it('a reminder of the meeting a plan is about is an appointment, not the plan itself sent over the app', () => {
    const q = 'can i send a 20 year old care leaver a whatsapp reminder about her pathway plan review meeting on friday?';
    expect(understand(q, { today }).situation?.purpose).toBe('appointment');
    expect(firstVerdict(q)).toBe('allowed-if');
    expect(understand('can I whatsapp her the pathway plan itself?', { today }).situation?.purpose).toBe('case-sensitive');
  });

  it("the children's school or placement details are personal information (Waltham Forest)", () => {
    const q = "is it ok to text the foster carer's placement address to dad on whatsapp?";
    expect(understand(q, { today }).situation?.purpose).toBe('personal-information');
    expect(firstVerdict("can I message nan the girls' school details on whatsapp?")).toBe('not-allowed');
  });

  it('a family merely on a child protection plan is not case-sensitive content', () => {
    expect(understand('how long do we keep a looked after child file who was on a child protection plan', { today }).situation?.purpose).toBeUndefined();
  });

  it('asking a young person to forward any material is not allowed (Pan Dorset 2.1), indecent or not', () => {
    const r = ruled('Can I ask the young person to forward me the photo so I have it for the police?');
    expect(r.verdict).toBe('not-allowed');
    expect(r.ruleIds).toContain('incident/pan-dorset/never-ask-to-forward');
    expect(firstVerdict('Can I ask the young person to forward me the photo so I have it for the police?')).toBe('not-allowed');
  });

  it('an indecent image a worker would send on (to a manager, the police) is another copy made: never (Pan Dorset 2.5)', () => {
    const q = 'year 9 girl airdropped me a topless selfie by accident, is it ok to send the picture to my team manager so she knows?';
    expect(understand(q, { today }).situation?.imageHandling).toBe('download');
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('a colleague going on under my log-in is another person\'s log-in', () => {
    expect(ruled("can my colleague log on as me to put my case notes on while I'm on leave?").verdict).toBe('not-allowed');
    expect(understand('my student wants to use my login to type up her notes', { today }).situation?.otherLogin).toBe(true);
  });

  it("photos from a carer's private account are not unsolicited material from an unknown sender: the card asks what happened", () => {
    const privateAccount = firstReply('the foster carer sent me photos from a private account on instagram, what do i do');
    expect(privateAccount?.rulings[0]?.topic).toBe('incident');
    expect(privateAccount?.rulings[0]?.ruleIds).not.toContain('incident/pan-dorset/bluetooth');
    expect(replyText(privateAccount)).toContain('What happened?');
    expect(replyText(privateAccount)).not.toContain('report the unsolicited image');
    const unknown = firstReply('I got pictures from an unknown number on my work phone');
    expect(replyText(unknown)).toMatch(/^Now \(Pan Dorset\): report the unsolicited image to your line manager/);
  });
});

describe('a day proposed to record by, against the deadline', () => {
  it('harm seen on Friday, typing up planned for Tuesday: too late, due the Monday', () => {
    const q = 'Home visit on Friday, the 4 year old had a mark on her cheek. I was planning to type it all up on Tuesday. Is Tuesday ok?';
    const r = ruled(q);
    expect(r.topic).toBe('recording-deadline');
    expect(r.verdict).toBe('not-allowed');
    expect(r.actions.find((a) => a.due)?.due).toBe('2026-11-23');
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('a routine visit written up within the five working days stays the duty with its date', () => {
    const r = ruled('routine home visit fri 20th nov, ok if i type it up wed 25th?');
    expect(r.verdict).toBe('required');
    expect(r.ruleIds).not.toContain('recording-deadline/nottinghamshire/proposed-too-late');
  });

  it('a routine visit put off past the five working days is too late', () => {
    const r = ruled('Routine visit on Monday 16 November, nothing of concern. Is Friday 27 November too late to get the case note on?');
    expect(r.ruleIds).toContain('recording-deadline/nottinghamshire/proposed-too-late');
    expect(r.headline).toContain('23 November 2026');
  });

  it('being away until a day is not a day proposed for recording', () => {
    expect(understand('im on leave til tuesday, can I keep texting her from my own phone', { today }).situation?.dates?.proposed).toBeUndefined();
  });
});

describe('several asks in one message, each answered in the order asked', () => {
  it('an ask on a deadline with a long subject is read as the deadline, after the contact ask', () => {
    const replies = answerQuestion('Two questions: can I use WhatsApp with a 17 year old, and when does the case note for a routine visit on 18 November have to be on the system?', ctx);
    expect(replies.map((r) => r.rulings[0]?.topic)).toEqual(['digital-contact', 'recording-deadline']);
  });

  it('an ask no topic clearly answers gets "Which do you mean?" in its place, not a single answer to the whole message', () => {
    const replies = answerQuestion('Two things: can I text a 15 year old from my own phone? Also write up a single phone call?', ctx);
    expect(replies.map((r) => r.rulings[0]?.topic)).toEqual(['digital-contact', 'which']);
  });
});

describe('"do I need to note that?" of a permission that comes with a record to make', () => {
  it('a late call on the work mobile: required, with Pan Dorset\'s specific note', () => {
    const q = 'rang a foster carer back on my work mob at 10pm cos of an emergency, do i need to note that';
    expect(ruled(q).verdict).toBe('allowed-if');
    expect(questionForm(q)).toBe('must-record');
    expect(firstVerdict(q)).toBe('required');
  });
});

describe('every selected policy that rules on the act is shown, even when its rule turns on a fact not given', () => {
  it('"messaging" without the app named: Waltham Forest\'s keep-in-touch-only rule is shown, and a policy whose rule turns on the channel is shown as depending on it', () => {
    const r = ruled("Can I use messaging to talk through with a young person how they're feeling about their placement?");
    // Waltham Forest keeps in-depth work off communication tools whatever the app.
    expect(r.positions.find((p) => p.policy === 'waltham-forest')?.verdict).toBe('not-allowed');
    const pending = r.pending.find((p) => p.policy === 'brighton-hove');
    expect(pending?.dependsOn).toEqual(['channel']);
    const card = replyText(firstReply("Can I use messaging to talk through with a young person how they're feeling about their placement?"));
    expect(card).toContain('keeping in touch only');
    expect(card).toContain('depends on the channel');
  });

  it('a policy with a position on the facts given is not shown again as pending', () => {
    const r = ruled('Can I WhatsApp a 15 year old?');
    for (const p of r.pending) expect(r.positions.map((x) => x.policy)).not.toContain(p.policy);
  });
});

describe('more question forms and the facts that point at one topic', () => {
  it.each([
    ['Team manager: is it on me to decide what on a file gets shared?', 'what-must'],
    ['IG lead: when a family first gets a service, what do we need to tell them?', 'what-must'],
    ['Do I as a line manager need to be told every time a worker gives out her work number?', 'must-record'],
    ['cn i use abbrevs in my notes', 'may'],
  ])('%s → %s', (q, form) => expect(questionForm(q)).toBe(form));

  it('a line manager asking whether they must be told: required (Pan Dorset 1.3)', () => {
    expect(firstVerdict('Do I as a line manager need to be told every time a worker gives their work mobile number to a young person?')).toBe('required');
  });

  it('a review held over an app is the in-depth work Waltham Forest keeps off apps', () => {
    expect(understand("Can I do a care leaver's review over WhatsApp chat?", { today }).situation?.purpose).toBe('assessment');
  });

  it("text speak in a message points at the contact rules; a practitioner's own 'lol' is not text speak", () => {
    expect(ruled('can i put smiley faces in texts to the teens on my caseload').ruleIds.some((id) => id.startsWith('digital-contact/pan-dorset'))).toBe(true);
    expect(understand("do i have to log every single text from mum even the 'ok thanks' ones lol", { today }).situation?.textLanguage).toBeUndefined();
  });

  it('a number already given out points at giving out contact details', () => {
    expect(ruled('What do I have to do as a manager when a worker tells me she gave her work number to a young person?').topic).toBe('personal-contact-details');
  });
});

describe('a no that depends on a fact not given is named under a yes', () => {
  it('"messaging" for in-depth talk: Waltham Forest says no if it is an app', () => {
    const card = replyText(firstReply("Can I use messaging to talk through with a young person how they're feeling about their placement?"));
    expect(card).toContain('No (Waltham Forest)');
    expect(card).toContain('The policies differ: Cardiff and Vale: yes, if the conditions are met');
  });
});

describe('the decisive fact of a situation read from its everyday words', () => {
  it.each([
    ['is it ok to phone a parent about her case while I am on the train home', 'public-conversation'],
    ['can i check my texts from a young person when i am stuck in traffic', 'phone-driving'],
    ['can I keep my laptop log-in on a post-it stuck to the lid', 'laptop'],
  ])('%s → handling %s', (q, handling) => expect(understand(q, { today }).situation?.handling).toBe(handling));

  it('a young person saying they want to take their own life is a crisis', () => {
    expect(understand('a 14 year old texted me that he wants to take his own life, can i text him back', { today }).situation?.urgency).toBe('crisis');
  });

  it('text shorthand quoted as the message to send is text language', () => {
    expect(understand('can I text a young person "gr8 c u l8r" to confirm the visit', { today }).situation?.textLanguage).toBe(true);
    expect(understand('can I text a young person to confirm the visit tomorrow', { today }).situation?.textLanguage).toBeUndefined();
  });

  it('who is told how a young person\'s information is used is information sharing', () => {
    expect(understand('who do we tell how a 17 year old\'s information is used, her or her dad?', { today }).situation?.topic).toBe('information-sharing');
  });
});

describe('a deadline asked as the latest it can go on, or how long to write the record', () => {
  it.each([
    ["Visit to a family on Tuesday 1 December. What's the very latest the case note can go on Mosaic?"],
    ['home visit on 2 december, how long have i got to write my case note?'],
  ])('%s → recording-deadline', (q) => expect(understand(q, { today }).situation?.topic).toBe('recording-deadline'));
});

describe('the channel asked about, and the age that decides information sharing', () => {
  it('a channel named only to compare is not the one asked about', () => {
    expect(understand('We use WhatsApp and email with parents. Can I print the emails onto the file, as we do with WhatsApp?', { today }).situation?.channel).toBe('email');
    expect(understand('can I email the school instead of whatsapp?', { today }).situation?.channel).toBe('email');
  });

  it("sharing is about the young person's information, whoever rang: the 17 year old's age is read", () => {
    const { situation } = understand("dad keeps phoning about his 17 year old's appointments, who do we tell about how her information is used?", { today });
    expect(situation?.topic).toBe('information-sharing');
    expect(situation?.age).toBe(17);
  });
});

describe('forms that ask for the duty, and decisive facts read however they are worded', () => {
  it.each([
    ["whose responsibility is it to make sure texting gets discussed in supervision, mine or my TM's?", 'what-must'],
    ['who is responsible for checking the minutes are right?', 'what-must'],
    ['I never raised it in supervision - what should have happened?', 'what-must'],
    ['a parent sent something awful to my work phone. what is the procedure?', 'what-must'],
    ['how should I be writing up a visit so the family can follow it?', 'what-must'],
    ['is there anything in particular I need to write down about a late call?', 'must-do'],
    ['my colleague left her login with me, is that ok?', 'may'],
    // "Can you tell me …" asks the bot, not for permission.
    ['can you tell me the timescale for conference minutes?', 'other'],
  ])('%s → %s', (q, form) => expect(questionForm(q)).toBe(form));

  it('"do I do this or just that?" answered by a no to one of them leads with the other way, a duty, never a bare yes', () => {
    const q = 'a long email chain about a 15 year old came in - do I put the whole thing in the case note or only the relevant parts? notts';
    expect(firstVerdict(q)).toBe('required');
    const card = replyText(firstReply(q));
    expect(card).toContain('Only the relevant text');
    expect(card).not.toContain('Yes (Nottinghamshire)');
    // "Should I …?" asks for advice, which "not recommended" gives.
    expect(firstVerdict('should I put the whole email thread in the case note or only the relevant parts? notts')).toBe('not-recommended');
  });

  it.each([
    ["my senior lent me her mosaic password to finish her notes, that ok? notts", 'otherLogin', true],
    ['the login my colleague gave me - can I use it to add her case notes?', 'otherLogin', true],
    ['can I just copy the entire thing from the school e-mail into the case note?', 'wholeEmail', true],
    ['does the e-mail go on the file as it is?', 'wholeEmail', true],
    ['can I keep the password on a post it in the laptop bag?', 'loginWrittenDown', true],
  ] as const)('%s reads %s', (q, fact, value) => expect(understand(q, { today }).situation?.[fact]).toBe(value));

  it('a laptop or e-mail of the university or the home is not the employer\'s; a number the worker withholds is no nuisance call', () => {
    expect(understand('can I email a family from my uni laptop? cardiff', { today }).situation).toMatchObject({ device: 'personal' });
    const withheld = understand('work phone is broken, can I ring mum from my personal mobile on withheld number?', { today }).situation;
    expect(withheld).toMatchObject({ topic: 'digital-contact', device: 'personal' });
    expect(withheld?.incident).toBeUndefined();
    expect(understand('someone keeps ringing me from a withheld number and hanging up', { today }).situation?.incident).toBe('abusive-message');
  });

  it('asking one young person to tell another is third-party communication; adding one as a friend is no personal message', () => {
    expect(understand('can I ask one of the boys at the unit to tell another boy his visit has moved?', { today }).situation?.purpose).toBe('third-party-message');
    expect(ruled('can I add a young person as a friend on facebook? pan dorset').positions.find((p) => p.policy === 'pan-dorset')?.verdict).toBe('not-recommended');
  });
});

describe('a way round a duty, a rule asked about, and the exception to explaining sharing', () => {
  it('a way round a duty asked as a permission is a no; the same duty asked plainly is not', () => {
    expect(firstVerdict('is it ok to put the minutes on the file without checking them with the chair? quicker than waiting')).toBe('not-allowed');
    expect(firstVerdict('can I put my view of the family in the note without saying it is my opinion?')).toBe('not-allowed');
    expect(firstVerdict('can i use abbreviations in case notes?')).toBe('allowed-if');
  });

  it('"is that an actual requirement or just good practice?" of a permission with conditions answers with them as the rule', () => {
    expect(firstVerdict('is spelling out abbreviations the first time a proper requirement or just good practice?')).toBe('required');
  });

  it('"is it too early to …?" of an as-soon-as-possible duty is a yes with its conditions', () => {
    expect(firstVerdict('pregnancy only confirmed last week - is it too early to start the unborn record on mosaic?')).toBe('allowed-if');
  });

  it('a right of the service user asked as "can she …?" is a yes', () => {
    expect(firstVerdict('mum agreed to whatsapp last month but has gone off the idea. can she withdraw and will it change the support she gets?')).toBe('allowed');
    expect(questionForm('can mum get the plan in braille?')).toBe('may');
    expect(firstVerdict('can mum get the plan in braille?')).toBe('allowed');
  });

  it("someone's address or number sent over an app is personal information, however far from the verb", () => {
    const q = "can I whatsapp the 17 year old I work with in waltham forest the address of the hostel he's moving to?";
    expect(understand(q, { today }).situation?.purpose).toBe('personal-information');
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('digital contact not planned or supervised is against Cardiff and Vale 6; "or does someone need to ok it first?" is answered by that duty', () => {
    const q = 'cardiff: a student started messaging a 15 year old on snapchat on her own initiative, none of it planned. is that ok?';
    expect(understand(q, { today }).situation?.plannedWork).toBe(false);
    expect(position(ruled(q), 'cardiff-vale')?.verdict).toBe('not-recommended');
    expect(firstVerdict('can I just text dad on my own initiative, or does my manager need to agree it first? cardiff')).toBe('required');
  });

  it('telling the family would raise the risk: explaining the sharing first is not required (Brighton and Hove 2.2, Nottinghamshire)', () => {
    const q = 'section 47 likely. if I tell mum what we are passing to the police she would tip off her boyfriend. do I still need to explain the sharing to her first?';
    expect(understand(q, { today }).situation?.tellingRisks).toBe(true);
    const ruling = ruled(q);
    expect(ruling.verdict).toBe('not-required');
    expect(position(ruling, 'brighton-hove')?.citations.map((c) => c.id)).toContain('brighton-hove/2.2-explain');
    expect(position(ruling, 'nottinghamshire')?.citations.map((c) => c.id)).toContain('nottinghamshire/share-without-consent');
    expect(firstVerdict(q)).toBe('not-required');
    // Without the risk, explaining at the outset is still the duty.
    expect(firstVerdict('do I have to explain to a new family at the start how their information will be shared?')).toBe('required');
  });

  // Found in review: each read a fact or a form from words that say something else.
  it('a risk to the worker is not the risk that lets a worker skip explaining sharing to the family', () => {
    const q = 'do I need to tell mum before I share with the school? telling her would put me at more risk of a complaint';
    expect(understand(q, { today }).situation?.tellingRisks).toBeUndefined();
    expect(firstVerdict(q)).toBe('required');
  });

  it('a parent not agreeing, or a visit not planned, is not digital contact outside planned work', () => {
    expect(understand('can I text the young person? her mum has not agreed yet', { today }).situation?.plannedWork).toBeUndefined();
    expect(understand('cardiff: the visit was not planned, can I text dad to rearrange?', { today }).situation?.plannedWork).toBeUndefined();
  });

  it('"is there a rule …?" and "is it a rule that I can …?" ask a permission, not whether a practice is the rule', () => {
    expect(questionForm('is it a rule that I can text a parent?')).not.toBe('is-rule');
    expect(questionForm('is there a rule about texting parents after 5?')).not.toBe('is-rule');
    expect(questionForm('is that actually a requirement or just good practice?')).toBe('is-rule');
  });

  it('"can they …?" of another agency asking is not a service user\'s right: its conditions stay', () => {
    expect(firstVerdict("can they receive the assessment by email? it's the school asking")).toBe('allowed-if');
  });
});

describe('a permission asked of what a duty forbids, a permission asked before its conditions', () => {
  it('leaving out what was told in confidence, asked as "is it ok to keep it off the record?", is a no', () => {
    expect(firstVerdict('my 14 yo told me about her uncle in confidence and made me promise not to tell. is it ok to keep it off the record?')).toBe('not-allowed');
    // Asked as a duty it stays the duty; leaving out what does not belong on this record is not the confidence rule's no.
    expect(firstVerdict('do I have to record what she told me in confidence?')).toBe('required');
    expect(firstVerdict("the school's email has lots about other pupils and staff gossip - can I leave that out of the child's record?")).toBe('required');
  });

  it('a tag question ("that\'s fine isn\'t it") asks permission; assuming rather than checking is a way round the duty', () => {
    expect(questionForm("I'll just put first names, that's ok right?")).toBe('may');
    expect(firstVerdict("writing up the referral, I'll just assume mum's surname is the same as the kids' rather than ring and check, that's fine isn't it")).toBe('not-allowed');
  });

  it('"am I allowed and what do I have to do …?" asks the permission first: a yes with its conditions', () => {
    const q = 'want to take a couple of paper files home to work on over the weekend - am I allowed and what do I have to do to keep them safe?';
    expect(questionForm(q)).toBe('may');
    expect(firstVerdict(q)).toBe('allowed-if');
  });

  it("an under-16 whose risk assessment says an app is needed: Waltham Forest's consent route, not a bare no", () => {
    const q = 'WF: 13 year old in care, her risk assessment says whatsapp is the only way we can reach her. who consents to that?';
    expect(position(ruled(q), 'waltham-forest')?.verdict).toBe('allowed-if');
    expect(firstVerdict(q)).toBe('allowed-if');
    // Consent refused keeps the no.
    expect(position(ruled('WF: 13 year old, risk assessment says whatsapp is needed but mum has refused consent. can we use it?'), 'waltham-forest')?.verdict).toBe('not-allowed');
  });
});

describe('the permitted act asked as a duty, and the register of messages someone else sends', () => {
  it('"do I have to answer them?" of a permission with conditions: not required, with what holds if it is done', () => {
    const q = 'a dad keeps sending me long chatty texts about his weekend. do I have to answer them every time?';
    expect(understand(q, { today }).situation?.textLanguage).toBeUndefined();
    expect(firstVerdict(q)).toBe('not-required');
    expect(firstVerdict('do we have to use whatsapp with our families now that the council has brought it in?')).toBe('not-required');
    // A duty that comes with the permission is still asked as a duty.
    expect(firstVerdict('We agreed with a 16 year old that I will text her reminders. Do I need to write that agreement down anywhere?')).toBe('required');
  });

  it("the worker's own messages in a chatty register are still text language", () => {
    expect(understand('my texts to a 15 year old are getting quite chatty and informal, is that ok?', { today }).situation?.textLanguage).toBe(true);
  });
});

describe("a care leaver's subject access request and its third-party information (Brighton and Hove 2.1)", () => {
  it('taking out all of it is not required; how much to leave in is a yes with its condition', () => {
    const all = 'brighton: a 22 year old care leaver wants her file. must we black out everything about her birth mum first?';
    expect(understand(all, { today }).situation?.thirdPartyRedaction).toBe('all');
    expect(firstVerdict(all)).toBe('not-required');
    expect(ruled(all).citations.map((c) => c.id)).toContain('brighton-hove/2.1-dunn-v-durham');
    const some = "we are putting together a care leaver's SAR, what parts about his birth family can we leave in?";
    expect(understand(some, { today }).situation?.thirdPartyRedaction).toBe('some');
    expect(firstVerdict(some)).toBe('allowed-if');
    // Third parties named outside a subject access request are not its redaction.
    expect(understand('can I take out the bits about the neighbours from my case note?', { today }).situation?.thirdPartyRedaction).toBeUndefined();
  });

  it('"does the guidance say anything about …?" asks what the rule is', () => {
    expect(questionForm("does the Notts guidance say anything about recording a child's views?")).toBe('is-rule');
  });
});

describe('"can it be destroyed now?" of a record still within its retention period', () => {
  it('is a no that leads with the date it is kept until', () => {
    const q = 'CP file for a lad born 2010, case closed last year. ok to shred it now to free up space?';
    const reply = answerQuestion(q, ctx)[0]!;
    expect(reply.rulings[0]?.verdict).toBe('not-allowed');
    expect(replyText(reply)).toContain('No: keep it until 31 December 2035');
    // Asked how long as well, the duty with its date answers.
    expect(firstVerdict('CP file for a lad born 2010, case closed last year. can we bin it yet, and how long do we keep it?')).toBe('required');
  });
});

describe('decisive facts read from everyday words', () => {
  it('asking a young person to send an image on is the incident rule (Pan Dorset 2.1), however the ask is put', () => {
    const q = 'year 9 girl says a lad sent her a nude pic - can I get her to forward it to me so I have it for the police?';
    expect(understand(q, { today }).situation?.topic).toBe('incident');
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('a letter with a diagnosis sent over an app is case-sensitive information (Waltham Forest)', () => {
    const q = "dad wants me to whatsapp him a copy of the camhs letter with his daughter's diagnosis, is that alright?";
    expect(understand(q, { today }).situation?.purpose).toBe('case-sensitive');
    expect(firstVerdict(q)).toBe('not-allowed');
    // A report sent to a health visitor is not health information.
    expect(understand('sending the CP report to the health visitor by email, does it need to be secure?', { today }).situation?.purpose).toBeUndefined();
  });

  it('a process to go through first is no in-depth work; a pre-birth assessment is no birth', () => {
    const q = 'we want to start video calls with a 16 year old to keep in touch between visits. is there a procedure we need to go through first?';
    expect(understand(q, { today }).situation?.purpose).not.toBe('assessment');
    expect(firstVerdict(q)).toBe('required');
    expect(understand('opening an unborn record for a pre-birth assessment, what goes on it?', { today }).situation?.pregnancyOutcome).not.toBe('born');
  });
});

describe('the fact that decides the answer outweighs the channel named', () => {
  it('a call about a child taken on a train or in a café is talking in public (Brighton and Hove)', () => {
    const q = 'can I phone the school about one of my kids while I am on the train home? nobody knows who I am talking about';
    expect(understand(q, { today }).situation?.topic).toBe('data-security');
    expect(firstVerdict(q)).toBe('not-allowed');
  });

  it('an under-16 disclosing harm through an app is answered with the safeguarding duty, not the no to app contact', () => {
    const q = "a 13 year old DM'd me on snapchat last night saying her mum's boyfriend hurt her. we don't message under 16s so should I leave it?";
    expect(understand(q, { today }).situation?.topic).toBe('incident');
    expect(firstVerdict(q)).toBe('required');
  });
});

describe('what may go in the note decides over the event it follows', () => {
  it('"should I write in the file that he is a nasty piece of work?" after an abusive call is the writing rule\'s no', () => {
    const q = "dad was aggressive on the phone and swore at me. should I write in the file that he's a nasty piece of work?";
    expect(understand(q, { today }).situation?.topic).toBe('record-writing');
    expect(firstVerdict(q)).toBe('not-allowed');
    // The abusive call itself, asked about, stays the incident's duty.
    expect(firstVerdict('dad was aggressive on the phone and swore at me. do I need to record it?')).toBe('required');
  });
});

describe('a step needed before starting, asked where one policy says no and another allows it on conditions', () => {
  it('"do I have to get it signed off first?" is answered by the route that allows it, the no shown beside it', () => {
    const q = 'want to start messaging a 16 year old on instagram from the team account, it is the only way she talks to us. do I have to get it signed off first?';
    const reply = answerQuestion(q, ctx)[0]!;
    expect(reply.rulings[0]?.verdict).toBe('required');
    const text = replyText(reply);
    expect(text).toContain('Yes (Cardiff and Vale): Electronic contact is allowed within a planned and supervised piece of work');
    expect(text).toContain('Pan Dorset: not recommended');
    // Asked as a permission, the no leads.
    expect(firstVerdict('can I message a 16 year old on instagram from the team account?')).toBe('not-recommended');
  });
});

describe('the family given a copy of an assessment, asked of them', () => {
  it('"does dad have to get a copy of the assessment?" is Nottinghamshire\'s duty to share it', () => {
    const q = 'does dad have to get a copy of the parenting assessment I wrote?';
    expect(understand(q, { today }).situation?.recordAccess).toBe('showing-service-user');
    expect(firstVerdict(q)).toBe('required');
  });
});

describe('what goes on the record of a contact asks for the duty to record it, whatever the contact', () => {
  it.each([
    ['dad rang my work mobile at 7pm last night, what goes on the record, when he rang or when I write it up?', 'must-record'],
    ["mum whatsapped me on sunday, I'm typing it up today. does it go under sunday's date?", 'must-record'],
    ['do I need the phone number on the contact recording?', 'must-record'],
    ['does a facebook message from a parent count as professional contact?', 'must-record'],
    // The duty's own act asked as a permission stays a permission.
    ['can I text a parent to confirm the core group?', 'may'],
  ])('%s → %s', (q, form) => expect(questionForm(q)).toBe(form));

  it.each([
    ['texted a foster carer at 8pm to confirm a visit - do I need the time on the record or just the date?', 'required'],
    ['a 15 year old messaged me on WhatsApp on the work phone last night, does that get recorded the same as a text? Cardiff and Vale', 'required'],
    // A contact one policy says no to, asked where its record goes: the duty to record it.
    ["mum whatsapped me on sunday, I'm typing it up today. does it go under sunday's date?", 'required'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));
});

describe('a duty put off or cut down, asked as a permission, is a no', () => {
  it.each([
    // Doing less than the duty "just … to save time", or "just … when I'm back".
    ['two brothers with the same worries, can I just use one file for both to save time?', 'not-allowed'],
    ["a parent sent an indecent image to my work phone, can I just tell my manager when I'm back next week?", 'not-allowed'],
    ["YP showed me a nude on her phone at the end of my shift, can I just report it once I'm back on Monday?", 'not-allowed'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));

  it("the duty's own act done to save time is not a way round it", () => {
    expect(firstVerdict("can I copy the same case note onto both brothers' records to save time?")).not.toBe('not-allowed');
  });
});

describe('how long to keep messages, asked of a no to deleting them, is the duty to keep them', () => {
  it.each([
    ['how long are we supposed to keep WhatsApp messages with families on the work phone?', 'required'],
    ['how long am I meant to keep texts with a young person on my work mobile?', 'required'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));
});

describe('records held back for the child sexual abuse inquiry (Nottinghamshire and Brighton and Hove)', () => {
  it.each([
    ['when can we start destroying the records we held for IICSA?', 'allowed-if'],
    ['we kept everything back because of the child abuse inquiry moratorium, can we bin it now?', 'allowed-if'],
  ])('%s → %s (the Judicial Review period ended on 20 January 2023)', (q, verdict) => {
    expect(understand(q, { today }).situation?.inquiryHold).toBe(true);
    expect(firstVerdict(q)).toBe(verdict);
    expect(replyText(firstReply(q))).toContain('20 January 2023');
  });

  it('a record named with no inquiry keeps its own retention rule', () => {
    expect(understand('can we shred the old case files from 1990 yet?', { today }).situation?.inquiryHold).toBeUndefined();
  });
});

describe('whose job a duty is, however the role is put first', () => {
  it.each([
    ["as a TM is it on me to make sure my team's use of whatsapp/texts is risk assessed or is that the worker's job?", 'what-must'],
    ['is it the social worker’s responsibility to log texts from parents?', 'what-must'],
  ])('%s → %s', (q, form) => expect(questionForm(q)).toBe(form));
});

describe('the decisive fact read, whatever the words', () => {
  it.each([
    // Consent asked for an act the policies allow outright: none is required.
    ["do we need dad's permission for other social workers in the team to look at the file?", 'not-required'],
    // A young person in distress by text (Pan Dorset paragraph 12: texting is rarely an appropriate response to a child in crisis).
    ["a 15 year old messaged saying she can't cope any more, can I reply by text? Pan Dorset", 'not-recommended'],
    // Asking one young person to pass a message to a sibling (Pan Dorset 1.7: not third-party communication).
    ['can I message a 15 year old and ask him to get his little sister to call me? Pan Dorset', 'not-recommended'],
    // A copy of a family's plan over WhatsApp is case-sensitive (Waltham Forest).
    ["can I whatsapp dad a copy of the family's plan? Waltham Forest", 'not-allowed'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));
});

describe('the first verdict of a choice, a record named as a thing, a right asked bare', () => {
  it.each([
    // "Do I have to do the whole of it, or only part?" of a no to the whole: the no answers whether it is a duty.
    ['Nottinghamshire - do I have to copy the whole email chain from the GP into the case record, or only the relevant parts?', 'not-recommended'],
    // "a record" named as a thing to open is not the act of recording: the permission is asked.
    ['Nottinghamshire: a pregnant mum has been referred in but the pregnancy isn\'t confirmed by a midwife yet. Can we open an unborn record?', 'allowed-if'],
    ['Notts referral for an expectant mum, 12 weeks. Is it ok to set up a case record for the unborn baby now?', 'allowed-if'],
    // The right told first ("wants to withdraw her consent") and asked "Can he?": a yes.
    ['A dad in Waltham Forest wants to withdraw his consent to WhatsApp contact. Can he?', 'allowed'],
    ['Our 16 year old wants to opt out of texts from us and just have calls (Cardiff and Vale). can she?', 'allowed'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));
});

describe('a dated duty asked "can we wait and do it after <date>?", the date past its deadline, is a no', () => {
  it.each([
    ['Brighton and Hove - SAR from a dad received 2 November. Can we wait and send the file after Christmas, on 29 December?', 'not-allowed'],
    ['Visited a family on 20 November (Pan Dorset). Can I wait and write it up after my leave, on 7 December?', 'not-allowed'],
    // Asked plainly by a later date, the deadline answers.
    ['Can the case note for a routine visit on 24/11/2026 go on by 4 December, or is that past the deadline?', 'required'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));

  it('the no says the date it is due by', () => {
    expect(replyText(firstReply('Brighton and Hove - SAR from a dad received 2 November. Can we wait and send the file after Christmas, on 29 December?'))).toMatch(/^No \(Brighton and Hove\):.*by 12 December 2026/);
  });
});

describe('a removal asked for, an informant named, a duty asked by who or what is needed (round 12)', () => {
  it.each([
    // A correction or deletion asked for is the amendment the policy permits on conditions; refused, what to do is the duty.
    ['put a visit note on the wrong sibling in notts, how do I get it taken off?', 'allowed-if'],
    ['a care leaver in B&H has asked for parts of her record to be deleted. what do we do?', 'allowed-if'],
    ["Dad wants his old assessment removed from the file (Brighton and Hove). If it can't be removed, what do I do?", 'required'],
    // A third party's identity is not owed; what they said, shared with a conference, is.
    ['mum keeps asking who made the referral. brighton - do we have to tell her?', 'not-required'],
    ['Neighbour told us about neglect in confidence. Do we have to share what she told us with the CP conference? B&H', 'required'],
    // "Who do I tell?" and "what permissions do I need?" ask for duties; "or does he need telling?" offers the duty.
    ['a parent sent an indecent image to my work phone (pan dorset). who do I tell?', 'required'],
    ['pan dorset - what permissions do I need before texting young people?', 'required'],
    ['B&H: can I just explain to his mum how we use his information, or does the 17 year old need telling himself?', 'required'],
    // "Is that a problem?" of what no duty asks: allowed; a right's cost asked: a yes.
    ["I don't put every email on the child's record in brighton. is that a problem?", 'allowed'],
    ['WF: mum wants to stop using whatsapp with us. will it affect the support she gets?', 'allowed'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));

  it('"is that a problem?" answered by an allowance leads with the position, not a bare yes', () => {
    expect(replyText(firstReply("I don't put every email on the child's record in brighton. is that a problem?"))).toMatch(/^Brighton and Hove: It is not an expectation/);
  });
});

// Round 19: the form of the question and its decisive fact choose the first verdict.
describe('the decisive fact and the form choose the first verdict (round 19)', () => {
  it.each([
    // Writing the way the young person writes is text language (Pan Dorset 1.5), asked "ok if I …?".
    ['pan dorset: a 16yo only answers when I text back in her own lingo. ok if I do that?', 'not-allowed'],
    ['dorset - can I message a 15 year old like him, all abbreviations and slang, so he keeps replying?', 'not-allowed'],
    // A young person offering to send an indecent image on, to the worker or the service's phone, is asking them to forward it (2.1).
    ['pan dorset: a 14 year old has a nude of a classmate and says she will send it to the team phone for me. is that ok?', 'not-allowed'],
    // A colleague's work phone is a staff phone: Waltham Forest's report to the line manager first (a duty).
    ['a dad sent my colleague an explicit photo on her work whatsapp. what happens next under waltham forest?', 'required'],
    // "Any expectation for …?" asks for the duties.
    ['pan dorset - a young person rang the work mobile at 11pm. is there any recording expectation for calls like that?', 'required'],
    // Questioning an under-16 over the app about what they disclosed is an interview (Waltham Forest: keep in touch only).
    ['WF: a 14yo messaged my work instagram saying mum hurt her. can I message back to find out more about what happened?', 'not-allowed'],
    // A named part of how it is done asked "does it matter?" first, a permission asked after: the duty leads.
    ['notts: does the time I type my case notes up matter, and can I write them in note form?', 'required'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));

  it('"is that ok?" after an image offered leads with the no, not with what to do now', () => {
    expect(replyText(firstReply('pan dorset: a 14 year old has a nude of a classmate and says she will send it to the team phone for me. is that ok?'))).toMatch(/^No \(Pan Dorset\): /);
  });

  it('an ask naming the app only as "it" is answered by the contact rules', () =>
    expect(firstVerdict('waltham forest: a 16 year old and I use whatsapp to confirm visits. can I also use it to talk through how she is feeling about home?')).toBe('not-allowed'));

  it('"can she?" of her own account wanted on the record is a yes (Brighton and Hove: additions accommodated)', () =>
    expect(firstVerdict('brighton: mum says the case note about her is wrong and wants her account recorded on the file. can she, and do we delete the note?')).toBe('allowed'));

  it('"what if we can\'t?" after an ask continues it, not a second question', () =>
    expect(firstVerdict("B&H: a care leaver wants parts of her record removed because she says they are wrong. can we remove them? and what if we can't?")).toBe('allowed-if'));
});

describe('sharing about a child at risk (round 23)', () => {
  it.each([
    ["notts - health visitor wants info on a family, we haven't asked for consent because asking would tip dad off and put the baby at risk. can i share?", 'allowed'],
    ['child at risk - can i share even if mum has not agreed? notts', 'allowed-if'],
    ['child at risk, can i share this or not with the gp? notts', 'allowed-if'],
    ['notts - we\'re under pressure about GDPR, can i refuse to share info with police about a child at risk because mum didnt consent', 'not-allowed'],
    ['child at risk of harm, the school want information and mum said no - can i decline to share? nottinghamshire', 'not-allowed'],
  ])('%s -> %s: leave to share is a yes, leave to refuse it a no, and a "not" elsewhere in the question is neither', (question, verdict) => {
    expect(firstVerdict(question)).toBe(verdict);
  });
});
