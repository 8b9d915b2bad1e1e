/// <reference types="office-js" />
import { FILING_MARKER_HEADER } from '../../src/email/filing-marker';
import type { PersonRef } from './api';

// File on send, the Office.js side. In compose the pane stamps the message with the filing marker (an internet header,
// Mailbox 1.8, which the sent copy keeps) and leaves the worker's choice in the item's session data (1.11); the
// OnMessageSend handler (1.12) reads it there, tells the recording service (which files the sent copy in the
// background) and queues the filing in the mailbox's roaming settings, which the pane reads next time it opens to show
// what became of it, file it itself when the service was not told, or show why not with a retry.

/** What the worker chose in compose: who it is filed to and the fields a contact recording needs. */
export interface SendChoice {
  marker: string;
  person: PersonRef;
  purpose: string;
  harmOrRisk: boolean;
}

/** The request body of a filing on send, the same for the send handler's notice and the pane's own filing. */
export function sentFilingBody(choice: SendChoice): Record<string, unknown> {
  const p = choice.person;
  return {
    marker: choice.marker,
    person: p.reference,
    personName: p.name,
    ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
    ...(p.recordCategory ? { recordCategory: p.recordCategory } : {}),
    purpose: choice.purpose,
    harmOrRisk: choice.harmOrRisk,
  };
}

/** A filing queued at send time, waiting for the sent copy or failed; kept until filed or the worker removes it. */
export interface PendingSend extends SendChoice {
  subject: string;
  queuedAt: string;
  state: 'waiting' | 'failed';
  problem?: string;
}

export const SESSION_KEY = 'careFileWhenSent';
export const ROAMING_KEY = 'careSendFilings';
/** Roaming settings hold 32 KB in all: the oldest queued filings go first beyond this many. */
const MAX_PENDING = 40;

export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
}

function call<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((r) => {
      if (String(r.status) === 'succeeded') resolve(r.value);
      else reject(new OfficeCallError(r.error?.message || 'Outlook could not complete the request.'));
    });
  });
}

/** Filing on send needs internet headers (1.8), session data (1.11) and the send event (1.12). */
export const canFileOnSend = (office: typeof Office) => office.context.requirements.isSetSupported('Mailbox', '1.12');

const composeItem = (office: typeof Office) => office.context.mailbox.item as unknown as Office.MessageCompose;

function parseChoice(raw: string | undefined | null): SendChoice | undefined {
  if (!raw) return undefined;
  try {
    const c = JSON.parse(raw) as SendChoice;
    return typeof c.marker === 'string' && typeof c.person?.reference === 'string' ? c : undefined;
  } catch {
    return undefined;
  }
}

/** The choice already made for this message in this compose session, if any. */
export async function readChoice(office: typeof Office): Promise<SendChoice | undefined> {
  const raw = await call<string>((cb) => composeItem(office).sessionData.getAsync(SESSION_KEY, cb)).catch(() => undefined);
  return parseChoice(raw);
}

/** Marks the message (header) and keeps the choice (session data) for the send handler. */
export async function saveChoice(office: typeof Office, choice: SendChoice): Promise<void> {
  const item = composeItem(office);
  await call<void>((cb) => item.internetHeaders.setAsync({ [FILING_MARKER_HEADER]: choice.marker }, cb));
  await call<void>((cb) => item.sessionData.setAsync(SESSION_KEY, JSON.stringify(choice), cb));
}

export async function clearChoice(office: typeof Office): Promise<void> {
  const item = composeItem(office);
  await call<void>((cb) => item.internetHeaders.removeAsync([FILING_MARKER_HEADER], cb));
  await call<void>((cb) => item.sessionData.removeAsync(SESSION_KEY, cb));
}

/** The compose message's subject and everyone it goes to (To and Cc), for the purpose and the suggestion. */
export async function composeDetails(office: typeof Office): Promise<{ subject: string; recipients: string[] }> {
  const item = composeItem(office);
  const subject = await call<string>((cb) => item.subject.getAsync(cb)).catch(() => '');
  const to = await call<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb)).catch(() => []);
  const cc = await call<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb)).catch(() => []);
  return { subject, recipients: [...new Set([...to, ...cc].map((a) => a.emailAddress.toLowerCase()).filter((a) => a.includes('@')))] };
}

export function loadPending(office: typeof Office): PendingSend[] {
  const raw = office.context.roamingSettings.get(ROAMING_KEY) as unknown;
  return Array.isArray(raw) ? (raw as PendingSend[]).filter((p) => typeof p?.marker === 'string') : [];
}

export async function savePending(office: typeof Office, pending: PendingSend[]): Promise<void> {
  const settings = office.context.roamingSettings;
  if (pending.length === 0) settings.remove(ROAMING_KEY);
  else settings.set(ROAMING_KEY, pending.slice(-MAX_PENDING));
  await call<void>((cb) => settings.saveAsync(cb));
}

/**
 * At send: the choice left in session data, with the marker header set again in case it was lost. Undefined when
 * the worker chose nothing for this message (or Outlook lacks the send event).
 */
export async function pendingAtSend(office: typeof Office, now: Date = new Date()): Promise<PendingSend | undefined> {
  if (!canFileOnSend(office)) return undefined;
  const choice = await readChoice(office);
  if (!choice) return undefined;
  const item = composeItem(office);
  const headers = await call<Record<string, string>>((cb) => item.internetHeaders.getAsync([FILING_MARKER_HEADER], cb)).catch(() => ({}) as Record<string, string>);
  if (headers[FILING_MARKER_HEADER] !== choice.marker) await call<void>((cb) => item.internetHeaders.setAsync({ [FILING_MARKER_HEADER]: choice.marker }, cb));
  const subject = (await call<string>((cb) => item.subject.getAsync(cb)).catch(() => '')).slice(0, 200);
  return { ...choice, subject, queuedAt: now.toISOString(), state: 'waiting' };
}

/** Queues the filing in the mailbox's roaming settings, where the pane finds it next time it opens. */
export async function queuePending(office: typeof Office, entry: PendingSend): Promise<void> {
  await savePending(office, [...loadPending(office).filter((p) => p.marker !== entry.marker), entry]);
}

/** At send: the choice queued in roaming settings. Resolves with what was queued, or undefined when nothing was chosen. */
export async function queueOnSend(office: typeof Office, now: Date = new Date()): Promise<PendingSend | undefined> {
  const entry = await pendingAtSend(office, now);
  if (entry) await queuePending(office, entry);
  return entry;
}
