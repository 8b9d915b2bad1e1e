// Validates a situation where it enters the engine, so a bad fact gets a clear error instead of a wrong ruling.
import { z } from 'zod';
import { parseIsoDate } from '../calendar/iso-date';
import { APPROXIMATE_DATE_ROLES, CHANNELS, HANDLINGS, RECORD_ENTRIES, INCIDENTS, MEETINGS, PREGNANCY_OUTCOMES, RETENTION_RECORDS, TOPICS, WORDINGS, WRITING_ASPECTS } from './situation';

const isoDate = z.string().refine(
  (v) => {
    try {
      parseIsoDate(v);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a real date written YYYY-MM-DD' },
);

export const situationSchema = z.object({
  topic: z.enum(TOPICS),
  person: z.enum(['child', 'parent-or-carer', 'adult-service-user']).optional(),
  age: z.number().int().min(0).max(130).optional(),
  channel: z.enum(CHANNELS).optional(),
  device: z.enum(['work', 'personal']).optional(),
  account: z.enum(['work', 'personal']).optional(),
  consent: z.object({ youngPerson: z.boolean().optional(), parent: z.boolean().optional(), evidenced: z.boolean().optional() }).optional(),
  parentsAware: z.boolean().optional(),
  lineManagerAgreed: z.boolean().optional(),
  viaApp: z.boolean().optional(),
  student: z.boolean().optional(),
  riskAssessed: z.boolean().optional(),
  textLanguage: z.boolean().optional(),
  otherLogin: z.boolean().optional(),
  numberGiven: z.boolean().optional(),
  secureEmail: z.boolean().optional(),
  addressInDoubt: z.boolean().optional(),
  postInsecure: z.boolean().optional(),
  inquiryHold: z.boolean().optional(),
  loginWrittenDown: z.boolean().optional(),
  phoneKeptOn: z.boolean().optional(),
  tellingRisks: z.boolean().optional(),
  plannedWork: z.boolean().optional(),
  wholeEmail: z.boolean().optional(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').optional(),
  outOfHours: z.boolean().optional(),
  purpose: z.enum(['keep-in-touch', 'appointment', 'assessment', 'interview', 'case-sensitive', 'personal', 'status-sharing', 'third-party-message', 'personal-information', 'hidden']).optional(),
  urgency: z.enum(['routine', 'harm-or-risk', 'crisis']).optional(),
  incident: z.enum(INCIDENTS).optional(),
  imageHandling: z.enum(['received-on-staff-phone', 'young-person-volunteers', 'young-person-refuses', 'asked-to-forward', 'download']).optional(),
  wording: z.enum(WORDINGS).optional(),
  retentionRecord: z.enum(RETENTION_RECORDS).optional(),
  meeting: z.enum(MEETINGS).optional(),
  amendment: z.enum(['correction', 'overwrite', 'wrong-person-entry', 'contribution']).optional(),
  supervision: z.enum(['formal', 'outside-supervision']).optional(),
  handling: z.enum(HANDLINGS).optional(),
  entry: z.enum(RECORD_ENTRIES).optional(),
  writing: z.enum(WRITING_ASPECTS).optional(),
  aboutGuidance: z.enum(['purpose', 'scope', 'status']).optional(),
  thirdPartyRedaction: z.enum(['all', 'some']).optional(),
  recordAccess: z.enum(['within-department', 'deciding-restrictions', 'telling-service-users', 'showing-service-user', 'not-authorised']).optional(),
  pregnancyOutcome: z.enum(PREGNANCY_OUTCOMES).optional(),
  datePrecision: z.partialRecord(z.enum(APPROXIMATE_DATE_ROLES), z.enum(['year', 'month'])).optional(),
  dates: z
    .object({
      event: isoDate.optional(),
      request: isoDate.optional(),
      birth: isoDate.optional(),
      death: isoDate.optional(),
      adoptionOrder: isoDate.optional(),
      approvalTerminated: isoDate.optional(),
      refusalOrWithdrawal: isoDate.optional(),
      lastSummary: isoDate.optional(),
      proposed: isoDate.optional(),
    })
    .optional(),
});
