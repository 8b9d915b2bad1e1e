// What blind-25 showed once seen, held in the test's own phrasings (round 25d).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { cardText } from '../../src/cards/card-text';

// A Thursday just before a bank holiday Monday (3 May 2038), Easter Monday (26 April) just gone.
const today = '2038-04-29';
const first = (q: string) => answerQuestion(q, { profile: DEFAULT_PROFILE, today })[0]!;
const lead = (q: string) => cardText(first(q).card)[0] ?? '';

describe('round 25d', () => {
  it("a visit tomorrow is the event, not a bank holiday Monday named as the worker's day off", () => {
    expect(lead("visiting the family tomorrow (fri), then I'm off on the bank hol monday. if I see an injury when's the latest it can go on mosaic? notts")).toMatch(/^Write it up by Tuesday 4 May 2038/);
  });

  it('a write-up told as done is given its due date, not told to be done now', () => {
    const answer = lead('saw a bruise on a visit last thurs (22nd), wrote it up on tuesday because of easter - was that in time? notts');
    expect(answer).toMatch(/^It was due by Tuesday 27 April 2038/);
    expect(answer).not.toMatch(/Write it up now/);
    expect(lead("visit last thurs (22nd), injury seen, still haven't typed it up - when was it due? notts")).toMatch(/^Overdue/);
  });

  it("the worker's own feelings about a parent in the record: no", () => {
    expect(first('can I write in my case note that I find dad really rude and hard to like? notts').rulings[0]?.verdict).toBe('not-allowed');
    expect(first('is it ok to record that mum gives me the creeps? notts').rulings[0]?.verdict).toBe('not-allowed');
  });

  it('"do they have to be proper paragraphs?" of a rule that says essay form is not necessary: no', () => {
    const q = 'do my case notes have to be written in proper paragraphs? notts';
    expect(first(q).rulings[0]?.verdict).toBe('not-required');
    expect(lead(q)).toMatch(/^No \(Nottinghamshire\): It is not necessary to write in essay form/);
    // A condition of the rule asked is still a duty.
    expect(first('do my bullet points still have to be detailed? notts').rulings[0]?.verdict).not.toBe('not-required');
  });

  it("a written request for a child's records is a subject access request, with its date", () => {
    expect(lead("B&H - mum put in a written request for her daughter's records on tuesday, what's the last date to get them to her?")).toMatch(/^Due by Sunday 6 June 2038: 40 calendar days/);
  });

  it('screenshots sent on, asked where they go: the record', () => {
    expect(lead('WF admin - a worker emailed me screenshots of a whatsapp chat with mum, where do they get saved?')).toMatch(/Waltham Forest/);
    expect(cardText(first('WF admin - a worker emailed me screenshots of a whatsapp chat with mum, where do they get saved?').card).join('\n')).toMatch(/Mosaic/);
  });

  it("a name with the age in brackets is the child's age: Waltham Forest's under-16 no", () => {
    expect(lead('WF - Kai (13) sent me a whatsapp about seeing his nan, can I answer him directly?')).toMatch(/^No: send the communication to the child's parents or legal guardians instead/);
  });
});
