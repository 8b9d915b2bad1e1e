import { describe, expect, it } from 'vitest';
import { answerQuestion, type Reply } from '../../src/answering/answer';
import { namedPolicies } from '../../src/answering/places';
import { cardText } from '../../src/cards/card-text';
import { defaultGuidance } from '../../src/guidance/default-guidance';
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
