import { describe, expect, it } from 'vitest';
import { answerLine, findInCard as find, followUpButtons, received, submitted, visibleText } from '../support/card-search';
import { cardText } from '../../src/cards/card-text';
import { answerCard, notCoveredCard, welcomeCard, whichCard } from '../../src/cards/render';
import { CardTemplateError, expandTemplate } from '../../src/cards/template';
import { MAX_CARD_BYTES, validateCard } from '../../src/cards/validate';
import type { AdaptiveCardJson } from '../../src/cards/view-models';
import { decisiveQuestion } from '../../src/answering/follow-up';
import { answerView, notCoveredView, whichView } from '../../src/answering/views';
import { deadlineRuling, pdEquipment, wfConsent, wfUnder16, WHATSAPP_CONSENT_TEXT, whatsappUnder16 } from './fixtures';

const understood = [{ title: 'age', value: '15' }, { title: 'channel', value: 'whatsapp' }];

const cards: Record<string, AdaptiveCardJson> = {
  'answer (disagreement, wording)': answerCard(answerView(whatsappUnder16, 'can I WhatsApp this 15-year-old?', understood)),
  'answer (deadline)': answerCard(answerView(deadlineRuling, 'visited on 23 Dec, deadline?', [])),
  'answer (follow-up buttons)': answerCard(answerView(deadlineRuling, 'deadline?', [], { followUp: decisiveQuestion({ question: 'deadline?', situation: { topic: 'recording-deadline' }, missing: ['urgency'], outcome: (s) => s.urgency }) })),
  'answer (follow-up date)': answerCard(answerView(deadlineRuling, 'deadline?', [], { followUp: decisiveQuestion({ question: 'deadline?', situation: { topic: 'recording-deadline' }, missing: ['dates.event'], outcome: () => 'same' }) })),
  'not covered': notCoveredCard(notCoveredView(['Recording deadlines for case notes'], [])),
  'not covered, naming the nearest': notCoveredCard(notCoveredView(['Recording deadlines for case notes', 'Case summaries'], [], '', ['Case summaries'])),
  'which do you mean': whichCard(whichView('do i have to write up every phone call', [{ topic: 'what-to-record', label: 'What a contact recording must contain' }, { topic: 'recording-deadline', label: 'Recording deadlines for case notes' }], understood)),
  welcome: welcomeCard({ title: 'Ask me', intro: 'I answer from:', policies: ['Pan Dorset'], coversTitle: 'I cover:', covers: ['Case summaries'], examples: [{ title: 'Can I WhatsApp a 15-year-old?', data: { msteams: { type: 'imBack', value: 'Can I WhatsApp a 15-year-old?' } } }] }),
};

