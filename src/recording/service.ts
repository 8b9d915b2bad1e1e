import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import type { AccessPolicy } from '../access/policy';
import type { RecordAction } from '../access/rules';
import type { Principal } from '../auth/principal';
import { EmlError, splitHeaders } from '../email/eml-headers';
import { MailMessageNotFoundError, type MailSource } from '../email/mail-source';
import { InvalidDateError } from '../calendar/iso-date';
import { emailFields } from '../email/message-fields';
import { recordingDeadline } from '../guidance/deadlines';
import type { Nation } from '../guidance/profile';
import { retentionDate } from '../guidance/retention';
import type { IsoDate } from '../guidance/situation';
import { canonicalJson } from './canonical-json';
import { ForbiddenError, RecordingError, RecordNotFoundError, ValidationError, type FieldError } from './errors';

export { ForbiddenError };
import { toFieldErrors } from './field-errors';
import { FilingLookupInput, filingsByMessageId, MAX_PEOPLE_FOUND, PeopleQuery, peopleIn, rankPeople, SuggestionInput } from './filing-lookup';
import { newReference } from './reference';
import {
  AmendmentInput,
  EmailFilingFields,
  GraphEmailFiling,
  ListQuery,
  SentEmailFiling,
  RecordingInput,
  SignOffInput,
  WithdrawalInput,
} from './schemas';
import type { CreateOutcome, RecordStore } from './store';
import type { Amendment, Author, NewBlob, NewRecord, PersonRef, RecordDetails, RecordingDeadline, RetentionOutcome, SignOff, StoredRecord } from './types';
import { isOutOfHours, ukDateTime } from './working-hours';

export const DEFAULT_MAX_EMAIL_BYTES = 50 * 1024 * 1024;
/** A message time more than this far ahead of the server clock is a typing mistake, not a clock skew. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

export interface RecordingServiceOptions {
  store: RecordStore;
  /** Who may see and change which record (src/access/rules.ts); every call below goes through it. */
  access: AccessPolicy;
  nation: Nation;
  now?: () => Date;
  /** Fetches an Outlook message's MIME by Graph id; absent in local mode. */
  mail?: MailSource;
  maxEmailBytes?: number;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.infer<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(toFieldErrors(r.error, input, prefix));
  return r.data;
}

const authorOf = (p: Principal): Author => ({ userId: p.userId, name: p.name });

/** The recording rules: required fields, deadline and retention computed and stored, append-only changes, idempotent filing. */
export class RecordingService {
  private readonly now: () => Date;
  readonly maxEmailBytes: number;

  constructor(private readonly options: RecordingServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.maxEmailBytes = options.maxEmailBytes ?? DEFAULT_MAX_EMAIL_BYTES;
  }

  get store(): RecordStore {
    return this.options.store;
  }

  /** POST /api/recordings: a contact recording or a supervision-decision note. */
  async record(principal: Principal, body: unknown, idempotencyKey?: string): Promise<CreateOutcome> {
    const input = parseOrThrow(RecordingInput, body);
    checkIdempotencyKey(idempotencyKey);
    const at = this.now();
    const errors: FieldError[] = [];
    let details: RecordDetails;
    let eventDate: IsoDate;
    const blobs: NewBlob[] = [];
    if (input.kind === 'contact-recording') {
      const messageAt = new Date(input.messageAt);
      if (messageAt.getTime() > at.getTime() + FUTURE_TOLERANCE_MS) errors.push({ field: 'messageAt', message: 'The date and time of the message is in the future. Check the date and time zone.' });
      const { attachments, person: _person, ...rest } = input;
      details = { ...rest, messageAt: messageAt.toISOString(), outOfHours: isOutOfHours(messageAt, this.options.nation) };
      eventDate = ukDateTime(messageAt).date;
      for (const a of attachments ?? []) {
        blobs.push({
          role: input.content.form === 'screenshot' ? 'screenshot' : 'attachment',
          fileName: a.fileName,
          contentType: a.contentType,
          source: Readable.from([Buffer.from(a.contentBase64, 'base64')]),
        });
      }
    } else {
      if (input.supervisionDate > ukDateTime(at).date) errors.push({ field: 'supervisionDate', message: 'The date of the supervision is in the future. Record a supervision after it has taken place.' });
      const { person: _person, ...rest } = input;
      details = rest;
      eventDate = input.supervisionDate;
    }
    errors.push(...birthDateProblems(input.person.dateOfBirth, eventDate, 'person.dateOfBirth'));
    if (errors.length > 0) throw new ValidationError(errors);
    const record: NewRecord = {
      id: newReference(input.kind, at),
      person: input.person,
      details,
      author: authorOf(principal),
      recordedAt: at.toISOString(),
      deadline: this.deadline(eventDate, details.harmOrRisk, at),
      retention: retentionFor(input.person),
      blobs,
    };
    // Without a client key, the practitioner and the exact body are the key: a blind retry must not file a second record.
    const requestHash = sha256(canonicalJson(body));
    record.idempotency = { key: idempotencyKey ?? `body:${requestHash}`, requestHash };
    await this.access.require(principal, 'create', record);
    return this.options.store.create(principal, record);
  }

