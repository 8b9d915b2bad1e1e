import { describe, expect, it } from 'vitest';
import { redact, redactText } from '../../src/privacy/redact';

// Table-driven: what a practitioner might type, and what may be stored.
const CASES: { name: string; input: string; stored: string }[] = [
  { name: 'mobile with spaces', input: 'can I text her on 07700 900123?', stored: 'can I text her on [phone]?' },
  { name: 'mobile run together', input: 'his number is 07700900123', stored: 'his number is [phone]' },
  { name: 'mobile with dashes', input: 'ring 07700-900-123 tomorrow', stored: 'ring [phone] tomorrow' },
  { name: '+44 mobile', input: 'WhatsApp +44 7700 900123 ok?', stored: 'WhatsApp [phone] ok?' },
  { name: '+44 with (0)', input: 'office +44 (0)20 7946 0958', stored: 'office [phone]' },
  { name: 'London landline', input: 'call 020 7946 0958 now', stored: 'call [phone] now' },
  { name: 'bracketed area code', input: 'on (0115) 496 0000', stored: 'on [phone]' },
  { name: '0044 prefix', input: 'dial 0044 7700 900123', stored: 'dial [phone]' },
  { name: 'US number', input: 'his dad is on +1 415 555 0132', stored: 'his dad is on [phone]' },
  { name: 'digits run together', input: 'ring 447700900123', stored: 'ring [phone]' },
  { name: 'e-mail', input: 'she wrote from jo.bloggs+care@example.co.uk today', stored: 'she wrote from [email] today' },
  { name: 'postcode', input: 'lives at NG1 5DT', stored: 'lives at [postcode]' },
  { name: 'called cue', input: 'a 15 year old called Jordan sent me a photo', stored: 'a 15 year old called [name] sent me a photo' },
  { name: 'named cue with surname', input: 'a boy named Sam Lee messaged me', stored: 'a boy named [name] messaged me' },
  { name: 'my YP cue', input: 'my YP Kayden wants to WhatsApp me', stored: 'my YP [name] wants to WhatsApp me' },
  { name: 'Mrs title', input: 'Mrs Patel asked for the notes', stored: 'Mrs [name] asked for the notes' },
  { name: 'Dr. title with dot', input: 'Dr. Okafor emailed me', stored: 'Dr. [name] emailed me' },
  { name: 'Miss title', input: 'I told Miss Hughes', stored: 'I told Miss [name]' },
  { name: 'capitalised pair', input: 'Can Jordan Smith contact me on Instagram?', stored: 'Can [name] contact me on Instagram?' },
  { name: 'title after a capitalised verb', input: 'Ask Mrs Patel first', stored: 'Ask Mrs [name] first' },
  { name: 'pair at end of sentence', input: 'I visited Amelia Jones.', stored: 'I visited [name].' },
  { name: 'a name that is a common word, mid-sentence', input: 'I visited Will at home and he is scared', stored: 'I visited [name] at home and he is scared' },
  { name: 'a name that is a common word, opening the sentence', input: 'Will told me he is scared. Will I need to record it?', stored: '[name] told me he is scared. Will I need to record it?' },
  { name: 'May as a name, and as a question', input: 'May said no. May I text her?', stored: '[name] said no. May I text her?' },
  { name: 'May the month stays', input: 'the visit on 3 May was late', stored: 'the visit on 3 May was late' },
];

const UNCHANGED = [
  'can I WhatsApp this 15-year-old?',
  'what do I put in the first WhatsApp message?',
  'How long have I got to write up this visit? Pan Dorset says 5 working days',
  'What does Waltham Forest Social Care say about Looked After children?',
  'Child Protection Conference minutes within 20 working days',
  'the case number is 12345 and the year is 2026',
  'Data Protection Act 2018 and UK GDPR',
];

// Names the cue and capital-letter rules cannot see: only words the product knows are kept.
const NAMES_WITHOUT_CUES: { input: string; stored: string }[] = [
  { input: 'Casey told me she is scared', stored: '[word] told me she is scared' },
  { input: 'my yp jordan smith called at 9pm', stored: 'my yp [word] [word] called at 9pm' },
  { input: 'her name is casey-lee and she is 14', stored: 'her name is [word]-[word] and she is 14' },
  { input: 'Can I text Mohammed about his visit?', stored: 'Can I text [word] about his visit?' },
];

describe('redact', () => {
  it.each(NAMES_WITHOUT_CUES)('keeps no unknown word: $input', ({ input, stored }) => {
    expect(redactText(input)).toBe(stored);
  });

  it.each(CASES)('$name', ({ input, stored }) => {
    expect(redactText(input)).toBe(stored);
  });

  it.each(UNCHANGED)('leaves domain text alone: %s', (input) => {
    expect(redactText(input)).toBe(input);
  });

  it('counts what it removed without keeping the values', () => {
    const r = redact('Mr Brown, mr.brown@example.org, 07700 900123');
    expect(r.counts).toEqual({ email: 1, phone: 1, postcode: 0, name: 1, word: 0 });
    expect(r.text).not.toMatch(/Brown|example|900123/);
  });
});
