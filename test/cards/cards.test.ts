import { describe, expect, it } from 'vitest';
import { findInCard as find } from '../support/card-search';
import { cardText } from '../../src/cards/card-text';
import { answerCard, followUpCard, notCoveredCard, welcomeCard, whichCard } from '../../src/cards/render';
import { CardTemplateError, expandTemplate } from '../../src/cards/template';
import { MAX_CARD_BYTES, validateCard } from '../../src/cards/validate';
import type { AdaptiveCardJson } from '../../src/cards/view-models';
import { followUpView } from '../../src/answering/follow-up';
import { answerView, notCoveredView, whichView } from '../../src/answering/views';
import { deadlineRuling, pdEquipment, wfConsent, wfUnder16, WHATSAPP_CONSENT_TEXT, whatsappUnder16 } from './fixtures';

const understood = [{ title: 'age', value: '15' }, { title: 'channel', value: 'whatsapp' }];

const cards: Record<string, AdaptiveCardJson> = {
  'answer (disagreement, wording)': answerCard(answerView(whatsappUnder16, 'can I WhatsApp this 15-year-old?', understood)),
  'answer (deadline)': answerCard(answerView(deadlineRuling, 'visited on 23 Dec, deadline?', [])),
  'follow-up': followUpCard(followUpView({ question: 'q', situation: { topic: 'digital-contact', age: 15 }, facts: ['age', 'device', 'consent', 'dates.event', 'time'] })),
  'follow-up with errors': followUpCard(followUpView({ question: 'q', situation: { topic: 'digital-contact' }, facts: ['age', 'device'], entered: { fact_age: '150' }, errors: { fact_age: 'Age: enter a whole number of years from 0 to 25.' }, problems: ['Age: enter a whole number of years from 0 to 25.'] })),
  'not covered': notCoveredCard(notCoveredView(['Recording deadlines for case notes'], [])),
  'not covered, naming the nearest': notCoveredCard(notCoveredView(['Recording deadlines for case notes', 'Case summaries'], [], ['Case summaries'])),
  'which do you mean': whichCard(whichView('do i have to write up every phone call', [{ topic: 'what-to-record', label: 'What a contact recording must contain' }, { topic: 'recording-deadline', label: 'Recording deadlines for case notes' }], understood)),
  welcome: welcomeCard({ title: 'Ask me', intro: 'I answer from:', policies: ['Pan Dorset'], coversTitle: 'I cover:', covers: ['Case summaries'], examples: [{ title: 'Can I WhatsApp a 15-year-old?', data: { verb: 'ask', question: 'Can I WhatsApp a 15-year-old?' } }] }),
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
  const text = cardText(card).join('\n');

  it('puts the verdict in one line and the conditions with met/unknown marks', () => {
    expect(text).toContain('Not allowed');
    expect(text).toContain('✓ Met');
    expect(text).toContain('✗ Not met');
    expect(text).toContain('? Not known');
    const conditions = find(card, (o) => o.type === 'FactSet' && cardText(o).some((t) => t.startsWith('✓ Met')));
    expect(conditions).toHaveLength(1);
    expect(conditions[0]?.facts).toEqual([
      { title: '✓ Met', value: 'Use equipment provided by the organisation' },
      { title: '? Not known', value: 'Parents have given permission for this form of communication' },
      { title: '✗ Not met', value: 'The young person is 16 or over' },
    ]);
  });

  it('shows the WhatsApp consent message verbatim in a monospace block', () => {
    const mono = find(card, (o) => o.fontType === 'Monospace');
    expect(mono.map((m) => m.text)).toContain(WHATSAPP_CONSENT_TEXT);
  });

  it('keeps citations (organisation, document, section, quote) behind a Sources button, one heading per document', () => {
    const show = find(card, (o) => o.type === 'Action.ShowCard' && String(o.title).startsWith('Sources'));
    expect(show).toHaveLength(1);
    expect(show[0]?.title).toBe('Sources (3)');
    // Waltham Forest is cited first and third: its heading once, then each of its sections with the quote, then Pan Dorset.
    expect(cardText(show[0]?.card)).toEqual([
      'Waltham Forest Social Care, Communication Tools and/or Mechanisms of Data transfer',
      'Communication apps and under-16s',
      wfUnder16.quote,
      'Specific guidelines relating to the use of WhatsApp',
      wfConsent.quote,
      'Pan Dorset Inter-Agency Safeguarding Procedures, Chapter 4.4 Guidelines for Text Messaging and E-mailing',
      'section 12',
      pdEquipment.quote,
    ]);
  });

  it('shows each organisation position side by side when they differ', () => {
    expect(text).toContain('Where the policies differ');
    const rows = find(card, (o) => o.type === 'ColumnSet' && cardText(o).some((t) => t.includes('Pan Dorset')));
    expect(rows.length).toBeGreaterThan(0);
    expect(text).toContain('Allowed if the conditions are met');
  });

  it('offers helpful / not helpful feedback with the ruling identity and the question', () => {
    const executes = find(card, (o) => o.type === 'Action.Execute' && o.verb === 'feedback');
    expect(executes).toHaveLength(2);
    for (const e of executes) {
      expect(e.data).toMatchObject({ verb: 'feedback', topic: 'digital-contact', ruleIds: whatsappUnder16.ruleIds, guidanceVersion: '1.0.0+test', question: 'can I WhatsApp this 15-year-old?' });
      expect(e.fallback).toMatchObject({ type: 'Action.Submit', data: e.data });
    }
    expect(executes.map((e) => (e.data as { helpful: boolean }).helpful).sort()).toEqual([false, true]);
    expect(find(card, (o) => o.type === 'Input.Text' && o.id === 'comment')).toHaveLength(1);
  });

  it('says which facts selected the rules', () => {
    expect(text).toContain('Why this applies');
    expect(text).toContain('age 15 is under 16 (Waltham Forest)');
  });

  it('heads a duty "Required", in the accent colour, and a permission with conditions "Allowed if the conditions are met"', () => {
    const verdictBlock = (c: AdaptiveCardJson) => find(c, (o) => o.type === 'TextBlock' && o.size === 'Large')[0];
    expect(verdictBlock(cards['answer (deadline)'] as AdaptiveCardJson)).toMatchObject({ text: 'Required', color: 'Accent' });
    const permission = answerCard(answerView({ ...deadlineRuling, topic: 'digital-contact', verdict: 'allowed-if' }, 'q', []));
    expect(verdictBlock(permission)).toMatchObject({ text: 'Allowed if the conditions are met', color: 'Warning' });
    expect(validateCard(permission)).toEqual([]);
  });

  it('shows computed due dates in words', () => {
    const deadline = cardText(cards['answer (deadline)']).join('\n');
    expect(deadline).toContain('Monday 4 January 2027');
    expect(deadline).toContain('Record on: the case record');
  });

  it('renders the same JSON for the same ruling (snapshot)', () => {
    expect(card).toMatchSnapshot();
    expect(cards['answer (deadline)']).toMatchSnapshot();
  });
});

