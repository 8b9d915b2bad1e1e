import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { engineGuidance, type GuidancePort } from '../../src/answering/guidance';
import { alsoInGuidance, matchingSentences, passagesText, searchText, wordingVerdict } from '../../src/answering/passages';
import { defaultPassageIndex } from '../../src/guidance/default-guidance';
import { POLICY_IDS } from '../../src/guidance/policies';
import { NOT_COVERED_SENTENCE } from '../../src/answering/views';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';

// What a practitioner sees of the guidance's full text: passages no rule cites, quoted and cited under Details, and the
// nearest passage when no rule answers; questions the guidance does not answer stay "not covered".

const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: '2026-11-22' };

type Block = { type?: string; id?: string; text?: string; isVisible?: boolean; items?: Block[] };
const body = (r: Reply) => (r.card.body as Block[]) ?? [];
const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => [...(b.text ? [b.text] : []), ...texts(b.items ?? [])]);
const details = (r: Reply) => body(r).find((b) => b.id === 'details');
const alsoBlock = (r: Reply) => texts(details(r)?.items ?? []).find((t) => t.startsWith('**Also in the guidance**'));
const top = (r: Reply) => texts(body(r).filter((b) => b.id !== 'details')).join('\n');
const ask = (q: string, c: AnswerContext = ctx) => answerQuestion(q, c);

describe('"Also in the guidance" on an answer card', () => {
  const [reply] = ask("A care leaver has asked us to delete part of her file about her birth dad. We can't delete it for legal reasons - what should we do?");

  it('quotes a passage no rule of the answer cites, with its policy and section', () => {
    const also = alsoBlock(reply!);
    expect(also).toContain("request should be acknowledged as part of the record");
    expect(also).toContain('_Brighton and Hove, section 1. Core Principles_');
  });

  it('sits behind Details, not at the top of the card', () => {
    expect(details(reply!)?.isVisible).toBe(false);
    expect(top(reply!)).not.toContain('Also in the guidance');
  });

  it('never repeats what the answer already quotes', () => {
    const [laptop] = ask('Can I use my own laptop or phone for anything with client info if work kit is down? asking for brighton but also the cardiff guidance');
    const also = alsoBlock(laptop!) ?? '';
    expect(also).toContain('Cardiff and Vale');
    // The answer cites Brighton and Hove's home-PC sentence; it is not quoted again below it.
    expect(also).not.toContain('should not be created or saved on home PC');
  });

  it('keeps the card small: at most three passages, each quote trimmed to its matching sentences', () => {
    for (const q of ['texting a 15 year old from my work phone, what do I have to record?', 'how long do we keep a looked after child case record?', 'can I email a report to the school?']) {
      for (const r of ask(q)) {
        const also = alsoBlock(r);
        if (!also) continue;
        const quotes = also.split('\n\n').slice(1);
        expect(quotes.length).toBeLessThanOrEqual(3);
        for (const quote of quotes) expect(quote.length).toBeLessThan(450);
      }
    }
  });

  it('quotes a list item with the other items of its list that fit, under its lead-in, and nothing twice', () => {
    const also = passagesText(alsoInGuidance(defaultPassageIndex(), searchText('I wrote the wrong date in a case note, can I edit it?'), POLICY_IDS, []));
    // The question's words match one item; what a practitioner must do is the whole list.
    expect(also).toContain('Records cannot be corrected after they are written');
    for (const item of ['The original recording must still be in the file', 'The reasons for the amendment should be made clear', 'dated and recorded by the author and their line manager']) {
      expect(also.split(item).length - 1).toBe(1);
    }
  });

  it("shows another policy's word on the same need beside the best passage", () => {
    const quotes = alsoInGuidance(defaultPassageIndex(), searchText('IRO covering two LAs. Brighton says don\'t need to record every phone call but does any other policy say to write up all calls?'), POLICY_IDS, []);
    expect(quotes.map((q) => q.policy)).toEqual(expect.arrayContaining(['brighton-hove', 'pan-dorset']));
    expect(passagesText(quotes)).toContain('A written record should be made of all calls');
  });

  it('is left out by a guidance that does not offer its full text', () => {
    const { passages: _passages, ...withoutText } = engineGuidance;
    const port: GuidancePort = withoutText;
    const [plain] = ask("A care leaver has asked us to delete part of her file about her birth dad. We can't delete it for legal reasons - what should we do?", { ...ctx, guidance: port });
    expect(alsoBlock(plain!)).toBeUndefined();
  });
});

