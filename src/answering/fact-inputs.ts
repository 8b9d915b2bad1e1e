import { z } from 'zod';
import { toIso } from '../understanding/dates';
import { CHANNELS, HANDLINGS, INCIDENTS, RECORD_ENTRIES, MEETINGS, PREGNANCY_OUTCOMES, RETENTION_RECORDS, WORDINGS, WRITING_ASPECTS, type FactName, type Situation, type YesNoFact } from '../guidance/situation';
import { CHANNEL_LABELS, ENTRY_LABELS, FACT_LABELS, HANDLING_LABELS, INCIDENT_LABELS, MEETING_LABELS, PREGNANCY_OUTCOME_LABELS, RETENTION_LABELS, WORDING_LABELS, WRITING_LABELS } from './labels';

// How each missing fact is asked for on a follow-up card, and how the answer is read back (validated) into the situation.

export interface FactInputSpec {
  fact: FactName;
  kind: 'number' | 'choice' | 'date' | 'time';
  choices: { title: string; value: string }[];
  min?: number;
  max?: number;
  /** Reads a submitted value into the situation, or returns what to fix. */
  apply(situation: Situation, raw: string): string | undefined;
}

const YES_NO = [
  { title: 'Yes', value: 'yes' },
  { title: 'No', value: 'no' },
];

const choice = <T extends string>(fact: FactName, options: readonly { title: string; value: T }[], set: (s: Situation, v: T) => void): FactInputSpec => ({
  fact,
  kind: 'choice',
  choices: [...options],
  apply: (s, raw) => {
    const found = options.find((o) => o.value === raw);
    if (!found) return `${FACT_LABELS[fact]}: choose one of ${options.map((o) => o.title).join(', ')}.`;
    set(s, found.value);
    return undefined;
  },
});

/** A fact the situation holds as true or false: asked as Yes / No and set under its own name. */
const yesNo = (fact: YesNoFact & FactName): FactInputSpec =>
  choice(fact, YES_NO, (s, v) => { s[fact] = v === 'yes'; });

const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** The ages a practitioner may enter (a care leaver's up to 25): the input's bounds, its check and its message share them. */
const AGE_MIN = 0;
const AGE_MAX = 25;
/** An age as entered: built once, as building a zod schema costs a hundred times what reading a value with it does. */
const ageYears = z.coerce.number().int().min(AGE_MIN).max(AGE_MAX);

const date = (fact: FactName, key: keyof NonNullable<Situation['dates']>): FactInputSpec => ({
  fact,
  kind: 'date',
  choices: [],
  apply: (s, raw) => {
    const ok = isoDateText.safeParse(raw).success && toIso(Number(raw.slice(0, 4)), Number(raw.slice(5, 7)), Number(raw.slice(8, 10))) === raw;
    if (!ok) return `${FACT_LABELS[fact]}: enter a real date (for example 2026-12-23).`;
    s.dates = { ...s.dates, [key]: raw };
    // An exact date replaces a year or month given before.
    if (s.datePrecision && key in s.datePrecision) {
      const rest = Object.fromEntries(Object.entries(s.datePrecision).filter(([role]) => role !== key));
      if (Object.keys(rest).length > 0) s.datePrecision = rest;
      else delete s.datePrecision;
    }
    return undefined;
  },
});

const listed = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) => values.map((v) => ({ title: labels[v], value: v }));

