import { createHash } from 'node:crypto';
import { addresses } from '../../email/message-fields';
import type { NewRecord } from '../types';

// The keys under which a record is found by the Outlook add-in's look-ups on SharePoint (no "contains" query there):
// exact keys, hashed. A name is found by its whole text or any whole word of it (at least 2 characters).

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

export const messageKey = (internetMessageId: string) => hash(`message\n${internetMessageId}`);
export const addressKey = (address: string) => hash(`address\n${address.trim().toLowerCase()}`);
/** A person reference or a name (or one word of it), as typed in a search. */
export const personTextKey = (text: string) => hash(`person\n${text.trim().toLowerCase().replace(/\s+/g, ' ')}`);

export function lookupKeys(record: Pick<NewRecord, 'person' | 'details' | 'internetMessageId'>): string[] {
  const keys = new Set<string>();
  if (record.internetMessageId) keys.add(messageKey(record.internetMessageId));
  const d = record.details;
  if (d.kind === 'contact-recording' && d.channel === 'email') for (const a of addresses(d.otherParty)) keys.add(addressKey(a));
  keys.add(personTextKey(record.person.reference));
  keys.add(personTextKey(record.person.name));
  for (const word of record.person.name.split(/\s+/)) if (word.length >= 2) keys.add(personTextKey(word));
  return [...keys];
}
