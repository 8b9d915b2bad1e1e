import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/guidance/situation';
import { closestTopics, keptSearchTerms, NOT_COVERED } from '../../src/understanding/closest';
import { EXEMPLARS } from '../../src/understanding/exemplars';
import { normalise } from '../../src/understanding/normalise';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const closest = (q: string) => closestTopics(normalise(q).text);

describe('the exemplar bank', () => {
  it('has at least 15 practitioner phrasings for every topic, and a bank of near misses', () => {
    for (const topic of [...TOPICS, NOT_COVERED]) expect(EXEMPLARS[topic]?.length ?? 0, topic).toBeGreaterThanOrEqual(15);
  });

  it('names only topics the guidance knows', () => {
    for (const topic of Object.keys(EXEMPLARS)) expect([...TOPICS, NOT_COVERED]).toContain(topic);
  });

  it('finds most of its own phrasings under their own topic (the bank is not self-contradictory)', () => {
    const all = Object.entries(EXEMPLARS).flatMap(([topic, qs]) => qs.map((q) => ({ topic, q })));
    const own = all.filter(({ topic, q }) => closest(q)[0]?.topic === topic);
    expect(own.length / all.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe('ranking by closeness', () => {
  it('matches through stems, typos and shorthand: a phrasing no keyword table holds', () => {
    const c = closest('how long do we hang on to looked after childrens files');
    expect(c[0]?.topic).toBe('retention');
    expect(closest('mum sent a voice note and pics on whatsap, how do i get them onto the file')[0]?.topic).toBe('what-to-record');
  });

  it('says which phrasing a question was closest to, in what was read', () => {
    const u = understand('what should be in the case note after a first home visit', { today });
    expect(u.situation?.topic).toBe('what-to-record');
    expect(u.scores[0]?.because.some((b) => b.startsWith('closest to: "'))).toBe(true);
  });

  it('leaves a near miss the guidance does not answer not covered, however close its words', () => {
    expect(understand('how many days annual leave do social workers get', { today }).situation).toBeNull();
    expect(understand('can we use AI to type up our visit notes', { today }).situation).toBeNull();
  });

  it('needs words or facts about a topic\'s subject, not only the shape of the question (how quickly, timescale, how often)', () => {
    for (const q of ['how quickly does the return home interview have to be done after a missing episode?', "what's the timescale for a connected person viability assessment?", 'how often do we have to review a care plan for a CP child?']) {
      const u = understand(q, { today });
      expect(u.situation, q).toBeNull();
      expect(u.choices, q).toBeUndefined();
    }
    // The same shapes about a record are still answered.
    expect(understand('how long should a looked after child\'s record be kept', { today }).situation?.topic).toBe('retention');
    expect(understand('when does my note of the home visit have to be written up?', { today }).situation?.topic).toBe('recording-deadline');
  });

  it('leaves a question clearly closer to a near miss than to any covered phrasing not covered, though its words point at a topic', () => {
    expect(understand('how many hours have we got to let the information commissioner know about a breach of data', { today }).situation).toBeNull();
    expect(understand('how long do we keep the case file for a LAC child born 3/4/2009?', { today }).situation?.topic).toBe('retention');
  });

  it('reads "record it" however it is said', () => {
    for (const q of ['do i need to jot down every call with the school', 'my texts with the foster carer - do they all need logging?', 'do i really have to note down every text from dad', 'do i need 2 note that']) {
      expect(understand(q, { today }).situation?.topic, q).toBe('what-to-record');
    }
  });

  it('reads the kinds of words practitioners use for a topic\'s subject', () => {
    const topicOf = (q: string) => understand(q, { today }).situation?.topic;
    expect(topicOf('is messaging a dad ok when he will not answer his phone?')).toBe('digital-contact');
    expect(topicOf('can i read a case file in starbucks between visits')).toBe('data-security');
    expect(topicOf('is it ok to use acronyms in my recordings')).toBe('record-writing');
    expect(topicOf('can the old closed files from 1995 go in the confidential waste now')).toBe('retention');
    expect(topicOf('do all the emails with the school need logging on her file?')).toBe('email-recording');
    expect(topicOf('a young man read his file and wants some parts taken out, what now')).toBe('amendment');
    expect(topicOf('what actually has to go into a note of a home visit?')).toBe('what-to-record');
    expect(topicOf('the child is 3, what do I do about the views/wishes section?')).toBe('what-to-record');
    expect(understand('two brothers on my caseload, can I write one note and copy it onto both files?', { today }).situation?.handling).toBe('sibling-records');
    // "the main text" of a note is writing, not a text message.
    expect(understand('should the child\'s views have a heading or just go in the main text of the note?', { today }).situation?.channel).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(closest('can i text a yp from my own phone')).toEqual(closest('can i text a yp from my own phone'));
  });
});

describe('what the search keeps between questions', () => {
  it('keeps what a word of the bank finds, never a name or any other word a practitioner typed', () => {
    const question = 'can I whatsapp Kezziah Blandford-Oyelaran about her contact on 07700 900123';
    const first = closest(question);
    expect(closest(question)).toEqual(first);
    const kept = keptSearchTerms();
    expect(kept).toContain('whatsapp');
    expect(kept.join(' ')).not.toMatch(/kezz|blandford|oyelaran|0770|900123/);
  });
});
