import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/understanding/asks';

describe('several asks in one message', () => {
  it('splits questions joined by "and", in the order asked', () => {
    expect(splitAsks('two things - can i text a 17 year old from my work phone, and does the text have to go on her file?').map((a) => a.text)).toEqual([
      'can i text a 17 year old from my work phone',
      'does the text have to go on her file?',
    ]);
  });

  it('gives every ask the sentences of context around it', () => {
    const asks = splitAsks('visit was yesterday and dad hit mum. when does the note need to be on? does my manager need to sign it off?');
    expect(asks).toHaveLength(2);
    for (const a of asks) expect(a.withContext.startsWith('visit was yesterday and dad hit mum.')).toBe(true);
  });

  it('keeps one question with its context whole, and a question about what the last one named with it', () => {
    expect(splitAsks('YP texted at 10 at night saying shes scared at home, should i text back or what')).toHaveLength(1);
    expect(splitAsks('What are my deadlines for the decisions and for the full written record, and when does it have to be distributed?')).toHaveLength(1);
    expect(splitAsks('can I WhatsApp this 15-year-old? she agreed.')).toHaveLength(1);
  });
});
