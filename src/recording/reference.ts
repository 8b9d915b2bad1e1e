import { randomBytes } from 'node:crypto';
import type { RecordKind } from './types';
import { ukDateTime } from './working-hours';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: references are read aloud and retyped

/** A record reference a practitioner can quote: CR-20261122-7K3QX9WD (contact recording) or SD-... (supervision decision). */
export function newReference(kind: RecordKind, at: Date): string {
  const prefix = kind === 'contact-recording' ? 'CR' : 'SD';
  const day = ukDateTime(at).date.replaceAll('-', '');
  const suffix = [...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${prefix}-${day}-${suffix}`;
}