  /** POST /api/emails with a raw EML body: the fields come from the query string. */
  async fileEml(principal: Principal, query: Record<string, string | undefined>, eml: Readable, declaredLength?: number, idempotencyKey?: string): Promise<CreateOutcome> {
    const fields = parseOrThrow(EmailFilingFields, query);
    checkIdempotencyKey(idempotencyKey);
    if (declaredLength !== undefined && declaredLength > this.maxEmailBytes) throw this.tooLarge();
    return this.fileMessage(principal, { ...fields, harmOrRisk: fields.harmOrRisk === 'true' }, eml, idempotencyKey);
  }

  /** POST /api/emails with {graphMessageId, ...}: the message is fetched from the practitioner's mailbox. */
  async fileGraphMessage(principal: Principal, body: unknown): Promise<CreateOutcome & { markedFiled: boolean | null }> {
    const input = parseOrThrow(GraphEmailFiling, body);
    const mail = this.options.mail;
    if (!mail) {
      throw new ValidationError([
        { field: 'graphMessageId', message: 'Filing by Outlook message id needs a Microsoft 365 connection. Send the e-mail itself instead: the EML file with Content-Type message/rfc822.' },
      ]);
    }
    let stream: Readable;
    try {
      stream = await mail.openMessage(principal, input.graphMessageId);
    } catch (err) {
      if (err instanceof MailMessageNotFoundError) throw new RecordingError('not-found', 'That e-mail was not found in your mailbox. It may have been moved or deleted.');
      throw err;
    }
    const outcome = await this.fileMessage(principal, input, stream);
    if (!mail.markFiled) return { ...outcome, markedFiled: null };
    // The record is stored whatever happens here: a failed mark is reported, not an error (marking again is harmless).
    const markedFiled = await mail.markFiled(principal, input.graphMessageId).then(
      () => true,
      () => false,
    );
    return { ...outcome, markedFiled };
  }

  /**
   * POST /api/emails/sent (file on send): the sent copy carrying the worker's filing marker is found in their Sent
   * Items and filed as an outgoing contact recording with its sent time. The marker is the idempotency key, so the
   * add-in's retries never file twice; not there yet is its own answer (sent-copy-not-found), so the add-in can wait.
   */
  async fileSentMessage(principal: Principal, body: unknown): Promise<CreateOutcome & { markedFiled: boolean | null }> {
    const input = parseOrThrow(SentEmailFiling, body);
    const mail = this.options.mail;
    if (!mail?.findSentMessage) {
      throw new ValidationError([{ field: 'marker', message: 'Filing on send needs a Microsoft 365 connection to find the sent e-mail. Select it in Sent Items and file it from there.' }]);
    }
    const { marker, ...fields } = input;
    const messageId = await mail.findSentMessage(principal, marker);
    if (!messageId) throw new RecordingError('sent-copy-not-found', 'The sent e-mail is not in your Sent Items yet. Outlook may still be sending it: retry in a minute.');
    let stream: Readable;
    try {
      stream = await mail.openMessage(principal, messageId);
    } catch (err) {
      if (err instanceof MailMessageNotFoundError) throw new RecordingError('sent-copy-not-found', 'The sent e-mail was moved or deleted from Sent Items before it could be filed.');
      throw err;
    }
    const outcome = await this.fileMessage(principal, { ...fields, direction: 'outgoing' }, stream, `send:${marker.toLowerCase()}`);
    const markedFiled = mail.markFiled ? await mail.markFiled(principal, messageId).then(() => true, () => false) : null;
    return { ...outcome, markedFiled };
  }