describe('follow-up card', () => {
  it('asks with the right input kinds and carries the question and situation in refine data', () => {
    const card = cards['follow-up'] as AdaptiveCardJson;
    expect(find(card, (o) => o.type === 'Input.Number' && o.id === 'fact_age')[0]).toMatchObject({ min: 0, max: 25 });
    expect(find(card, (o) => o.type === 'Input.ChoiceSet' && o.id === 'fact_device')).toHaveLength(1);
    expect(find(card, (o) => o.type === 'Input.Date' && o.id === 'fact_dates_event')).toHaveLength(1);
    expect(find(card, (o) => o.type === 'Input.Time' && o.id === 'fact_time')).toHaveLength(1);
    const [execute] = find(card, (o) => o.type === 'Action.Execute');
    expect(execute).toMatchObject({ verb: 'refine', data: { verb: 'refine', question: 'q', situation: { topic: 'digital-contact', age: 15 } } });
    expect(execute?.fallback).toMatchObject({ type: 'Action.Submit', data: execute?.data });
    expect(card).toMatchSnapshot();
  });

  it('keeps what was entered and says what to fix', () => {
    const card = cards['follow-up with errors'] as AdaptiveCardJson;
    expect(find(card, (o) => o.id === 'fact_age')[0]).toMatchObject({ value: 150 });
    expect(cardText(card).join('\n')).toContain('enter a whole number of years from 0 to 25');
  });
});

describe('templates', () => {
  it('refuse to leave template syntax unbound', () => {
    expect(() => expandTemplate('not-covered', { nearest: '', coversTitle: 'x', covers: [], understood: [] })).toThrow(CardTemplateError);
  });

  it('show text a practitioner typed as it was, even when it looks like template syntax', () => {
    const card = answerCard(answerView(deadlineRuling, 'deadline ${feedback.helpful}?', []));
    const [execute] = find(card, (o) => o.type === 'Action.Execute');
    expect(execute?.data).toMatchObject({ question: 'deadline ${feedback.helpful}?' });
  });

  it('show typed text inside a longer template string as it was, and still catch a placeholder left unbound beside it', () => {
    const card = expandTemplate('not-covered', { sentence: 's', nearest: '', coversTitle: 'c', covers: ['total ${price}'], understood: [] });
    expect(cardText(card)).toContain('• total ${price}');
    expect(() => expandTemplate('not-covered', { nearest: '', coversTitle: 'c', covers: ['total ${price}'], understood: [] })).toThrow(/\$\{sentence\} unbound/);
  });

  it('give each card its own objects, never the view-model\'s', () => {
    const view = answerView(deadlineRuling, 'q', []);
    const [execute] = find(answerCard(view), (o) => o.type === 'Action.Execute');
    expect(execute?.data).toEqual(view.feedback.helpful);
    expect(execute?.data).not.toBe(view.feedback.helpful);
    expect((execute?.data as { ruleIds: unknown }).ruleIds).not.toBe(deadlineRuling.ruleIds);
  });
});
