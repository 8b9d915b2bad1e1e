import { z } from 'zod';
import { FILING_MARKER_PATTERN } from '../email/filing-marker';
import { CHANNELS, RETENTION_RECORDS } from '../guidance/situation';
import { DIRECTIONS, SIGN_OFF_KINDS, SUPERVISION_SETTINGS } from './types';

// What the recordings API accepts. Objects are strict: an unknown field is a field error, never silently dropped.

// Zero-width and other invisible characters alone are not a name or a reason: something readable must be there.
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine((v) => v === '' || /[\p{L}\p{N}\p{P}\p{S}]/u.test(v), 'must contain letters or digits, not only invisible characters');
/** Dates before 1900 are typing mistakes here, and the calendars behind deadlines and retention do not reach them. */
const EARLIEST = '1900-01-01';
const tooEarly = `must be on or after ${EARLIEST}`;
// zod runs refinements after a failed format check too; a value that is not a date at all gets only the format message.
const isoDate = z.iso.date().refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || d >= EARLIEST, tooEarly);
const isoDateTime = z.iso.datetime({ offset: true }).refine((d) => {
  const t = Date.parse(d);
  return Number.isNaN(t) || t >= Date.parse(`${EARLIEST}T00:00:00Z`);
}, tooEarly);

export const PersonSchema = z.strictObject({
  reference: text(100),
  name: text(200),
  dateOfBirth: isoDate.optional(),
  recordCategory: z.enum(RETENTION_RECORDS).optional(),
});

const OnBehalfOfSchema = z.strictObject({ name: text(200), designation: text(200) });

const ContentSchema = z.discriminatedUnion('form', [
  z.strictObject({ form: z.literal('transcript'), text: text(100_000) }),
  z.strictObject({ form: z.literal('extract'), text: text(100_000) }),
  z.strictObject({ form: z.literal('screenshot'), text: text(100_000).optional() }),
]);

/** A small file sent inline (a screenshot); large files go through POST /api/emails as a stream. */
const AttachmentSchema = z.strictObject({
  fileName: text(255),
  contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type like image/png'),
  contentBase64: z.string().min(1).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

export const MAX_INLINE_ATTACHMENTS = 10;

export const ContactRecordingInput = z
  .strictObject({
    kind: z.literal('contact-recording'),
    person: PersonSchema,
    direction: z.enum(DIRECTIONS),
    channel: z.enum(CHANNELS),
    otherParty: text(320),
    messageAt: isoDateTime,
    content: ContentSchema,
    purpose: text(2000),
    harmOrRisk: z.boolean(),
    onBehalfOf: OnBehalfOfSchema.optional(),
    attachments: z.array(AttachmentSchema).max(MAX_INLINE_ATTACHMENTS).optional(),
  })
  .refine((v) => v.content.form !== 'screenshot' || (v.attachments?.length ?? 0) > 0, {
    path: ['attachments'],
    message: 'A screenshot recording needs the screenshot: add it under "attachments".',
  });

const PersonNamedSchema = z.strictObject({ name: text(200), role: text(200).optional() });

export const SupervisionDecisionInput = z
  .strictObject({
    kind: z.literal('supervision-decision'),
    person: PersonSchema,
    supervisionDate: isoDate,
    setting: z.enum(SUPERVISION_SETTINGS),
    supervisor: PersonNamedSchema,
    supervisee: z.strictObject({ name: text(200), reference: text(100) }),
    othersPresent: z.array(PersonNamedSchema).max(50),
    discussion: text(50_000),
    decisions: z.array(z.strictObject({ decision: text(5000), reasons: text(5000) })).min(1).max(50),
    actions: z.array(z.strictObject({ action: text(2000), owner: text(200), due: isoDate })).max(100),
    digitalContact: z.strictObject({
      discussed: z.boolean(),
      riskAssessed: z.boolean(),
      channel: z.enum(CHANNELS).optional(),
      account: text(320).optional(),
      purpose: text(2000).optional(),
      consent: text(2000).optional(),
      reviewDate: isoDate.optional(),
    }),
    harmOrRisk: z.boolean(),
    onBehalfOf: OnBehalfOfSchema.optional(),
  })
  .refine((v) => !v.digitalContact.riskAssessed || v.digitalContact.discussed, {
    path: ['digitalContact', 'discussed'],
    message: 'Digital contact cannot be risk assessed without being discussed: set "discussed" to true or "riskAssessed" to false.',
  });

export const RecordingInput = z.discriminatedUnion('kind', [ContactRecordingInput, SupervisionDecisionInput]);
export type RecordingInput = z.infer<typeof RecordingInput>;
export type ContactRecordingInput = z.infer<typeof ContactRecordingInput>;

export const AmendmentInput = z.strictObject({
  reason: text(2000),
  text: text(100_000),
});

export const SignOffInput = z.strictObject({
  kind: z.enum(SIGN_OFF_KINDS).default('read-and-agreed'),
  amendmentId: z.string().min(1).max(100).optional(),
  note: text(2000).optional(),
});

export const WithdrawalInput = z.strictObject({ reason: text(2000) });

/** Fields of an e-mail filing, from query parameters (raw EML) or the JSON body (Graph message id). */
export const EmailFilingFields = z.strictObject({
  person: text(100),
  personName: text(200),
  dateOfBirth: isoDate.optional(),
  recordCategory: z.enum(RETENTION_RECORDS).optional(),
  direction: z.enum(DIRECTIONS),
  purpose: text(2000),
  harmOrRisk: z.enum(['true', 'false']).default('false'),
  extract: text(100_000).optional(),
  onBehalfOfName: text(200).optional(),
  onBehalfOfDesignation: text(200).optional(),
});
export type EmailFilingFields = z.infer<typeof EmailFilingFields>;

export const GraphEmailFiling = z.strictObject({
  ...EmailFilingFields.shape,
  graphMessageId: z.string().min(1).max(512),
  harmOrRisk: z.boolean().default(false),
});

/** File on send: the sent copy is found by its filing marker; it is always outgoing, so no direction is taken. */
export const SentEmailFiling = z.strictObject({
  ...EmailFilingFields.omit({ direction: true }).shape,
  marker: z.string().regex(FILING_MARKER_PATTERN, 'must be the filing marker the add-in set: a UUID'),
  harmOrRisk: z.boolean().default(false),
});
export type SentEmailFiling = z.infer<typeof SentEmailFiling>;

export const ListQuery = z
  .strictObject({
    person: text(100).optional(),
    supervisionFile: text(100).optional(),
    includeWithdrawn: z.enum(['true', 'false']).optional(),
  })
  .refine((q) => (q.person === undefined) !== (q.supervisionFile === undefined), {
    path: ['person'],
    message: 'Give either person (a record reference) or supervisionFile, not both and not neither.',
  });