describe('every card kind validates as Teams parses it', () => {
  for (const [name, card] of Object.entries(cards)) {
    it(`${name}: schema 1.5, no warnings or errors, well under 80 KB`, () => {
      expect(card.version).toBe('1.5');
      expect(card.type).toBe('AdaptiveCard');
      expect(card).not.toHaveProperty('$schema');
      expect(validateCard(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES / 4);
    });
  }
  it('reports a 1.6 feature and an oversized card', () => {
    expect(validateCard({ type: 'AdaptiveCard', version: '1.6', body: [] }).length).toBeGreaterThan(0);
    const huge = answerCard(answerView({ ...deadlineRuling, headline: 'x'.repeat(90_000) }, 'q', []));
    expect(validateCard(huge).some((p) => p.phase === 'size')).toBe(true);
  });
});

describe('answer card', () => {
  const card = cards['answer (disagreement, wording)'] as AdaptiveCardJson;
  const [details] = find(card, (o) => o.id === 'details');

  it('leads with the answer in one line, its policy named, and what to do now', () => {
    expect(answerLine(card)).toBe('No: send communications to parents or legal guardians instead (Waltham Forest)');
    expect(visibleText(card, cardText)).toContain('The policies differ: Pan Dorset: yes, if the conditions are met. See Details.');
    const deadline = cards['answer (deadline)'] as AdaptiveCardJson;
    expect(visibleText(deadline, cardText)).toEqual([
      'Write it up by Monday 4 January 2027: 5 working days after 2026-12-23 (Nottinghamshire)',
      '**What to do now**\n\n• Record the case note on the case record **By Monday 4 January 2027.**',
      'Details',
      'Ask my manager',
      'Ask an IG lead',
    ]);
  });

  it('keeps the conditions behind Details, each under the policy it comes from, with met/unknown marks', () => {
    expect(cardText(details)).toContain(
      '**Conditions**\n\n**Pan Dorset**\n\n✓ Met: Use equipment provided by the organisation\n\n? Not known: Parents have given permission for this form of communication\n\n**Waltham Forest**\n\n✗ Not met: The young person is 16 or over',
    );
    expect(details).toMatchObject({ type: 'Container', isVisible: false });
    expect(find(card, (o) => o.type === 'Action.ToggleVisibility')).toEqual([{ type: 'Action.ToggleVisibility', title: 'Details', targetElements: ['details'] }]);
  });

  it('says "? Not known" once per policy, over the list of that policy\'s unsettled conditions', () => {
    const cited = (policy: 'pan-dorset' | 'waltham-forest') => [policy === 'pan-dorset' ? pdEquipment : wfUnder16];
    const ruling = {
      ...whatsappUnder16,
      conditions: [
        { text: 'Use equipment provided by the organisation', citations: cited('pan-dorset') },
        { text: 'Parents have given permission', citations: cited('pan-dorset') },
        { text: 'A Team Manager consents as corporate parent', citations: cited('waltham-forest') },
        { text: 'Contact is for professional reasons only', citations: cited('pan-dorset') },
      ],
    };
    const text = cardText(answerCard(answerView(ruling, 'q', []))).find((t) => t.startsWith('**Conditions**'));
    expect(text).toBe(
      '**Conditions**\n\n**Pan Dorset**\n\n? Not known:\n\n• Use equipment provided by the organisation\n\n• Parents have given permission\n\n• Contact is for professional reasons only\n\n**Waltham Forest**\n\n? Not known: A Team Manager consents as corporate parent',
    );
  });

  it('keeps the WhatsApp consent message verbatim in a monospace block, and offers it alone', () => {
    const mono = find(card, (o) => o.fontType === 'Monospace');
    expect(mono.map((m) => m.text)).toContain(WHATSAPP_CONSENT_TEXT);
    expect(find(card, (o) => o.title === 'Send me just the wording')).toHaveLength(0);
    const withSituation = answerCard(answerView(whatsappUnder16, 'q', [], { carried: { situation: { topic: 'wording', wording: 'whatsapp-consent' } } }));
    expect(find(withSituation, (o) => o.title === 'Send me just the wording')[0]).toMatchObject({ type: 'Action.Submit', data: { verb: 'wording', situation: { topic: 'wording' } } });
  });

  it('keeps citations (organisation, document, section, quote) in the details, one heading per document', () => {
    expect(cardText(details).at(-1)).toBe(
      [
        '**Sources (3)**',
        `**Waltham Forest Social Care, Communication Tools and/or Mechanisms of Data transfer**\n\n_Communication apps and under-16s_: ${wfUnder16.quote}\n\n_Specific guidelines relating to the use of WhatsApp_: ${wfConsent.quote}`,
        `**Pan Dorset Inter-Agency Safeguarding Procedures, Chapter 4.4 Guidelines for Text Messaging and E-mailing**\n\n_section 12_: ${pdEquipment.quote}`,
      ].join('\n\n'),
    );
  });

  it('keeps each organisation position in the details when they differ', () => {
    const positions = cardText(details).find((t) => t.startsWith('**Where the policies differ**'));
    // Short names here: Sources names each organisation in full.
    expect(positions).toContain('**Waltham Forest** (Not allowed): Communication apps are not used to contact service users under 16 directly.');
    expect(positions).toContain('**Pan Dorset** (Allowed if the conditions are met): Only on equipment provided by the organisation, with parents\' permission.');
  });

  it('offers helpful / not helpful feedback in its own row, with its verdict and what rebuilds it (the question, the guidance version)', () => {
    const [row] = find(card, (o) => o.id === 'feedback');
    const executes = find(row, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
    expect(executes).toHaveLength(2);
    const [helpful, notHelpful] = executes;
    // The ruling's identity is read back from the answer the question rebuilds; the verdict is kept for scoring.
    expect(helpful?.data).toEqual({ verb: 'feedback', helpful: true, verdict: 'not-allowed', guidanceVersion: '1.0.0+test' });
    // The ruling is carried once: "Send feedback" has what rebuilds the answer, and the bot reads the ruling from it.
    expect(notHelpful?.data).toEqual({ verb: 'feedback', helpful: false, guidanceVersion: '1.0.0+test' });
    expect(find(row, (o) => o.type === 'Input.Text' && o.id === 'comment')).toHaveLength(1);
    // The question is on the card once, in a hidden input both buttons gather (and the comment box's button, from its parent card).
    expect(submitted(card, helpful)).toEqual({ ...(helpful?.data as object), cardQuestion: 'can I WhatsApp this 15-year-old?' });
    expect(submitted(card, notHelpful, { comment: 'too long' })).toEqual({ ...(notHelpful?.data as object), comment: 'too long', cardQuestion: 'can I WhatsApp this 15-year-old?' });
  });

  it('carries the question once on a "not covered" card too, for "Ask my manager" and "Ask an IG lead"', () => {
    const notCovered = notCoveredCard(notCoveredView(['Recording deadlines for case notes'], [], 'can I claim mileage?'));
    for (const title of ['Ask my manager', 'Ask an IG lead']) {
      const [button] = find(notCovered, (o) => o.title === title);
      expect(button?.data).not.toHaveProperty('question');
      expect(received(notCovered, button)).toMatchObject({ verb: 'ask-person', question: 'can I claim mileage?' });
    }
  });

  it('carries the question once, hidden, and in none of the buttons that gather it', () => {
    const inputs = find(card, (o) => o.id === 'cardQuestion');
    expect(inputs).toEqual([{ type: 'Input.Text', id: 'cardQuestion', isVisible: false, value: 'can I WhatsApp this 15-year-old?' }]);
    expect(JSON.stringify(card).split('can I WhatsApp this 15-year-old?')).toHaveLength(2);
    for (const title of ['Helpful', 'Send feedback', 'Ask my manager', 'Ask an IG lead']) {
      const [button] = find(card, (o) => o.title === title);
      expect(received(card, button).question, title).toBe('can I WhatsApp this 15-year-old?');
    }
  });

  it('says which facts selected the rules, in the details', () => {
    expect(cardText(details)).toContain('**Why this applies**\n\n• age 15 is under 16 (Waltham Forest)');
  });

  it('uses no colour a theme could make unreadable', () => {
    for (const c of Object.values(cards)) expect(find(c, (o) => 'color' in o)).toEqual([]);
  });

  it('shows computed due dates in words', () => {
    const deadline = cardText(cards['answer (deadline)']).join('\n');
    expect(deadline).toContain('Monday 4 January 2027');
    expect(deadline).toContain('Case note due: Monday 4 January 2027');
  });

  it('renders the same JSON for the same ruling (snapshot)', () => {
    expect(card).toMatchSnapshot();
    expect(cards['answer (deadline)']).toMatchSnapshot();
  });
});

describe('follow-up on the answer card', () => {
  it('asks one question with buttons that post the choice as the practitioner\'s message', () => {
    const card = cards['answer (follow-up buttons)'] as AdaptiveCardJson;
    expect(cardText(card)).toContain('Is there harm, injury or risk?');
    const buttons = followUpButtons(card);
    expect(buttons.map((b) => b.displayText)).toEqual(['No, routine', 'Harm or injury occurred, or potential harm or risk is identified', 'The young person is in crisis']);
    expect(buttons[1]?.value).toEqual({ verb: 'refine', question: 'deadline?', situation: { topic: 'recording-deadline' }, asked: ['urgency'], fact_urgency: 'harm-or-risk' });
    expect(card).toMatchSnapshot();
  });

  it('asks for a date with one date input and a button that submits it', () => {
    const card = cards['answer (follow-up date)'] as AdaptiveCardJson;
    expect(find(card, (o) => o.type === 'Input.Date')).toEqual([{ type: 'Input.Date', id: 'fact_dates_event', label: 'Date of the contact, visit or event' }]);
    const [submit] = find(card, (o) => o.type === 'Action.Submit' && o.title === 'Use this date');
    // The question comes from the card's hidden input, gathered with the date.
    expect(submit?.data).toEqual({ verb: 'refine', situation: { topic: 'recording-deadline' }, asked: ['dates.event'] });
    expect(received(card, submit, { fact_dates_event: '2026-12-01' })).toEqual({ verb: 'refine', question: 'deadline?', situation: { topic: 'recording-deadline' }, asked: ['dates.event'], fact_dates_event: '2026-12-01' });
  });

  it('asks nothing when no choice changes the answer', () => {
    expect(decisiveQuestion({ question: 'q', situation: { topic: 'recording-deadline' }, missing: ['urgency'], outcome: () => 'same' })).toBeUndefined();
  });
});

describe('templates', () => {
  it('refuse to leave template syntax unbound', () => {
    expect(() => expandTemplate('not-covered', { nearest: '', coversTitle: 'x', covers: [], understood: '' })).toThrow(CardTemplateError);
  });

  it('show text a practitioner typed as it was, even when it looks like template syntax', () => {
    const card = answerCard(answerView(deadlineRuling, 'deadline ${feedback.helpful}?', []));
    const [execute] = find(card, (o) => o.type === 'Action.Execute');
    expect(received(card, execute)).toMatchObject({ question: 'deadline ${feedback.helpful}?' });
  });

  it('show typed text inside a longer template string as it was, and still catch a placeholder left unbound beside it', () => {
    const ask = { manager: { verb: 'ask-person' }, lead: { verb: 'ask-person' } };
    const card = expandTemplate('not-covered', { question: 'q', sentence: 's', nearest: '', coversTitle: 'c', covers: ['total ${price}'], understood: '', ask });
    expect(cardText(card)).toContain('• total ${price}');
    expect(() => expandTemplate('not-covered', { question: 'q', nearest: '', coversTitle: 'c', covers: ['total ${price}'], understood: '', ask })).toThrow(/\$\{sentence\} unbound/);
  });

  it('give each card its own objects, never the view-model\'s', () => {
    const view = answerView(deadlineRuling, 'q', []);
    const [execute] = find(answerCard(view), (o) => o.type === 'Action.Execute');
    expect(execute?.data).toEqual(view.feedback.helpful);
    expect(execute?.data).not.toBe(view.feedback.helpful);
    expect((execute?.data as { ruleIds: unknown }).ruleIds).not.toBe(deadlineRuling.ruleIds);
  });
});