  /**
   * File on send in the background: before the filing is queued, the same checks the filing will meet (the fields,
   * a Microsoft 365 connection, and whether this worker may record on this person), so a refusal comes at once.
   */
  async checkSentFiling(principal: Principal, body: unknown): Promise<SentEmailFiling> {
    const input = parseOrThrow(SentEmailFiling, body);
    if (!this.options.mail?.findSentMessage) {
      throw new ValidationError([{ field: 'marker', message: 'Filing on send needs a Microsoft 365 connection to find the sent e-mail. Select it in Sent Items and file it from there.' }]);
    }
    const person: PersonRef = { reference: input.person, name: input.personName };
    const details: RecordDetails = { kind: 'contact-recording', direction: 'outgoing', channel: 'email', otherParty: '', messageAt: this.now().toISOString(), content: { form: 'original-email' }, purpose: input.purpose, harmOrRisk: input.harmOrRisk, outOfHours: false };
    await this.access.require(principal, 'create', { id: newReference('contact-recording', this.now()), person, details, author: authorOf(principal) });
    return input;
  }

  /** The access rules, for other features' routes (e.g. 'which of these filings may this user see'). */
  get access(): AccessPolicy {
    return this.options.access;
  }

  /** GET /api/recordings/:ref: the record, if the asker may read it. */
  async get(principal: Principal, id: string): Promise<StoredRecord> {
    const r = await this.find(principal, id, 'read');
    await this.access.require(principal, 'read', r);
    return r;
  }

  /** A person's records or a supervision file: only the records the asker may read (see AccessPolicy.readable). */
  async list(principal: Principal, query: Record<string, string | undefined>): Promise<StoredRecord[]> {
    const q = parseOrThrow(ListQuery, query);
    const includeWithdrawn = q.includeWithdrawn === 'true';
    const filter = q.person !== undefined ? { person: q.person } : { supervisionFile: q.supervisionFile as string };
    await this.access.member(principal, { action: 'list', ...filter });
    const records = await this.options.store.list(principal, { ...filter, includeWithdrawn });
    return this.access.readable(principal, filter, records);
  }

  /** The record by reference for a change: the asker must be in the directory first, so a 404 tells a stranger nothing. */
  private async find(principal: Principal, id: string, action: RecordAction): Promise<StoredRecord> {
    await this.access.member(principal, { action, record: id });
    const r = await this.options.store.get(principal, id);
    if (!r) {
      this.access.note(principal, { action, record: id, allowed: false, basis: 'not-found' });
      throw new RecordNotFoundError(id);
    }
    return r;
  }

  /** An amendment keeps the original: reason, date, author and line manager are appended (Nottinghamshire, amending records). */
  async amend(principal: Principal, id: string, body: unknown): Promise<{ record: StoredRecord; amendment: Amendment; created: boolean }> {
    const input = parseOrThrow(AmendmentInput, body);
    const current = await this.find(principal, id, 'amend');
    await this.access.require(principal, 'amend', current);
    // The line manager who must confirm it comes from the organisation model, never from the request.
    const lineManager = await this.access.lineManagerOf(principal, principal.userId);
    if (!lineManager) throw new ForbiddenError('The organisation directory names no line manager for you, so no one could confirm an amendment. Ask your IG lead to add your line manager.');
    const same = current.amendments.find((a) => a.author.userId === principal.userId && a.reason === input.reason && a.text === input.text);
    if (same) return { record: current, amendment: same, created: false };
    const amendment: Amendment = { id: randomUUID(), reason: input.reason, text: input.text, author: authorOf(principal), amendedAt: this.now().toISOString(), lineManager };
    return { record: await this.options.store.appendAmendment(principal, id, amendment), amendment, created: true };
  }

