// The first verdict follows what is asked of the record (issue 10): a contact's permission topic leads, but asked where,
// how, whose or whether it is recorded, evidenced or amended, the duty to record answers, not "yes, if".
import { describe, expect, it } from 'vitest';
import { recordAsk } from '../../src/answering/record-ask';
import { firstVerdict } from '../support/answers';

describe('asked where, how or whether the record is made, the duty leads', () => {
  it.each([
    ["Cardiff and Vale: I've agreed with a 14 year old that we'll text about her appointments. Where should the agreement be written down?", 'required'],
    ['Waltham Forest: mum WhatsApped me at 10pm and I replied next morning. whose times go on the record, hers or mine?', 'required'],
    ['dad rang the work mobile late on Sunday evening (Pan Dorset). is there anything extra about recording a call out of hours?', 'required'],
    ['The school name is wrong in last month\'s case note (Nottinghamshire). How do I put the correction on properly, who needs to sign it?', 'required'],
    ['Dad wants his old assessment removed from the file (Brighton and Hove). If it can\'t be removed, what do I do?', 'required'],
    // Which messages the record takes, asked of a texting permission: the duty's extent.
    ['C&V, texting a 15yo on my work phone - is it only the texts I send that get recorded or her replies too?', 'required'],
    ['cardiff and vale messaging policy: is it just our messages that get recorded or the ones families send us on messenger as well?', 'required'],
  ])('%s → %s', (q, verdict) => expect(firstVerdict(q)).toBe(verdict));
});

describe('what keeps its own answer', () => {
  it('a permission asked before the record keeps its conditions', () => {
    expect(firstVerdict('can I WhatsApp a 17 year old care leaver in Waltham Forest, and where do the chats end up?')).toBe('allowed-if');
  });

  it('a no to the contact stands against "does anything need writing down?"', () => {
    expect(firstVerdict('I texted a 15 year old from my own phone last night (Cardiff and Vale). does anything need writing down?')).toBe('not-allowed');
  });
});

describe('the ask is found in the clause that asks it', () => {
  it.each([
    ['texted mum to confirm the visit and she texted back. when is the write up due, and does the exchange need recording too?', true],
    ['we agreed texting in supervision, where do I evidance that?', true],
    ['what date and time goes on the note, the visit or when I write it?', true],
    ['is it only the texts I send that get recorded, or the ones she sends me too?', true],
    ['which messages need to be logged, mine or the family\'s?', true],
    ['can I text her about the appointment?', false],
    ['is it only texts that the policy covers?', false],
    ['is there anything special about texting a 15 year old?', false],
  ])('%s → %s', (q, found) => expect(recordAsk(q) !== undefined).toBe(found));
});
