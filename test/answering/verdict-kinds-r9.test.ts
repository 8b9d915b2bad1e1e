// Round 9 first-verdict kinds (issue 10): each policy's position where its decisive fact is in the question, and the
// verdict the question's form calls for. Phrasings written for this test, in no question file.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const ctx = { profile: DEFAULT_PROFILE, today };
/** The verdict the first card carries (its feedback data), as a scorer reads it. */
const firstVerdict = (q: string) => answerQuestion(q, ctx)[0]?.rulings[0]?.verdict;
/** All the text on the first card. */
const cardText = (q: string) => JSON.stringify(answerQuestion(q, ctx)[0]?.card ?? {});

describe("a personal device is answered by Cardiff and Vale's employer-equipment rule", () => {
  it.each([
    'is it ok to answer a parent\'s email from my personal laptop at home?',
    "I've got outlook on my own tablet, can I reply to a foster carer's email from it?",
    "I don't have whatsapp on my work phone, can I message the foster carer from mine?",
  ])('%s', (q) => {
    expect(firstVerdict(q)).toBe('not-allowed');
    expect(cardText(q)).toMatch(/Cardiff and Vale/);
    expect(cardText(q)).toMatch(/issued by the employer/);
  });

  it('"e-mail from it" is not a question for IT', () => {
    expect(understand("I've got outlook on my own tablet. can I answer a dad's email from it on the train?", { today }).situation?.topic).toBe('digital-contact');
  });
});

describe('the first verdict follows the question as asked', () => {
  it.each([
    // How to record a contact a policy advises against: the duty to record it.
    ['mum sent me a voice note on facebook messenger about the kids, how do I log that?', 'required'],
    // Looking through public social media over a safeguarding worry: allowed, with what to do.
    ['concerned a 14 year old boy is involved in county lines, his tiktok is open - can I go through it and screenshot anything relevant for the file?', 'allowed-if'],
    // A case document sent by app is case-sensitive.
    ['can I send the foster carer a photo of the placement plan on whatsapp?', 'not-allowed'],
    // Post left in a communal area is an address with no secure facility for post.
    ['care leaver lives in a shared house, letters get left on the table in the hall for anyone to pick up. can I post her the minutes?', 'not-recommended'],
    // MIRRA 7, asked three ways.
    ['nan and dad tell it completely differently. can I just pick the account that seems more credible and record that?', 'not-recommended'],
    ['do I have to get everyone to agree one version before I write it up?', 'not-required'],
    // Two ways offered: the duty answers; a permission offered against a duty asks the permission.
    ['the health visitor sent a long report - can I just mention it in my note, or does the report itself need to be scanned on?', 'required'],
    ['do case notes need to be typed in full sentences or can we just do note form?', 'allowed-if'],
    // A name filled in from the rest of the family.
    ["new family, I didn't ask dad's surname so I've put him down as the same as the kids. ok?", 'not-allowed'],
    // A permission offered beside a duty is the way round it: the duty answers.
    ['do the hospital letters have to be scanned onto the file or can I keep them in my tray?', 'required'],
    // Leaving e-mails in the inbox instead of putting them on the record.
    ['is it ok to keep the emails from the health visitor in my inbox rather than uploading them?', 'not-allowed'],
    // A council's procedures named as context is not a question about the guidance.
    ['Can I message a care leaver happy christmas from my own facebook? Our procedures apply.', 'not-allowed'],
  ])('%s → %s', (q, verdict) => {
    expect(firstVerdict(q)).toBe(verdict);
  });

  it('a choice between one version and all of them is the duty to record the disagreement', () => {
    const q = 'mum and the school disagree about what happened - do I write it up as whichever version seems most likely or put both in?';
    expect(firstVerdict(q)).toBe('required');
  });
});

describe("Pan Dorset's position on e-mails kept in your own mailbox", () => {
  it('a record of all e-mails is part of the agency record (3.6)', () => {
    const q = "I leave all my case emails filed in outlook folders, not on the system. that's alright isn't it?";
    expect(firstVerdict(q)).toBe('not-allowed');
    expect(cardText(q)).toMatch(/Pan Dorset/);
    expect(cardText(q)).toMatch(/agency record/);
  });
});