describe('the passage nearest a question no rule answers', () => {
  const [reply] = ask('what does cardiff and vale expect every member agency to have in place re e-safety?');

  it('answers with what the guidance says, cited, plainly not a ruling', () => {
    const shown = top(reply!);
    // The provision itself, found by practitioners' phrasings of the need, cited by the note it is.
    expect(shown).toContain('What the guidance says (Cardiff and Vale, Note following paragraph 6)');
    expect(shown).toContain('expect all member agencies to have policies in place to support e-safety practice');
    expect(shown).toContain('not a ruling on your situation');
    expect(texts(details(reply!)?.items ?? []).join('\n')).toContain('Cardiff and Vale of Glamorgan Regional Safeguarding Children Board');
    expect(shown).not.toContain(NOT_COVERED_SENTENCE);
  });

  it('says which of the question\'s own words the passage shares, as the practitioner wrote them', () => {
    // ("case transfer - what do I check about the family details" is now reached by its provision's phrasings.)
    const why = texts(details(reply!)?.items ?? []).find((t) => t.startsWith('**Why this applies**'));
    expect(why).toContain('shares these words with your question: expect, member, agency, place, safety.');
  });

  it('gives the verdict the passage\'s own wording gives, and records the passage as what it came from', () => {
    expect(reply!.rulings[0]).toMatchObject({ topic: 'guidance-text', verdict: 'required', ruleIds: ['cardiff-vale/p7'] });
  });

  it('keeps near misses and questions the guidance does not answer "not covered"', () => {
    for (const q of [
      'how many days annual leave do I get',
      'what is the threshold for a section 47 enquiry',
      "What's the timescale for completing a child and family assessment?",
      'how do I request an interpreter for a home visit?',
      'how do I claim mileage for home visits',
    ]) {
      const [r] = ask(q);
      expect(top(r!), q).toContain(NOT_COVERED_SENTENCE);
      expect(r!.rulings[0]?.topic, q).toBe('not-covered');
    }
  });
});

describe('"Which do you mean?" with the passage nearest the question', () => {
  it('a question once offered as a choice is answered once its decisive fact is read, citing the same paragraph', () => {
    // "Which do you mean?" with the nearest passage was this question's answer until papers left out were read as such.
    const [reply] = ask('paper files on my desk overnight - does it matter?');
    expect(reply!.rulings[0]?.topic).toBe('data-security');
    expect(reply!.rulings[0]?.verdict).toBe('not-allowed');
    expect(JSON.stringify(reply!.card)).toContain('locked cupboards / cabinets overnight');
  });
});

describe('reading a passage', () => {
  it('takes the verdict from its own words, strongest first', () => {
    expect(wordingVerdict('Laptop users must not keep written copies of the log in details')?.verdict).toBe('not-allowed');
    expect(wordingVerdict('Never take case records into shops, pubs or restaurants;')?.verdict).toBe('not-allowed');
    expect(wordingVerdict('Texting should not normally be used as third party communication')?.verdict).toBe('not-recommended');
    expect(wordingVerdict('Texting should only be used if previously agreed by the child/young person')?.verdict).toBe('allowed-if');
    expect(wordingVerdict('Closure summaries and transfer summaries must be completed and authorised by the line manager.')?.verdict).toBe('required');
    expect(wordingVerdict('Staff should keep case papers as securely as possible at home')?.verdict).toBe('required');
    expect(wordingVerdict('note form or bullet points are acceptable')?.verdict).toBe('allowed-if');
    expect(wordingVerdict('Many young people and children have a personal e mail address.')).toBeUndefined();
  });

  it('quotes the sentences that match the question, word for word', () => {
    const passage = 'Records cannot be corrected after they are written, or gaps left. If it is necessary to amend records, or insert information: the original recording must still be in the file. Names and addresses must be spelt correctly and checked with the family before anything is sent out.';
    expect(matchingSentences(passage, ['amend', 'record', 'correct'])).toBe('Records cannot be corrected after they are written, or gaps left. If it is necessary to amend records, or insert information: the original recording must still be in the file.');
    expect(matchingSentences(passage, ['name', 'address', 'spelt'])).toBe('…Names and addresses must be spelt correctly and checked with the family before anything is sent out.');
  });

  it('quotes the sentences matching the question\'s rarer words first', () => {
    const passage = 'Written records should show the involvement of service users and carers in their assessments and services and in the process of arranging them, including the assessments of other agencies and the records of every meeting held with the family and the professionals around them. Service users\' views must be recorded and any disagreement with the outcome or worker\'s judgements. Records should be written taking into account the assumption that service users may read them.';
    const rare = (term: string): number => (term === 'disagr' ? 5 : 1);
    // "record" and "assess" are in every other passage; "disagreement" is what the practitioner asked about.
    expect(matchingSentences(passage, ['record', 'assess', 'disagr'], [], rare)).toBe("…Service users' views must be recorded and any disagreement with the outcome or worker's judgements.");
    expect(matchingSentences(passage, ['record', 'assess', 'disagr'])).toMatch(/^Written records/);
  });
});