  /** A line manager's entry on the file: read and agreed, an amendment confirmed, advice outside supervision confirmed or declined, or a return for amendment. */
  async signOff(principal: Principal, id: string, body: unknown): Promise<{ record: StoredRecord; signOff: SignOff; created: boolean }> {
    const input = parseOrThrow(SignOffInput, body ?? {});
    const action = SIGN_OFF_ACTION[input.kind];
    const current = await this.find(principal, id, action);
    if (input.kind === 'amendment-confirmed') {
      const amendment = current.amendments.find((a) => a.id === input.amendmentId);
      if (!input.amendmentId) throw new ValidationError([{ field: 'amendmentId', message: 'Say which amendment you are confirming: give its amendmentId.' }]);
      if (!amendment) throw new ValidationError([{ field: 'amendmentId', message: `Record ${id} has no amendment with that id.` }]);
      // Only the line manager of the amendment's author, as the organisation model says today.
      await this.access.require(principal, action, current, { amendmentAuthorId: amendment.author.userId });
    } else {
      if (input.amendmentId !== undefined) throw new ValidationError([{ field: 'amendmentId', message: 'amendmentId is only used with kind "amendment-confirmed".' }]);
      await this.access.require(principal, action, current);
    }
    if (input.kind === 'returned-for-amendment' && input.note === undefined) {
      throw new ValidationError([{ field: 'note', message: 'Say what needs amending: the note is shown to the author with the record.' }]);
    }
    if (input.kind === 'advice-declined' && input.note === undefined) {
      throw new ValidationError([{ field: 'note', message: 'Say why the advice is not confirmed: the note is shown to the author with the record.' }]);
    }
    if ((input.kind === 'advice-confirmed' || input.kind === 'advice-declined') && !(current.details.kind === 'supervision-decision' && current.details.setting === 'advice-outside-supervision')) {
      throw new ValidationError([{ field: 'kind', message: `"${input.kind}" applies only to a supervision-decision note recording advice given outside supervision.` }]);
    }
    // A record can be returned again after it was amended; the same return sent twice is one return.
    const same = current.signOffs.find((s) => s.by.userId === principal.userId && s.kind === input.kind && s.amendmentId === input.amendmentId && ((input.kind !== 'returned-for-amendment' && input.kind !== 'advice-declined') || s.note === input.note));
    if (same) return { record: current, signOff: same, created: false };
    const signOff: SignOff = { id: randomUUID(), kind: input.kind, by: authorOf(principal), at: this.now().toISOString() };
    if (input.amendmentId !== undefined) signOff.amendmentId = input.amendmentId;
    if (input.note !== undefined) signOff.note = input.note;
    return { record: await this.options.store.appendSignOff(principal, id, signOff), signOff, created: true };
  }

  /** A wrong-person entry is withdrawn on request: hidden from lists, kept, still retrievable by reference. */
  async withdraw(principal: Principal, id: string, body: unknown): Promise<StoredRecord> {
    const input = parseOrThrow(WithdrawalInput, body);
    const current = await this.find(principal, id, 'withdraw');
    await this.access.require(principal, 'withdraw', current);
    // A retried withdrawal (reply lost) finds the record already withdrawn: that is success, not a conflict.
    if (current.status === 'withdrawn') return current;
    return this.options.store.withdraw(principal, id, { reason: input.reason, requestedBy: authorOf(principal), at: this.now().toISOString() });
  }