export const FACT_INPUTS: Readonly<Partial<Record<FactName, FactInputSpec>>> = {
  age: {
    fact: 'age',
    kind: 'number',
    choices: [],
    min: AGE_MIN,
    max: AGE_MAX,
    apply: (s, raw) => {
      const n = ageYears.safeParse(raw.trim());
      if (raw.trim() === '' || !n.success) return `${FACT_LABELS.age}: enter a whole number of years from ${AGE_MIN} to ${AGE_MAX}.`;
      s.age = n.data;
      if (n.data < 18 && !s.person) s.person = 'child';
      return undefined;
    },
  },
  channel: choice('channel', listed(CHANNELS, CHANNEL_LABELS), (s, v) => { s.channel = v; }),
  device: choice('device', [
    { title: 'A phone or computer issued by my employer', value: 'work' as const },
    { title: 'My own phone or device', value: 'personal' as const },
  ], (s, v) => { s.device = v; }),
  account: choice('account', [
    { title: 'A work account', value: 'work' as const },
    { title: 'My personal account', value: 'personal' as const },
  ], (s, v) => { s.account = v; }),
  consent: choice('consent', [
    { title: 'The young person or service user agreed', value: 'young-person' },
    { title: 'A parent or carer agreed', value: 'parent' },
    { title: 'Both agreed', value: 'both' },
    { title: 'No one has agreed yet', value: 'none' },
  ], (s, v) => {
    s.consent = {
      ...s.consent,
      youngPerson: v === 'young-person' || v === 'both',
      parent: v === 'parent' || v === 'both',
    };
  }),
  parentsAware: yesNo('parentsAware'),
  lineManagerAgreed: yesNo('lineManagerAgreed'),
  viaApp: yesNo('viaApp'),
  student: yesNo('student'),
  riskAssessed: yesNo('riskAssessed'),
  textLanguage: yesNo('textLanguage'),
  otherLogin: yesNo('otherLogin'),
  numberGiven: yesNo('numberGiven'),
  secureEmail: yesNo('secureEmail'),
  addressInDoubt: yesNo('addressInDoubt'),
  postInsecure: yesNo('postInsecure'),
  loginWrittenDown: yesNo('loginWrittenDown'),
  phoneKeptOn: yesNo('phoneKeptOn'),
  wholeEmail: yesNo('wholeEmail'),
  time: {
    fact: 'time',
    kind: 'time',
    choices: [],
    apply: (s, raw) => {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(raw)) return `${FACT_LABELS.time}: enter a time as HH:MM, for example 18:30.`;
      s.time = raw;
      return undefined;
    },
  },
  purpose: choice('purpose', [
    { title: 'Keeping in touch', value: 'keep-in-touch' as const },
    { title: 'Arranging or confirming an appointment', value: 'appointment' as const },
    { title: 'Assessment or review', value: 'assessment' as const },
    { title: 'Interview', value: 'interview' as const },
    { title: 'Discussing case-sensitive information', value: 'case-sensitive' as const },
    { title: 'Something personal', value: 'personal' as const },
    { title: 'Posting a status or story', value: 'status-sharing' as const },
    { title: 'Asking one person to pass a message to another', value: 'third-party-message' as const },
    { title: "Sending someone's personal details (an address, a number)", value: 'personal-information' as const },
    { title: 'Messages kept out of sight (disappearing, secret)', value: 'hidden' as const },
  ], (s, v) => { s.purpose = v; }),
  urgency: choice('urgency', [
    { title: 'No, routine', value: 'routine' as const },
    { title: 'Harm or injury occurred, or potential harm or risk is identified', value: 'harm-or-risk' as const },
    { title: 'The young person is in crisis', value: 'crisis' as const },
  ], (s, v) => { s.urgency = v; }),
  incident: choice('incident', listed(INCIDENTS, INCIDENT_LABELS), (s, v) => { s.incident = v; }),
  imageHandling: choice('imageHandling', [
    { title: 'It was received on my phone', value: 'received-on-staff-phone' as const },
    { title: 'The young person wants to show it to me', value: 'young-person-volunteers' as const },
    { title: 'The young person will not hand over the phone', value: 'young-person-refuses' as const },
    { title: 'I would ask the young person to send it to me', value: 'asked-to-forward' as const },
    { title: 'I would download or save a copy of it', value: 'download' as const },
  ], (s, v) => { s.imageHandling = v; }),
  wording: choice('wording', listed(WORDINGS, WORDING_LABELS), (s, v) => { s.wording = v; }),
  retentionRecord: choice('retentionRecord', listed(RETENTION_RECORDS, RETENTION_LABELS), (s, v) => { s.retentionRecord = v; }),
  meeting: choice('meeting', listed(MEETINGS, MEETING_LABELS), (s, v) => { s.meeting = v; }),
  amendment: choice('amendment', [
    { title: 'Correcting or adding to a record', value: 'correction' as const },
    { title: 'Overwriting or deleting what was written', value: 'overwrite' as const },
    { title: 'An entry on the wrong person or episode', value: 'wrong-person-entry' as const },
    { title: 'The child or young person adding their own things to the record', value: 'contribution' as const },
  ], (s, v) => { s.amendment = v; }),
  supervision: choice('supervision', [
    { title: 'In formal supervision', value: 'formal' as const },
    { title: 'Outside formal supervision', value: 'outside-supervision' as const },
  ], (s, v) => { s.supervision = v; }),
  handling: choice('handling', listed(HANDLINGS, HANDLING_LABELS), (s, v) => { s.handling = v; }),
  entry: choice('entry', listed(RECORD_ENTRIES, ENTRY_LABELS), (s, v) => { s.entry = v; }),
  writing: choice('writing', listed(WRITING_ASPECTS, WRITING_LABELS), (s, v) => { s.writing = v; }),
  recordAccess: choice('recordAccess', [
    { title: 'A worker or manager in the Department reading it', value: 'within-department' as const },
    { title: 'Deciding what on the file is shared or restricted', value: 'deciding-restrictions' as const },
    { title: 'Telling service users about their records', value: 'telling-service-users' as const },
    { title: 'Showing the service user what is written', value: 'showing-service-user' as const },
    { title: 'Looking at a record that is not part of my work', value: 'not-authorised' as const },
  ], (s, v) => { s.recordAccess = v; }),
  thirdPartyRedaction: choice('thirdPartyRedaction', [
    { title: 'All information about anyone else', value: 'all' as const },
    { title: 'Some of it: deciding what to leave in', value: 'some' as const },
  ], (s, v) => { s.thirdPartyRedaction = v; }),
  aboutGuidance: choice('aboutGuidance', [
    { title: 'Why it was written', value: 'purpose' as const },
    { title: 'Whom and what it covers', value: 'scope' as const },
    { title: 'Whether it is binding', value: 'status' as const },
  ], (s, v) => { s.aboutGuidance = v; }),
  pregnancyOutcome: choice('pregnancyOutcome', listed(PREGNANCY_OUTCOMES, PREGNANCY_OUTCOME_LABELS), (s, v) => { s.pregnancyOutcome = v; }),
  'dates.event': date('dates.event', 'event'),
  'dates.request': date('dates.request', 'request'),
  'dates.birth': date('dates.birth', 'birth'),
  'dates.death': date('dates.death', 'death'),
  'dates.adoptionOrder': date('dates.adoptionOrder', 'adoptionOrder'),
  'dates.approvalTerminated': date('dates.approvalTerminated', 'approvalTerminated'),
  'dates.refusalOrWithdrawal': date('dates.refusalOrWithdrawal', 'refusalOrWithdrawal'),
  'dates.lastSummary': date('dates.lastSummary', 'lastSummary'),
  'dates.proposed': date('dates.proposed', 'proposed'),
};

/** Card input ids cannot be trusted to keep dots through every client; use underscores. */
export const inputId = (fact: FactName): string => `fact_${fact.replace('.', '_')}`;
