import { accessToken } from './auth';
import { sentFilingBody, type SendChoice } from './send-filing';

// The recording service, called from the pane: look-ups, and filing one e-mail per request with an Idempotency-Key.

export interface FieldError {
  field: string;
  message: string;
}

export interface PersonRef {
  reference: string;
  name: string;
  dateOfBirth?: string;
  recordCategory?: string;
}

export interface Filing {
  reference: string;
  person: { reference: string; name: string };
  recordedAt: string;
}

export interface PersonChoice {
  person: PersonRef;
  knownAddresses: string[];
  /** How many earlier e-mails with these correspondents went to this person (suggestions only). */
  filings?: number;
}

export interface FilingFields {
  person: PersonRef;
  direction: 'incoming' | 'outgoing';
  purpose: string;
  harmOrRisk: boolean;
  extract?: string;
}

export interface FiledReply {
  reference: string;
  alreadyFiled: boolean;
  message?: string;
  record: { recordedAt: string; blobs: { sha256: string; size: number }[] };
}

/** A refusal or failure in plain words, with the fields to fix when the server named them. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly fields: FieldError[] = [],
    /** The service's stable error code, e.g. 'sent-copy-not-found'. */
    readonly code?: string,
  ) {
    super(message);
  }
}

const UNREACHABLE = 'The recording service could not be reached. Check your connection, then retry.';

function plainError(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined)?.error;
  if (status === 401) return new ApiError('Your sign-in has expired or is missing. Retry to sign in again.', status);
  if (status >= 500) return new ApiError('The recording service could not answer just now; nothing was saved. Retry in a moment.', status);
  return new ApiError(e?.message ?? `The recording service refused the request (${status}).`, status, e?.fields ?? [], e?.code);
}

async function headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const token = await accessToken();
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { method, headers: await headers(body === undefined ? {} : { 'Content-Type': 'application/json' }), body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(UNREACHABLE, 0);
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) throw plainError(res.status, json);
  return json as T;
}

export async function filingsOf(internetMessageIds: string[]): Promise<Map<string, Filing[]>> {
  const out = new Map<string, Filing[]>();
  for (let i = 0; i < internetMessageIds.length; i += 100) {
    const r = await call<{ messages: { internetMessageId: string; filings: Filing[] }[] }>('POST', '/api/emails/filings', { internetMessageIds: internetMessageIds.slice(i, i + 100) });
    for (const m of r.messages) out.set(m.internetMessageId, m.filings);
  }
  return out;
}

export async function suggestions(correspondents: string[]): Promise<PersonChoice[]> {
  if (correspondents.length === 0) return [];
  return (await call<{ suggestions: PersonChoice[] }>('POST', '/api/people/suggestions', { correspondents: correspondents.slice(0, 200) })).suggestions;
}

export async function findPeople(search: string): Promise<PersonChoice[]> {
  return (await call<{ people: PersonChoice[] }>('GET', `/api/people?search=${encodeURIComponent(search)}`)).people;
}

function query(f: FilingFields): string {
  const q = new URLSearchParams({ person: f.person.reference, personName: f.person.name, direction: f.direction, purpose: f.purpose, harmOrRisk: String(f.harmOrRisk) });
  if (f.person.dateOfBirth) q.set('dateOfBirth', f.person.dateOfBirth);
  if (f.person.recordCategory) q.set('recordCategory', f.person.recordCategory);
  if (f.extract) q.set('extract', f.extract);
  return q.toString();
}

/** The original e-mail (EML) streamed to the service; onProgress gets the share uploaded (0..1). */
export async function fileEml(eml: Uint8Array, fields: FilingFields, idempotencyKey: string, onProgress: (share: number) => void): Promise<FiledReply> {
  const h = await headers({ 'Content-Type': 'message/rfc822', 'Idempotency-Key': idempotencyKey });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/emails?${query(fields)}`);
    for (const [k, v] of Object.entries(h)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(UNREACHABLE, 0));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as FiledReply);
      else reject(plainError(xhr.status, body));
    };
    xhr.send(new Blob([eml as BlobPart], { type: 'message/rfc822' }));
  });
}

/** Without the EML in the pane (older Outlook), the service fetches it from the mailbox through Microsoft Graph. */
export async function fileByGraphId(graphMessageId: string, f: FilingFields): Promise<FiledReply> {
  const body = { graphMessageId, person: f.person.reference, personName: f.person.name, direction: f.direction, purpose: f.purpose, harmOrRisk: f.harmOrRisk, ...(f.extract ? { extract: f.extract } : {}) };
  return call<FiledReply>('POST', '/api/emails', body);
}

/** File on send: the service finds the sent copy by its marker in the worker's Sent Items and files it as outgoing. */
export async function fileSent(choice: SendChoice): Promise<FiledReply> {
  return call<FiledReply>('POST', '/api/emails/sent', sentFilingBody(choice));
}

/** What the service did with a filing on send it was told about (the send handler's notice). */
export interface SentFilingState {
  marker: string;
  state: 'waiting' | 'filed' | 'failed';
  reference?: string;
  problem?: { code: string; message: string };
}

/** The worker's own filings on send as the service holds them; filed ones need nothing more from the pane. */
export async function sentFilingStates(): Promise<SentFilingState[]> {
  return (await call<{ filings: SentFilingState[] }>('GET', '/api/emails/sent')).filings;
}

export interface SupervisionDecisionNote {
  kind: 'supervision-decision';
  person: PersonRef;
  supervisionDate: string;
  setting: 'formal-supervision' | 'advice-outside-supervision';
  supervisor: { name: string };
  supervisee: { name: string; reference: string };
  othersPresent: never[];
  discussion: string;
  decisions: { decision: string; reasons: string }[];
  actions: never[];
  digitalContact: { discussed: boolean; riskAssessed: boolean };
  harmOrRisk: boolean;
}

/** A supervision-decision note (e.g. a manager's advice by e-mail), as JSON with an Idempotency-Key. */
export async function recordNote(note: SupervisionDecisionNote, idempotencyKey: string): Promise<FiledReply> {
  let res: Response;
  try {
    res = await fetch('/api/recordings', { method: 'POST', headers: await headers({ 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey }), body: JSON.stringify(note) });
  } catch {
    throw new ApiError(UNREACHABLE, 0);
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) throw plainError(res.status, json);
  return json as FiledReply;
}