  private async fileMessage(principal: Principal, fields: Omit<EmailFilingFields, 'harmOrRisk'> & { harmOrRisk: boolean }, eml: Readable, idempotencyKey?: string): Promise<CreateOutcome> {
    let split;
    try {
      split = await splitHeaders(eml);
    } catch (err) {
      if (err instanceof EmlError) throw new ValidationError([{ field: 'body', message: err.message }]);
      throw err;
    }
    const f = emailFields(split.headers);
    const errors: FieldError[] = [];
    if (!f.messageId) errors.push({ field: 'Message-ID', message: 'The e-mail has no Message-ID header, so it cannot be filed safely. Save it again from Outlook as an EML file.' });
    if (!f.date) errors.push({ field: 'Date', message: 'The e-mail has no readable Date header. Save it again from Outlook as an EML file.' });
    else if (f.date.getUTCFullYear() < 1900 || f.date.getTime() > this.now().getTime() + FUTURE_TOLERANCE_MS) {
      errors.push({ field: 'Date', message: "The e-mail's Date header is not a plausible sending time. Check the message before filing it." });
    }
    const otherParty = fields.direction === 'incoming' ? f.from.join(', ') : f.to.join(', ');
    if (!otherParty) errors.push({ field: fields.direction === 'incoming' ? 'From' : 'To', message: `The e-mail has no ${fields.direction === 'incoming' ? 'sender' : 'recipient'} address, which a contact recording needs.` });
    if (f.date) errors.push(...birthDateProblems(fields.dateOfBirth, ukDateTime(f.date).date, 'dateOfBirth'));
    const person: PersonRef = { reference: fields.person, name: fields.personName };
    if (fields.dateOfBirth) person.dateOfBirth = fields.dateOfBirth;
    if (fields.recordCategory) person.recordCategory = fields.recordCategory;
    if ((fields.onBehalfOfName === undefined) !== (fields.onBehalfOfDesignation === undefined)) {
      const missing = fields.onBehalfOfName === undefined ? 'onBehalfOfName' : 'onBehalfOfDesignation';
      errors.push({ field: missing, message: 'A note added "on behalf of" someone needs both their name and their designation.' });
    }
    if (errors.length > 0) throw new ValidationError(errors);
    const messageId = f.messageId as string;
    const messageAt = f.date as Date;

    const at = this.now();
    const details: RecordDetails = {
      kind: 'contact-recording',
      direction: fields.direction,
      channel: 'email',
      otherParty: otherParty.slice(0, 2000),
      messageAt: messageAt.toISOString(),
      content: { form: 'original-email', ...(f.subject !== undefined ? { subject: f.subject } : {}), ...(fields.extract !== undefined ? { text: fields.extract } : {}) },
      purpose: fields.purpose,
      harmOrRisk: fields.harmOrRisk,
      outOfHours: isOutOfHours(messageAt, this.options.nation),
    };
    if (fields.onBehalfOfName && fields.onBehalfOfDesignation) details.onBehalfOf = { name: fields.onBehalfOfName, designation: fields.onBehalfOfDesignation };
    const id = newReference('contact-recording', at);
    // May the asker record on this person at all? Asked before looking for an earlier filing, so a refusal says nothing of it.
    await this.access.require(principal, 'create', { id, person, details, author: authorOf(principal) });
    const existing = await this.options.store.findByInternetMessageId(principal, person.reference, messageId);
    if (existing) {
      await this.access.require(principal, 'read', existing);
      return { record: existing, created: false };
    }
    return this.options.store.create(principal, {
      id,
      person,
      details,
      author: authorOf(principal),
      recordedAt: at.toISOString(),
      deadline: this.deadline(ukDateTime(messageAt).date, fields.harmOrRisk, at),
      retention: retentionFor(person),
      internetMessageId: messageId,
      // The e-mail is streamed, so its Message-ID and the fields stand for the body: same key, other e-mail or fields → 409.
      ...(idempotencyKey !== undefined ? { idempotency: { key: idempotencyKey, requestHash: sha256(canonicalJson({ ...fields, internetMessageId: messageId })) } } : {}),
      blobs: [{ role: 'original-email', fileName: 'message.eml', contentType: 'message/rfc822', source: limitBytes(split.message, this.maxEmailBytes, () => this.tooLarge()) }],
    });
  }

  /** POST /api/emails/filings: where each of these e-mails (Internet Message-IDs) is already filed. */
  async findFilings(principal: Principal, body: unknown) {
    const input = parseOrThrow(FilingLookupInput, body);
    const ids = [...new Set(input.internetMessageIds)];
    const records = await this.lookup(principal, (s) => s.findByInternetMessageIds?.(principal, ids));
    return filingsByMessageId(ids, records);
  }

  /** POST /api/people/suggestions: the people earlier e-mails with these correspondents were filed to, best first. */
  async suggestPeople(principal: Principal, body: unknown) {
    const input = parseOrThrow(SuggestionInput, body);
    const correspondents = [...new Set(input.correspondents)];
    return rankPeople(correspondents, await this.lookup(principal, (s) => s.findByCorrespondents?.(principal, correspondents, 500)));
  }

  /** GET /api/people?search=: people on records by reference or name, so a filing never names a person who has no record. */
  async findPeople(principal: Principal, query: Record<string, string | undefined>) {
    const q = parseOrThrow(PeopleQuery, query);
    return peopleIn(await this.lookup(principal, (s) => s.findByPersonText?.(principal, q.search, MAX_PEOPLE_FOUND * 50)));
  }

