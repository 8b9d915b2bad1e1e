import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/understanding/asks';

describe('several asks in one message', () => {
  it('splits questions joined by "and", in the order asked', () => {
    expect(splitAsks('two things - can i text a 17 year old from my work phone, and does the text have to go on her file?').map((a) => a.text)).toEqual([
      'can i text a 17 year old from my work phone',
      'does the text have to go on her file?',
    ]);
  });

  it('splits a question begun after a comma, and an ask that borrows the last one\'s verb ("and by when")', () => {
    expect(splitAsks('what do I need to record and by when, does the voicemail itself go on his file, and should I ring him back?').map((a) => a.text)).toEqual([
      'what do I need to record',
      'by when do I need to record?',
      'does the voicemail itself go on his file',
      'should I ring him back?',
    ]);
    // A clause that does not ask ("when I record texts, ...") stays with its question.
    expect(splitAsks('When I record texts from a parent, should I screenshot them or type them out?')).toHaveLength(1);
  });

  it('reads "how …? and by when" and a bare "and what\'s my deadline?" as a deadline asked of the ask before', () => {
    expect(splitAsks('Mum texted me this morning. How do I record the text and by when?').map((a) => a.text)).toEqual([
      'How do I record the text',
      'by when do I record the text?',
    ]);
    expect(splitAsks('dad whatsapped me yesterday. how do I get it on the file and what\'s my deadline?').map((a) => a.text)).toEqual([
      'how do I get it on the file',
      'by when do I get it on the file?',
    ]);
  });

  it('reads "how …? and by when" after the context a sentence opens with (a dash, colon or comma before the question)', () => {
    expect(splitAsks("Dad left a voicemail last night. I'm in Brighton but we use the Pan Dorset guidance - how do I log it and by when?").map((a) => a.text)).toEqual([
      'how do I log it',
      'by when do I log it?',
    ]);
    expect(splitAsks('mum rang this morning, what do I need to write up and by when?').map((a) => a.text)).toEqual(['what do I need to write up', 'by when do I need to write up?']);
    expect(splitAsks('visited the family today: how do I record it and when?').map((a) => a.withContext)).toEqual([
      'visited the family today. how do I record it',
      'visited the family today. when do I record it?',
    ]);
  });

  it('splits a second ask that names the policy or table it asks under before its question word', () => {
    expect(splitAsks('can I text her from my work phone, and under the Cardiff policy what does the note need?').map((a) => a.text)).toEqual([
      'can I text her from my work phone',
      'under the Cardiff policy what does the note need?',
    ]);
    expect(splitAsks('how long do we keep a whatsapp chat and for Notts how long would an adoption file be kept?')).toHaveLength(2);
    // "and in my team we …" asks nothing of its own.
    expect(splitAsks('I text and email families and in my team we do it a lot. fine?')).toHaveLength(1);
  });

  it('splits a first ask that names the policy it asks under before its verb ("pan dorset - can I …, and should I …?")', () => {
    expect(splitAsks('waltham forest: can I message a 15 year old on whatsapp, and what should the first message say?').map((a) => a.text)).toEqual([
      'waltham forest: can I message a 15 year old on whatsapp',
      'what should the first message say?',
    ]);
    expect(splitAsks('under Pan Dorset can I give a young person my work number, and do I tell my manager?')).toHaveLength(2);
    // A statement with a dash in it is still context.
    expect(splitAsks('Notts - visit went fine and mum was calm. how long have I got to write it up?')).toHaveLength(1);
  });

  it('reads a numbered "by when …" with an aside after it as an ask', () => {
    expect(splitAsks("Police rang this morning. 1) by when does the note need to be on the system (we're Brighton) 2) can I paste their email in?").map((a) => a.text)).toEqual([
      "by when does the note need to be on the system (we're Brighton)",
      'can I paste their email in?',
    ]);
  });

  it('reads a bare "and when\'s it due?" as a deadline asked of a yes-or-no ask before it too', () => {
    expect(splitAsks('saw the kids at school today. do I have to write up the visit and when\'s it due?').map((a) => a.text)).toEqual([
      'do I have to write up the visit',
      'by when do I have to write up the visit?',
    ]);
  });

  it('splits lettered asks ("(a) …, and (b) …")', () => {
    expect(splitAsks('(a) can I email the plan to the school, and (b) does the plan need a review date?').map((a) => a.text)).toEqual([
      'can I email the plan to the school',
      'does the plan need a review date?',
    ]);
  });

  it('gives every ask the sentences of context around it', () => {
    const asks = splitAsks('visit was yesterday and dad hit mum. when does the note need to be on? does my manager need to sign it off?');
    expect(asks).toHaveLength(2);
    for (const a of asks) expect(a.withContext.startsWith('visit was yesterday and dad hit mum.')).toBe(true);
  });

  it('reads a condition before the question ("if …, how do I …") as context for every ask, not as a statement', () => {
    const asks = splitAsks('if mum rings me on my personal mobile at the weekend, can I answer it and do I have to write it up?');
    expect(asks.map((a) => a.text)).toEqual(['can I answer it', 'do I have to write it up?']);
    for (const a of asks) expect(a.withContext.startsWith('if mum rings me on my personal mobile at the weekend,')).toBe(true);
    expect(splitAsks('when a dad whatsapps me on saturday night, what do i write down and by when?').map((a) => a.text)).toEqual(['what do i write down', 'by when do i write down?']);
  });

  it('follows each ask with the asks before it, for a deadline or a retention asked of what they named', () => {
    const asks = splitAsks('how long do I keep whatsapp chats with a looked after kid? and how long is her case record kept (dob 2/2/2012)?');
    expect(asks[1]!.withContext).toBe('how long is her case record kept (dob 2/2/2012)?');
    expect(asks[1]!.withEarlier).toBe('how long is her case record kept (dob 2/2/2012)? how long do I keep whatsapp chats with a looked after kid?');
  });

  it('splits two asks under conditions of their own, each keeping its own condition, and reads a told event as context', () => {
    const asks = splitAsks('have a visit on wed 29th may. if all is fine when does the note need to be on, and if there is a safeguarding concern when does it need to be on?');
    expect(asks.map((a) => a.text)).toEqual(['if all is fine when does the note need to be on', 'if there is a safeguarding concern when does it need to be on?']);
    for (const a of asks) expect(a.conditional).toBe(true);
    for (const a of asks) expect(a.withContext.startsWith('have a visit on wed 29th may.')).toBe(true);
    expect(splitAsks('if she texts me tonight, how do I record it and by when?').every((a) => !a.conditional)).toBe(true);
  });

  it('keeps one question with its context whole, and a question about what the last one named with it', () => {
    expect(splitAsks('YP texted at 10 at night saying shes scared at home, should i text back or what')).toHaveLength(1);
    expect(splitAsks('What are my deadlines for the decisions and for the full written record, and when does it have to be distributed?')).toHaveLength(1);
    expect(splitAsks('can I WhatsApp this 15-year-old? she agreed.')).toHaveLength(1);
  });

  it('reads a turn supposed of the ask before ("and what if she refuses?") as the same ask taken further', () => {
    expect(splitAsks("mum wants her old case notes changed. can we just change them? and what if we can't?")).toHaveLength(1);
    expect(splitAsks('a yp showed me an image on her phone. can i keep the phone? but if she refuses what then?')).toHaveLength(1);
    // A new turn of events ("what if she texts back at midnight") is its own ask.
    expect(splitAsks('can i text her tonight? and what if she texts back at midnight, how do i record that?')).toHaveLength(2);
  });

  it('splits an ask whose "it" names nothing before it ("is it ok to …"), and one asking whether what was named goes on file', () => {
    expect(splitAsks('can I write visit notes in note form? and is it alright to use PEP and IHA without spelling them out?').map((a) => a.text)).toEqual([
      'can I write visit notes in note form?',
      'is it alright to use PEP and IHA without spelling them out?',
    ]);
    const onFile = splitAsks('how long do texts with a parent stay on my work phone? and do they need to be saved to the case file too?');
    expect(onFile).toHaveLength(2);
    // Read with the ask before it, whose texts it asks about.
    expect(onFile[1]!.refersBack).toBe(true);
    expect(onFile[1]!.withEarlier).toContain('texts with a parent');
  });
});
