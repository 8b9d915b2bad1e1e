import { describe, expect, it } from 'vitest';
import { answerQuestion, type Reply } from '../../src/answering/answer';
import { namedPolicies } from '../../src/answering/places';
import { cardText } from '../../src/cards/card-text';
import { alsoInGuidance } from '../../src/answering/passages';
import { defaultGuidance, defaultPassageIndex } from '../../src/guidance/default-guidance';
import { POLICY_IDS, type PolicyId } from '../../src/guidance/policies';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { ctx } from '../support/answers';
import { closestProvisions, QUOTE_PHRASINGS } from '../../src/understanding/provision-search';

// A card quotes the provision closest to what is asked, found by practitioners' phrasings of the need it answers, rather
// than only the passages sharing most words with the question: the sentence the guidance gives for that need.

const text = (replies: Reply[]) => replies.map((r) => cardText(r.card).join('\n')).join('\n');
const ask = (q: string) => text(answerQuestion(q, ctx));

describe('provisions quoted for being closest to what is asked', () => {
  it('every phrased provision is one the guidance holds', () => {
    const provisions = defaultGuidance().provisions;
    for (const q of QUOTE_PHRASINGS) expect(provisions.has(q.provision), q.provision).toBe(true);
  });

  // Written for this test in words none of the bank's phrasings use together.
  it.each([
    ["sent a referral about a child to the council up in Leeds this morning, what do I do once it's gone?", 'confirmation of receipt should then be recorded'],
    ['the two brothers live in the same house, must each of my notes be copied onto both their records?', 'relevant to the child concerned'],
    ['are the standards of conduct any looser when I message a parent over facebook?', 'same principles, expectations and standards'],
    ['the dad and the nan gave different stories about the bruise, do I just write down the one I believe?', 'along with any disagreements'],
    ["she won't let us tell the school nurse, but I'm worried about the cutting. can I pass it on without her agreement?", 'public interest is sufficiently strong'],
    ["dad can't remember the exact date his partner moved in, how do i write that down when i don't know it?", 'Estimated dates, ages or times should be indicated'],
  ])('%s', (question, fragment) => {
    expect(ask(question)).toContain(fragment);
  });

  // Provisions that had no practitioners' phrasings before: each quoted for the need it answers, asked in other words.
  it.each([
    ['the grandparents say our risk rating is far too high, do I note that they do not agree?', 'disagreement with the evaluation of level of risk'],
    ["took a call from the school's safeguarding lead about the boys, what has to be in my note? notts", 'The person providing the information must be named'],
    ["I left something out of last week's case note, can I just edit it?", 'The original recording must still be in the file'],
    ["I forwarded the child's plan to the youth offending team, does her file need to say so?", 'so that this can be traced in future'],
    ['our admin officer types my handwritten notes onto mosaic, does she add anything to them?', 'on behalf of'],
    ['does the app have to allow under 13s before i can message a child on it? waltham forest', 'minimum ages required to have an account'],
    ['When should we let parents know they can request what is on their file? Brighton', 'at regular points thereafter'],
    ['does the Cardiff policy give a time frame for getting texts recorded?', "in line with your organisation's policy"],
  ])('%s', (question, fragment) => {
    expect(ask(question)).toContain(fragment);
  });

  it("quotes the provision of the policy a question names before other policies' (at most two are quoted)", () => {
    const guidance = defaultGuidance();
    const asked = ['brighton-hove/4.2-siblings', 'pan-dorset/1.8', 'cardiff-vale/4'].map((id) => guidance.provisions.get(id)!);
    const quoted = (named: PolicyId[]) => alsoInGuidance(defaultPassageIndex(), 'how soon should a whatsapp be got onto the file, the same day?', POLICY_IDS, [], named, asked).map((q) => q.policy);
    expect(quoted([]).slice(0, 2)).toEqual(['brighton-hove', 'pan-dorset']);
    expect(quoted(['cardiff-vale'])[0]).toBe('cardiff-vale');
  });

  // Several asks answered on one card: each ask brings the provision closest to it, not only the message's closest.
  it.each([
    ["pan dorset - can I answer a young person's text while I'm driving, and should I note texts she sends me after 9pm?", ['use of mobile phones when driving', 'outside of normal working hours']],
    ['dorset: can I email a 15 year old from my gmail, and do the emails need to be kept?', ['only use a work email address', 'A record of all e mails sent/received']],
    // A terse second ask: the provision whose phrasings use all its words.
    ['under waltham forest can I whatsapp a 14 year old directly, and how do I show I had consent?', ['able to evidence this has been obtained']],
  ])('%s', (question, fragments) => {
    const said = ask(question);
    for (const fragment of fragments) expect(said).toContain(fragment);
  });

  it("quotes the closest provision of a policy named for one part of the question (Cardiff's for texts, Notts' deadline)", () => {
    const said = ask('cardiff and vale for texts, notts for timescales. a dad texted this morning to say all is fine at home, nothing to worry about. latest date to get the contact recording on?');
    expect(said).toContain("as a 'contact recording'");
  });

  it("quotes a provision whose words give no verdict (why the policy was brought in) beside the passage that gives one", () => {
    const said = ask('I work for the health board, not the council. does the cardiff and vale text recording policy cover me?');
    expect(said).toContain('the need for a multi-agency policy');
    expect(said).toContain('must apply to all records');
  });

  it('quotes a list item with its list, so it reads with the items beside it', () => {
    expect(ask('review documentation for a looked after child, what goes in it')).toContain('Indications for re-assessment');
  });

  it('finds no provision on words every topic shares or on a question the guidance does not cover', () => {
    expect(closestProvisions('can a young person and their family send it to us')).toEqual([]);
    expect(closestProvisions('what can i bring to a home visit for lunch')).toEqual([]);
  });
});

describe('a council named by its initials', () => {
  it('reads "B&H" as Brighton and Hove, so its position is shown beside the other council named', () => {
    expect(namedPolicies(DEFAULT_PROFILE, 'we follow the B&H and Notts guidance')).toEqual(['brighton-hove', 'nottinghamshire']);
    expect(ask("two sisters on my caseload, do my visit notes go on both girls' files? we use B&H and Notts")).toContain('Brighton and Hove');
  });
});

describe('a provision that is several items of a list is quoted with the rest of its list', () => {
  // Nottinghamshire's "The record of each contact must indicate": its items are two provisions (who and why; what was said,
  // seen and decided); asked what a contact's note must cover, the card quotes every item, not the first four.
  it('quotes every item of what the record of each contact must indicate', () => {
    const card = ask('nottinghamshire - which sections must the record of a visit to a family contain?');
    for (const item of ['The type of contact;', 'Who was expected to be present but was not;', "The author's observations of significant actions", 'Any actions (including plans or decisions)'])
      expect(card).toContain(item);
  });
});