  /**
   * The one place the add-in's look-ups read records: the asker must be in the directory, and only records they may
   * read leave (the same rules as GET /api/recordings/:ref); one access-log entry per look-up, with the count returned.
   */
  private async lookup(principal: Principal, query: (store: RecordStore) => Promise<StoredRecord[]> | undefined): Promise<StoredRecord[]> {
    const asker = await this.access.member(principal, { action: 'lookup' });
    const records = await query(this.options.store);
    if (!records) throw new RecordingError('store-unavailable', 'Looking up earlier filings is not available with this record store yet; file the e-mail by choosing the person.');
    const visible: StoredRecord[] = [];
    for (const r of records) if (await this.access.mayRead(principal, asker, r)) visible.push(r);
    this.access.note(principal, { action: 'lookup', allowed: true, basis: 'readable-only', count: visible.length });
    return visible;
  }

  private deadline(eventDate: IsoDate, harmOrRisk: boolean, at: Date): RecordingDeadline {
    let d: ReturnType<typeof recordingDeadline>;
    try {
      d = recordingDeadline({ eventDate, harmOrRisk, nation: this.options.nation });
    } catch (err) {
      // The schemas should have caught it; a date the calendar cannot use is still the caller's to fix, not a 500.
      if (err instanceof InvalidDateError) throw new ValidationError([{ field: 'date', message: `The date of the event (${eventDate}) cannot be used to compute a deadline.` }]);
      throw err;
    }
    return { due: d.due, basis: d.basis, citationIds: d.citations.map((c) => c.id), onTime: ukDateTime(at).date <= d.due };
  }

  private tooLarge(): RecordingError {
    return new RecordingError('payload-too-large', `The e-mail is larger than ${Math.round(this.maxEmailBytes / 1024 / 1024)} MB. Save large attachments to the case file separately.`);
  }
}

/** Retention date from the guidance engine; null with the reason when the category or a needed date is unknown. */
export function retentionFor(person: PersonRef): RetentionOutcome {
  if (!person.recordCategory) {
    return { date: null, basis: 'Not computed: the record category (row of the retention table) was not given.', citationIds: [] };
  }
  const r = retentionDate(person.recordCategory, person.dateOfBirth ? { birth: person.dateOfBirth } : {});
  return { date: r.date, basis: r.date === null ? `Not computed: ${r.basis}` : r.basis, citationIds: r.citations.map((c) => c.id) };
}

/** Older than this at the time of the contact is a typing mistake in the year, not a person on the caseload. */
const OLDEST_PLAUSIBLE_AGE_YEARS = 120;

/** A date of birth must come before the contact it is recorded with, and not implausibly long before it. */
function birthDateProblems(dateOfBirth: IsoDate | undefined, eventDate: IsoDate, field: string): FieldError[] {
  if (dateOfBirth === undefined) return [];
  if (dateOfBirth > eventDate) return [{ field, message: `The date of birth (${dateOfBirth}) is after the date of the contact (${eventDate}). Check the date of birth.` }];
  const earliest = `${String(Number(eventDate.slice(0, 4)) - OLDEST_PLAUSIBLE_AGE_YEARS).padStart(4, '0')}${eventDate.slice(4)}`;
  if (dateOfBirth < earliest) return [{ field, message: `The date of birth (${dateOfBirth}) is more than ${OLDEST_PLAUSIBLE_AGE_YEARS} years before the contact. Check the year.` }];
  return [];
}

const SIGN_OFF_ACTION = { 'read-and-agreed': 'sign-off', 'amendment-confirmed': 'confirm-amendment', 'advice-confirmed': 'confirm-advice', 'advice-declined': 'confirm-advice', 'returned-for-amendment': 'sign-off' } as const satisfies Record<SignOff['kind'], RecordAction>;

function checkIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ValidationError([{ field: 'Idempotency-Key', message: 'The Idempotency-Key header must be 1 to 200 visible ASCII characters, e.g. a UUID.' }]);
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Passes bytes through until more than max have arrived, then fails, so an oversized upload stops being written. */
function limitBytes(source: Readable, max: number, error: () => Error): Readable {
  return Readable.from(
    (async function* () {
      let seen = 0;
      for await (const chunk of source) {
        seen += (chunk as Buffer).length;
        if (seen > max) throw error();
        yield chunk as Buffer;
      }
    })(),
    { objectMode: false },
  );
}
