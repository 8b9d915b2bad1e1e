import { z } from 'zod';
import { addresses } from '../email/message-fields';
import type { PersonRef, StoredRecord } from './types';

// What the Outlook add-in asks before filing: which of these e-mails are already filed (by Internet Message-ID), and
// whose record earlier e-mails with the same correspondents went to. Answers are built from records the asker may read.

export const MAX_LOOKUP_MESSAGES = 100;
const MAX_CORRESPONDENTS = 200;
export const MAX_SUGGESTIONS = 5;
export const MAX_PEOPLE_FOUND = 10;

const messageId = z.string().trim().min(3).max(998).regex(/^<[^<>\s]+>$/, 'must be an Internet Message-ID in angle brackets, e.g. <abc@mail.example>');
const address = z.string().trim().toLowerCase().max(320).regex(/^[^\s@<>",]+@[^\s@<>",]+$/, 'must be an e-mail address like name@example.org');

export const FilingLookupInput = z.strictObject({
  internetMessageIds: z.array(messageId).min(1).max(MAX_LOOKUP_MESSAGES, `at most ${MAX_LOOKUP_MESSAGES} e-mails at a time (Outlook selects up to 100)`),
});

export const SuggestionInput = z.strictObject({
  correspondents: z.array(address).min(1).max(MAX_CORRESPONDENTS),
});

export const PeopleQuery = z.strictObject({
  search: z.string().trim().min(2, 'type at least 2 characters of a name or record reference').max(100),
});

/** One earlier filing of an e-mail, as the add-in shows it: "Filed to P-1001 as CR-… on 3 December". */
export interface Filing {
  reference: string;
  person: Pick<PersonRef, 'reference' | 'name'>;
  recordedAt: string;
  filedBy: string;
}

export interface PersonSuggestion {
  person: PersonRef;
  /** Which of the given correspondents appear in earlier filings to this person. */
  matchedAddresses: string[];
  /** E-mail addresses in this person's earlier filings: their known contacts, as far as the records show. */
  knownAddresses: string[];
  filings: number;
  lastFiledAt: string;
}

/** The e-mail addresses in a contact recording's other party ("a@x, b@y" for e-mails), lower-cased. */
export function recordAddresses(r: StoredRecord): string[] {
  if (r.details.kind !== 'contact-recording' || r.details.channel !== 'email') return [];
  return addresses(r.details.otherParty).map((a) => a.toLowerCase());
}

export function filingsByMessageId(ids: readonly string[], records: readonly StoredRecord[]): { internetMessageId: string; filings: Filing[] }[] {
  return ids.map((id) => ({
    internetMessageId: id,
    filings: records
      .filter((r) => r.internetMessageId === id)
      .map((r) => ({ reference: r.id, person: { reference: r.person.reference, name: r.person.name }, recordedAt: r.recordedAt, filedBy: r.author.name })),
  }));
}

/** People ranked by how many of the given addresses their earlier filings share, then by how many filings, then recency. */
export function rankPeople(correspondents: readonly string[], records: readonly StoredRecord[]): PersonSuggestion[] {
  const wanted = new Set(correspondents);
  const byPerson = new Map<string, PersonSuggestion & { matched: Set<string>; known: Set<string> }>();
  for (const r of records) {
    const found = recordAddresses(r);
    const matched = found.filter((a) => wanted.has(a));
    if (matched.length === 0) continue;
    let s = byPerson.get(r.person.reference);
    if (!s) {
      // Records come newest first: the newest filing's person details (name, date of birth) are the ones to show.
      s = { person: r.person, matchedAddresses: [], knownAddresses: [], filings: 0, lastFiledAt: r.recordedAt, matched: new Set(), known: new Set() };
      byPerson.set(r.person.reference, s);
    }
    s.filings += 1;
    if (r.recordedAt > s.lastFiledAt) s.lastFiledAt = r.recordedAt;
    for (const a of matched) s.matched.add(a);
    for (const a of found) s.known.add(a);
  }
  return [...byPerson.values()]
    .map(({ matched, known, ...s }) => ({ ...s, matchedAddresses: [...matched].sort(), knownAddresses: [...known].sort() }))
    .sort((a, b) => b.matchedAddresses.length - a.matchedAddresses.length || b.filings - a.filings || (a.lastFiledAt < b.lastFiledAt ? 1 : -1))
    .slice(0, MAX_SUGGESTIONS);
}

/** Distinct people among records (newest first), each with the e-mail addresses of their earlier filings. */
export function peopleIn(records: readonly StoredRecord[]): { person: PersonRef; knownAddresses: string[]; lastFiledAt: string }[] {
  const out = new Map<string, { person: PersonRef; known: Set<string>; lastFiledAt: string }>();
  for (const r of records) {
    const p = out.get(r.person.reference) ?? { person: r.person, known: new Set<string>(), lastFiledAt: r.recordedAt };
    for (const a of recordAddresses(r)) p.known.add(a);
    if (r.recordedAt > p.lastFiledAt) p.lastFiledAt = r.recordedAt;
    out.set(r.person.reference, p);
  }
  return [...out.values()].slice(0, MAX_PEOPLE_FOUND).map((p) => ({ person: p.person, knownAddresses: [...p.known].sort(), lastFiledAt: p.lastFiledAt }));
}
