// Situations derived from the seeds, with the ruling a practitioner should see. Dates are worked out by hand from the
// published UK bank holidays, not computed by the code under test.
import type { PolicyId } from '../../src/guidance/policies';
import type { Nation } from '../../src/guidance/profile';
import type { Verdict } from '../../src/guidance/ruling';
import type { FactName, Situation } from '../../src/guidance/situation';

export interface RulingCase {
  name: string;
  situation: Situation;
  /** Policies selected (default: all five). */
  policies?: PolicyId[];
  nation?: Nation;
  today?: string;
  verdict: Verdict;
  /** Dates that must appear on the ruling (label is not checked, the date is). */
  dates?: string[];
  missing?: FactName[];
  /** Facts that must not be asked for (the answer does not depend on them). */
  notMissing?: FactName[];
  cite?: string;
  /** Position expected for each named policy; `null` means the policy must take no position. */
  positions?: Partial<Record<PolicyId, Verdict | null>>;
  wording?: string;
  matched?: string;
  /** A condition (by a fragment of its text) and whether it is met. */
  met?: [string, boolean | undefined];
  tell?: string;
}

const wa = (facts: Partial<Situation>): Situation => ({ topic: 'digital-contact', channel: 'whatsapp', ...facts });
const deadline = (event: string, urgency: Situation['urgency']): Situation => ({ topic: 'recording-deadline', urgency, dates: { event } });
const keep = (retentionRecord: Situation['retentionRecord'], dates: Situation['dates']): Situation => ({ topic: 'retention', retentionRecord, dates });
const yearOnly = (s: Situation, role: keyof NonNullable<Situation['datePrecision']>): Situation => ({ ...s, datePrecision: { [role]: 'year' } });
const okAdult = { device: 'work', account: 'work', consent: { youngPerson: true, evidenced: true }, purpose: 'keep-in-touch', outOfHours: false } as const;

export const CASES: RulingCase[] = [
  // Digital contact
  { name: 'WhatsApp a 14-year-old', situation: wa({ age: 14 }), verdict: 'not-allowed', cite: 'waltham-forest/under-16', positions: { 'waltham-forest': 'not-allowed', 'cardiff-vale': 'allowed-if', 'pan-dorset': 'allowed-if', nottinghamshire: null }, matched: 'age 14 is under 16 (Waltham Forest: no direct app contact under 16)', tell: 'parents-or-carers' },
  { name: 'WhatsApp without an age', situation: wa({}), verdict: 'allowed-if', missing: ['age'], cite: 'waltham-forest/whatsapp-consent-text', wording: 'The platform is owned by Meta' },
  { name: 'WhatsApp a 17-year-old, all conditions met', situation: wa({ age: 17, ...okAdult }), verdict: 'allowed-if', cite: 'waltham-forest/consent', positions: { 'waltham-forest': 'allowed-if' }, wording: 'please respond to this chat with "YES"', met: ['Consent was obtained at the onset', true] },
  { name: 'WhatsApp a 17-year-old out of hours', situation: wa({ age: 17, ...okAdult, outOfHours: true }), verdict: 'not-allowed', cite: 'waltham-forest/working-hours', positions: { 'waltham-forest': 'not-allowed' } },
  { name: 'WhatsApp for an assessment', situation: wa({ age: 17, ...okAdult, purpose: 'assessment' }), verdict: 'not-allowed', cite: 'waltham-forest/keep-in-touch', matched: 'purpose assessment is an assessment, interview or case-sensitive discussion' },
  { name: 'Instagram from a personal account', situation: { topic: 'digital-contact', channel: 'instagram', age: 17, account: 'personal' }, verdict: 'not-allowed', cite: 'waltham-forest/personal-accounts', positions: { 'waltham-forest': 'not-allowed', 'cardiff-vale': null, 'pan-dorset': 'not-recommended' } },
  { name: 'Facebook Messenger with a 17-year-old from a work account', situation: { topic: 'digital-contact', channel: 'facebook', age: 17, ...okAdult }, verdict: 'not-recommended', cite: 'pan-dorset/4.1', positions: { 'pan-dorset': 'not-recommended', 'waltham-forest': 'allowed-if' } },
  { name: 'Text a 15-year-old from a work phone with consent', situation: { topic: 'digital-contact', channel: 'text', age: 15, device: 'work', consent: { youngPerson: true, parent: true } }, verdict: 'allowed-if', cite: 'pan-dorset/1.6', positions: { 'pan-dorset': 'allowed-if', 'waltham-forest': null }, met: ['Parents have given permission', true], tell: 'line-manager' },
  { name: 'Text from a personal phone', situation: { topic: 'digital-contact', channel: 'text', device: 'personal' }, verdict: 'not-allowed', cite: 'cardiff-vale/5', positions: { 'cardiff-vale': 'not-allowed', 'pan-dorset': 'not-recommended' } },
  { name: 'Text a child in crisis', situation: { topic: 'digital-contact', channel: 'text', urgency: 'crisis', device: 'work' }, verdict: 'not-recommended', cite: 'pan-dorset/12-crisis', positions: { 'pan-dorset': 'not-recommended' } },
  { name: 'Mobile call out of hours', situation: { topic: 'digital-contact', channel: 'phone', outOfHours: true, device: 'work' }, verdict: 'allowed-if', cite: 'pan-dorset/1.2' },
  { name: 'E-mail a 14-year-old without parents knowing, no manager agreement', situation: { topic: 'digital-contact', channel: 'email', age: 14, parentsAware: false, lineManagerAgreed: false, account: 'work' }, verdict: 'not-allowed', cite: 'pan-dorset/3.5', positions: { 'pan-dorset': 'not-allowed', 'brighton-hove': 'allowed-if' } },
  { name: 'E-mail without parents knowing, manager agreed', situation: { topic: 'digital-contact', channel: 'email', age: 14, parentsAware: false, lineManagerAgreed: true, account: 'work' }, verdict: 'allowed-if', cite: 'pan-dorset/3.5', positions: { 'pan-dorset': 'allowed-if' }, met: ['The parent or carer is aware', true] },
  { name: 'E-mail without parents knowing, manager agreement unknown', situation: { topic: 'digital-contact', channel: 'email', age: 14, parentsAware: false, account: 'work' }, verdict: 'allowed-if', missing: ['lineManagerAgreed'], cite: 'pan-dorset/3.5' },
  { name: 'E-mail from a personal address', situation: { topic: 'digital-contact', channel: 'email', account: 'personal' }, verdict: 'not-allowed', cite: 'pan-dorset/3.2', positions: { 'pan-dorset': 'not-allowed', 'cardiff-vale': null } },
  { name: 'WhatsApp status sharing', situation: wa({ purpose: 'status-sharing' }), verdict: 'not-allowed', cite: 'waltham-forest/status-sharing', positions: { 'waltham-forest': 'not-allowed' }, matched: 'purpose is status sharing (Waltham Forest: status sharing is prohibited)' },
  { name: 'Status sharing, app not named', situation: { topic: 'digital-contact', purpose: 'status-sharing' }, verdict: 'not-allowed', cite: 'waltham-forest/status-sharing', positions: { 'waltham-forest': 'not-allowed' } },
  { name: 'Personal message over a messaging app', situation: { topic: 'digital-contact', channel: 'messaging-app', age: 17, purpose: 'personal' }, verdict: 'not-allowed', cite: 'pan-dorset/12-personal-messages', positions: { 'pan-dorset': 'not-allowed' } },
  { name: 'Waltham Forest only: texting is not covered', situation: { topic: 'digital-contact', channel: 'text', age: 15 }, policies: ['waltham-forest'], verdict: 'not-covered', positions: { 'waltham-forest': null } },
  { name: 'Waltham Forest only: messaging app with a 15-year-old', situation: { topic: 'digital-contact', channel: 'messaging-app', age: 15 }, policies: ['waltham-forest'], verdict: 'not-allowed', cite: 'waltham-forest/under-16', positions: { 'waltham-forest': 'not-allowed', 'pan-dorset': null, 'cardiff-vale': null } },
  { name: 'Social network with no consent evidenced', situation: { topic: 'digital-contact', channel: 'social-network', age: 16, consent: { evidenced: false } }, verdict: 'not-allowed', cite: 'waltham-forest/consent', positions: { 'waltham-forest': 'not-allowed', 'pan-dorset': 'not-recommended' } },
  { name: 'Cardiff and Pan Dorset only: WhatsApp a 14-year-old', situation: wa({ age: 14, device: 'work' }), policies: ['cardiff-vale', 'pan-dorset'], verdict: 'allowed-if', cite: 'cardiff-vale/6', positions: { 'waltham-forest': null, 'cardiff-vale': 'allowed-if' } },
  // A permission's condition the facts break is a no from that policy: Waltham Forest's working hours at 8pm.
  { name: 'Messaging a child out of hours, channel not named', situation: { topic: 'digital-contact', person: 'child', outOfHours: true }, verdict: 'not-allowed', cite: 'waltham-forest/working-hours', positions: { 'waltham-forest': 'not-allowed', 'pan-dorset': 'allowed-if' }, met: ['Only during your normal working hours', false] },
  { name: 'Texting a child on a work phone without the parents\' permission (Pan Dorset 12)', situation: { topic: 'digital-contact', person: 'child', age: 13, channel: 'text', device: 'work', consent: { parent: false } }, verdict: 'not-allowed', cite: 'pan-dorset/12-equipment', positions: { 'pan-dorset': 'not-allowed' }, met: ['Parents have given permission', false] },
  { name: 'Texting a child on a work phone, the parents\' permission not said', situation: { topic: 'digital-contact', person: 'child', age: 13, channel: 'text', device: 'work' }, verdict: 'allowed-if', positions: { 'pan-dorset': 'allowed-if' } },
  { name: 'A child protection plan e-mailed to a personal webmail address (Brighton and Hove 4.2)', situation: { topic: 'digital-contact', person: 'child', channel: 'email', purpose: 'case-sensitive', secureEmail: false }, verdict: 'not-allowed', cite: 'brighton-hove/4.2-secure-email', positions: { 'brighton-hove': 'not-allowed' } },
  { name: 'An appointment e-mailed to a young person\'s gmail: not sensitive, so Brighton and Hove\'s secure e-mail rule does not say no', situation: { topic: 'digital-contact', person: 'child', channel: 'email', purpose: 'appointment', secureEmail: false }, policies: ['brighton-hove'], verdict: 'allowed-if', positions: { 'brighton-hove': 'allowed-if' } },
  { name: 'A child protection plan by secure e-mail (Brighton and Hove 4.2)', situation: { topic: 'digital-contact', person: 'child', channel: 'email', purpose: 'case-sensitive', secureEmail: true }, verdict: 'allowed-if', positions: { 'brighton-hove': 'allowed-if' } },
  // A condition met "where possible", or one of two ways, does not make a no when the facts break it.
  { name: 'Sharing without the parent\'s consent to keep a child safe (Nottinghamshire)', situation: { topic: 'information-sharing', person: 'child', consent: { parent: false } }, policies: ['nottinghamshire'], verdict: 'allowed-if', positions: { nottinghamshire: 'allowed-if' } },
  { name: 'Channel not named, in working hours: Waltham Forest takes no position', situation: { topic: 'digital-contact', person: 'child', outOfHours: false }, verdict: 'allowed-if', positions: { 'waltham-forest': null } },
  { name: 'Social network from a personal account (a gaming site)', situation: { topic: 'digital-contact', channel: 'social-network', age: 14, person: 'child', account: 'personal' }, verdict: 'not-allowed', cite: 'pan-dorset/4.3', positions: { 'pan-dorset': 'not-recommended', 'cardiff-vale': null, 'waltham-forest': 'not-allowed' } },
  { name: 'Social network: communications through web sites outside agreed protocols', situation: { topic: 'digital-contact', channel: 'social-network', person: 'child' }, verdict: 'not-recommended', cite: 'pan-dorset/12-outside-protocols', positions: { 'pan-dorset': 'not-recommended' } },

  // Exact wording
  { name: 'WhatsApp consent wording', situation: { topic: 'wording', wording: 'whatsapp-consent' }, verdict: 'required', cite: 'waltham-forest/whatsapp-consent-text', wording: 'We require your consent to continue to communicate with you using WhatsApp.' },
  { name: '"On behalf of" footer', situation: { topic: 'wording', wording: 'on-behalf-of' }, verdict: 'allowed-if', cite: 'nottinghamshire/on-behalf-of', wording: 'Case note added "on behalf of.. name.. designation."' },
  { name: '"On behalf of": never under another person\'s log-in', situation: { topic: 'wording', wording: 'on-behalf-of' }, verdict: 'allowed-if', cite: 'nottinghamshire/own-login', positions: { nottinghamshire: 'allowed-if' } },
  { name: 'Case Summary heading', situation: { topic: 'wording', wording: 'case-summary-heading' }, verdict: 'required', cite: 'nottinghamshire/case-summary', wording: 'Case Summary' },
  { name: 'Legal advice note types', situation: { topic: 'wording', wording: 'legal-advice-note-type' }, verdict: 'required', cite: 'nottinghamshire/legal-advice', wording: 'Legal Discussion' },
  { name: 'Complaints episode', situation: { topic: 'wording', wording: 'complaint-episode' }, verdict: 'required', cite: 'nottinghamshire/complaints-episode', wording: 'Child complaint or compliment', positions: { nottinghamshire: 'required', 'waltham-forest': null } },
  { name: 'Brighton and Hove only: no prescribed wording', situation: { topic: 'wording', wording: 'whatsapp-consent' }, policies: ['brighton-hove'], verdict: 'not-covered' },

  // What to record
  { name: 'Record a text exchange', situation: { topic: 'what-to-record', channel: 'text' }, verdict: 'required', cite: 'pan-dorset/1.8', positions: { 'cardiff-vale': 'required', 'pan-dorset': 'required', nottinghamshire: 'required', 'brighton-hove': 'required' } },
  { name: 'Record an e-mail: only the relevant text', situation: { topic: 'what-to-record', channel: 'email' }, verdict: 'required', cite: 'nottinghamshire/email-relevant-text' },
  { name: 'Record a WhatsApp chat: screenshot', situation: { topic: 'what-to-record', channel: 'whatsapp' }, verdict: 'required', cite: 'waltham-forest/whatsapp-screenshot' },
  { name: 'Record an out-of-hours call', situation: { topic: 'what-to-record', channel: 'phone', outOfHours: true }, verdict: 'required', cite: 'nottinghamshire/telephone', positions: { 'pan-dorset': 'required', 'cardiff-vale': null } },
  { name: 'Record views, wishes and feelings', situation: { topic: 'what-to-record' }, verdict: 'required', cite: 'nottinghamshire/views-wishes' },
  // How a record is written (Nottinghamshire, clearly understandable): note form allowed, derogatory comments and blame never.
  { name: 'Case notes in bullet points', situation: { topic: 'record-writing', writing: 'note-form' }, verdict: 'allowed-if', cite: 'nottinghamshire/formal-style', positions: { nottinghamshire: 'allowed-if', 'brighton-hove': null }, met: ['detailed enough', undefined] },
  { name: 'A derogatory description of a parent', situation: { topic: 'record-writing', writing: 'derogatory' }, verdict: 'not-allowed', cite: 'nottinghamshire/derogatory', positions: { nottinghamshire: 'not-allowed' } },
  { name: 'Saying the Department was to blame', situation: { topic: 'record-writing', writing: 'liability' }, verdict: 'not-allowed', cite: 'nottinghamshire/liability' },
  { name: 'Abbreviations in a case note', situation: { topic: 'record-writing', writing: 'abbreviations' }, verdict: 'allowed-if', cite: 'nottinghamshire/written-for-reader', notMissing: ['writing'] },
  { name: 'A date of birth not known', situation: { topic: 'record-writing', writing: 'unknown' }, verdict: 'required', cite: 'nottinghamshire/unknown-information' },

  // Recording deadlines
  { name: 'Routine visit on a Friday', situation: deadline('2026-11-20', 'routine'), verdict: 'required', dates: ['2026-11-27'], cite: 'nottinghamshire/timely' },
  { name: 'Harm identified on a Friday: next working day is Monday', situation: deadline('2026-11-20', 'harm-or-risk'), verdict: 'required', dates: ['2026-11-23'], cite: 'nottinghamshire/timely' },
  { name: 'Routine contact on 23 December 2026', situation: deadline('2026-12-23', 'routine'), today: '2026-12-23', verdict: 'required', dates: ['2027-01-04'], met: ['has not passed', true] },
  { name: 'Routine contact on Christmas Eve 2026', situation: deadline('2026-12-24', 'routine'), verdict: 'required', dates: ['2027-01-05'] },
  { name: 'Harm on Christmas Eve 2026: Boxing Day substitute skipped', situation: deadline('2026-12-24', 'harm-or-risk'), verdict: 'required', dates: ['2026-12-29'] },
  { name: 'Harm on 23 December 2026', situation: deadline('2026-12-23', 'harm-or-risk'), verdict: 'required', dates: ['2026-12-24'] },
  { name: 'Harm before Easter 2027 (England)', situation: deadline('2027-03-25', 'harm-or-risk'), verdict: 'required', dates: ['2027-03-30'] },
  { name: 'Harm before Easter 2027 (Scotland works Easter Monday)', situation: deadline('2027-03-25', 'harm-or-risk'), nation: 'scotland', verdict: 'required', dates: ['2027-03-29'] },
  { name: 'Routine before Easter 2027 (England)', situation: deadline('2027-03-25', 'routine'), verdict: 'required', dates: ['2027-04-05'] },
  { name: 'Routine before Easter 2027 (Scotland)', situation: deadline('2027-03-25', 'routine'), nation: 'scotland', verdict: 'required', dates: ['2027-04-02'] },
  { name: 'Harm on Christmas Eve 2027: substitute days 27 and 28', situation: deadline('2027-12-24', 'harm-or-risk'), verdict: 'required', dates: ['2027-12-29'] },
  { name: 'Harm on 31 December 2026 (Scotland: 2 January substitute)', situation: deadline('2026-12-31', 'harm-or-risk'), nation: 'scotland', verdict: 'required', dates: ['2027-01-05'] },
  { name: 'Harm on 31 December 2026 (England)', situation: deadline('2026-12-31', 'harm-or-risk'), verdict: 'required', dates: ['2027-01-04'] },
  { name: "Harm before St Andrew's Day 2026 (Scotland)", situation: deadline('2026-11-27', 'harm-or-risk'), nation: 'scotland', verdict: 'required', dates: ['2026-12-01'] },
  { name: "Harm before St Andrew's Day 2026 (England)", situation: deadline('2026-11-27', 'harm-or-risk'), verdict: 'required', dates: ['2026-11-30'] },
  { name: "Harm before St Patrick's Day 2026 (Northern Ireland)", situation: deadline('2026-03-16', 'harm-or-risk'), nation: 'northern-ireland', verdict: 'required', dates: ['2026-03-18'] },
  { name: 'Deadline without the event date', situation: { topic: 'recording-deadline', urgency: 'routine' }, verdict: 'required', missing: ['dates.event'], cite: 'nottinghamshire/timely' },
  { name: 'Deadline without knowing about harm', situation: { topic: 'recording-deadline', dates: { event: '2026-11-16' } }, verdict: 'required', missing: ['urgency'], dates: ['2026-11-23'] },
  { name: 'Overdue case note', situation: deadline('2026-11-02', 'routine'), today: '2026-11-22', verdict: 'required', dates: ['2026-11-09'], met: ['has not passed', false] },

  // Case summaries
  { name: 'Next case summary', situation: { topic: 'case-summary', dates: { lastSummary: '2026-09-15' } }, verdict: 'required', dates: ['2026-12-15'], cite: 'nottinghamshire/case-summary', wording: 'Case Summary' },
  { name: 'Case summary from the end of November', situation: { topic: 'case-summary', dates: { lastSummary: '2026-11-30' } }, verdict: 'required', dates: ['2027-02-28'] },
  { name: 'Case summary without the last date', situation: { topic: 'case-summary' }, verdict: 'required', missing: ['dates.lastSummary'], cite: 'brighton-hove/1-minimum' },

  // Meeting records
  { name: 'Child protection conference on 23 December 2026', situation: { topic: 'meeting-records', meeting: 'child-protection-conference', dates: { event: '2026-12-23' } }, verdict: 'required', dates: ['2026-12-24', '2027-01-11'], cite: 'nottinghamshire/cp-minutes' },
  { name: 'Looked after review before Easter 2027', situation: { topic: 'meeting-records', meeting: 'looked-after-review', dates: { event: '2027-03-24' } }, verdict: 'required', dates: ['2027-04-02', '2027-04-16', '2027-04-23'], cite: 'nottinghamshire/lac-review-distribution' },
  { name: 'Child in Need review on 22 December 2026', situation: { topic: 'meeting-records', meeting: 'child-in-need-review', dates: { event: '2026-12-22' } }, verdict: 'required', dates: ['2026-12-24', '2027-01-08'], cite: 'nottinghamshire/cin-review', tell: 'parents-or-carers' },
  { name: 'Meeting records without the kind of meeting', situation: { topic: 'meeting-records' }, verdict: 'required', missing: ['meeting'], cite: 'nottinghamshire/minutes-language' },

  // Subject access requests
  { name: 'Subject access request: 40 calendar days', situation: { topic: 'subject-access-request', dates: { request: '2026-11-22' } }, verdict: 'required', dates: ['2027-01-01'], cite: 'brighton-hove/3-sar', positions: { 'brighton-hove': 'required', nottinghamshire: 'required' } },
  { name: 'Subject access request without the request date', situation: { topic: 'subject-access-request' }, verdict: 'required', missing: ['dates.request'], cite: 'brighton-hove/1-sar-emails' },
  { name: 'Nottinghamshire only: subject access request has no day count', situation: { topic: 'subject-access-request', dates: { request: '2026-11-22' } }, policies: ['nottinghamshire'], verdict: 'required', dates: [], cite: 'nottinghamshire/sar', positions: { 'brighton-hove': null } },

  // Retention, every row of the table. A known end date that has not passed is 'required' (keep until it); once it has
  // passed the record may be destroyed ('allowed-if': the Independent Inquiry into Child Sexual Abuse considerations).
  { name: 'Looked after child', situation: keep('looked-after-child', { birth: '2010-05-01' }), verdict: 'required', dates: ['2085-05-01'], cite: 'nottinghamshire/retention-looked-after', matched: 'retention period not ended' },
  { name: 'Looked after child who died at 10', situation: keep('looked-after-child', { birth: '2010-05-01', death: '2020-06-15' }), verdict: 'required', dates: ['2035-06-15'], cite: 'nottinghamshire/retention-case-record' },
  { name: 'Looked after child who died at 19', situation: keep('looked-after-child', { birth: '2000-01-01', death: '2019-03-01' }), verdict: 'required', dates: ['2075-01-01'] },
  { name: 'Died on the 18th birthday: not before 18', situation: keep('looked-after-child', { birth: '2000-03-10', death: '2018-03-10' }), verdict: 'required', dates: ['2075-03-10'] },
  { name: "Children's home, leap-day birthday", situation: keep('childrens-home', { birth: '2008-02-29' }), verdict: 'required', dates: ['2083-02-28'], cite: 'nottinghamshire/retention-childrens-home' },
  { name: 'Child protection record past its 25th anniversary: may be destroyed', situation: keep('child-protection', { birth: '1998-07-01' }), verdict: 'allowed-if', dates: ['2023-07-01'], cite: 'nottinghamshire/retention-child-protection', positions: { nottinghamshire: 'allowed-if' }, matched: 'retention period ended', met: ['Judicial Review period', true] },
  { name: 'Child protection record past its period: the inquiry considerations are still to be met', situation: keep('child-protection', { birth: '1998-07-01' }), verdict: 'allowed-if', cite: 'nottinghamshire/iicsa-other-inquiries', met: ['victims and survivors', undefined] },
  { name: 'Child protection record past its period: its period is a suggested one, so local arrangements apply', situation: keep('child-protection', { birth: '1998-07-01' }), verdict: 'allowed-if', cite: 'nottinghamshire/retention-local', met: ['local arrangements', undefined] },
  { name: 'Child protection record, child died at 4: 6 years from death have passed', situation: keep('child-protection', { birth: '2012-01-15', death: '2016-04-01' }), verdict: 'allowed-if', dates: ['2022-04-01'] },
  { name: 'Child in need record still in its period: keep until the 25th anniversary', situation: keep('child-protection', { birth: '2012-01-15' }), verdict: 'required', dates: ['2037-01-15'], matched: 'retention period not ended', notMissing: ['dates.birth'] },
  { name: 'Approved foster carer', situation: keep('foster-carer-approved', { approvalTerminated: '2020-09-30' }), verdict: 'required', dates: ['2030-09-30'], cite: 'nottinghamshire/retention-foster-approved' },
  { name: 'Foster carer not approved', situation: keep('foster-carer-not-approved', { refusalOrWithdrawal: '2025-01-10' }), verdict: 'required', dates: ['2028-01-10'], cite: 'nottinghamshire/retention-foster-not-approved' },
  { name: 'Foster applicant withdrew long ago: may be destroyed', situation: keep('foster-carer-not-approved', { refusalOrWithdrawal: '2020-01-10' }), verdict: 'allowed-if', dates: ['2023-01-10'], cite: 'nottinghamshire/retention-foster-not-approved' },
  { name: 'Adoption order made in 2010', situation: keep('adoption-order-made', { adoptionOrder: '2010-06-01' }), verdict: 'required', dates: ['2110-06-01'], cite: 'nottinghamshire/retention-adoption-order' },
  { name: 'Adoption order made in 2003', situation: keep('adoption-order-before-2005-12-30', { adoptionOrder: '2003-04-01' }), verdict: 'required', dates: ['2078-04-01'], cite: 'nottinghamshire/retention-adoption-order-before-2005' },
  { name: 'Adoption order on 29 December 2005: 75 years', situation: keep('adoption-order-made', { adoptionOrder: '2005-12-29' }), verdict: 'required', dates: ['2080-12-29'], cite: 'nottinghamshire/retention-adoption-order-before-2005' },
  { name: 'Adoption order on 30 December 2005: 100 years', situation: keep('adoption-order-made', { adoptionOrder: '2005-12-30' }), verdict: 'required', dates: ['2105-12-30'] },
  { name: 'No adoption order: the agency decides', situation: keep('adoption-order-not-made', {}), verdict: 'required', dates: [], cite: 'nottinghamshire/retention-adoption-never-looked-after', met: ['transfers the information to the looked after case record', undefined] },
  { name: 'Looked after child without a date of birth: the row, and the date asked for', situation: keep('looked-after-child', {}), verdict: 'required', missing: ['dates.birth'], dates: [], cite: 'nottinghamshire/retention-looked-after', met: ['Destroy it only after its retention period has ended', undefined] },
  { name: 'Child protection record without a date of birth: the row, and the date asked for', situation: keep('child-protection', {}), verdict: 'required', missing: ['dates.birth'], dates: [], matched: 'record is a child protection' },
  { name: 'Retention without the kind of record', situation: { topic: 'retention' }, verdict: 'required', missing: ['retentionRecord'], cite: 'nottinghamshire/retention-case-record' },
  // Cardiff and Vale 3: its messages are kept under the organisation's own record-keeping policies; no period of its own.
  { name: 'Texts kept, Cardiff and Vale: the organisation\'s record-keeping policies', situation: { topic: 'retention', channel: 'text' }, policies: ['cardiff-vale'], verdict: 'required', cite: 'cardiff-vale/3', positions: { 'cardiff-vale': 'required' } },
  { name: 'Phone calls kept, Cardiff and Vale: its messages rule does not reach them', situation: { topic: 'retention', channel: 'phone' }, policies: ['cardiff-vale'], verdict: 'not-covered' },
  // Chats kept on the work phone are the device's history (Waltham Forest's rule), not Cardiff and Vale's records.
  { name: 'WhatsApp chats kept on the work phone: not Cardiff and Vale\'s records rule', situation: { topic: 'retention', channel: 'whatsapp', device: 'work' }, policies: ['cardiff-vale'], verdict: 'not-covered' },
  { name: 'WhatsApp messages kept: Cardiff and Vale beside the Nottinghamshire table', situation: { topic: 'retention', channel: 'whatsapp' }, verdict: 'required', positions: { 'cardiff-vale': 'required', nottinghamshire: 'required' } },
  { name: 'Retention carries the IICSA note', situation: keep('looked-after-child', { birth: '1940-01-01' }), verdict: 'allowed-if', dates: ['2015-01-01'], cite: 'brighton-hove/iicsa' },
  { name: 'Brighton and Hove only: no retention table', situation: keep('looked-after-child', { birth: '2010-05-01' }), policies: ['brighton-hove'], verdict: 'not-covered' },
  // "Until the 25th anniversary": the record is kept on the anniversary itself and may be destroyed from the day after
  // (the safe reading of "until"; see src/guidance/retention.ts). The same for "at least 10 years from".
  { name: 'On the 25th anniversary itself: still kept', situation: keep('child-protection', { birth: '2001-11-22' }), verdict: 'required', dates: ['2026-11-22'] },
  { name: 'The day after the 25th anniversary: may be destroyed', situation: keep('child-protection', { birth: '2001-11-22' }), today: '2026-11-23', verdict: 'allowed-if', dates: ['2026-11-22'] },
  { name: 'On the 75th anniversary itself: still kept', situation: keep('looked-after-child', { birth: '1951-11-22' }), verdict: 'required', dates: ['2026-11-22'] },
  { name: 'The day before the 75th anniversary: still kept', situation: keep('looked-after-child', { birth: '1951-11-23' }), verdict: 'required', dates: ['2026-11-23'] },
  { name: 'The day after the 75th anniversary: may be destroyed', situation: keep('looked-after-child', { birth: '1951-11-21' }), verdict: 'allowed-if', dates: ['2026-11-21'] },
  { name: 'On the 10th anniversary of the end of approval: still kept', situation: keep('foster-carer-approved', { approvalTerminated: '2016-11-22' }), verdict: 'required', dates: ['2026-11-22'] },
  // A date known only by year is taken as the last day of that year (the latest it could be), never a day on which the record
  // could still have to be kept; the exact date is asked for when the day would change the answer.
  { name: 'CP record, born in 1999 (year only): ended on 31 December 2024 for every day of 1999, may be destroyed', situation: yearOnly(keep('child-protection', { birth: '1999-12-31' }), 'birth'), verdict: 'allowed-if', dates: ['2024-12-31'], notMissing: ['dates.birth'], matched: 'retention period ended' },
  { name: 'LAC record, born in 1998 (year only): keep until 31 December 2073', situation: yearOnly(keep('looked-after-child', { birth: '1998-12-31' }), 'birth'), verdict: 'required', dates: ['2073-12-31'], notMissing: ['dates.birth'] },
  { name: 'CP record, born in 2001 (year only): ended already for a January birthday, not for a December one, so kept and the date asked for', situation: yearOnly(keep('child-protection', { birth: '2001-12-31' }), 'birth'), verdict: 'required', dates: ['2026-12-31'], missing: ['dates.birth'] },
  { name: 'CP record, born in 2001 (year only), on 1 January 2027: ended for every day of 2001', situation: yearOnly(keep('child-protection', { birth: '2001-12-31' }), 'birth'), today: '2027-01-01', verdict: 'allowed-if', dates: ['2026-12-31'], notMissing: ['dates.birth'] },
  { name: 'CP record, born in March 2001 (month only): kept until 31 March 2026, which has passed', situation: { ...keep('child-protection', { birth: '2001-03-31' }), datePrecision: { birth: 'month' } }, verdict: 'allowed-if', dates: ['2026-03-31'] },
  { name: 'Adoption order in 2005 (year only): before or after 30 December 2005 is open, so the longer 100 years and the date asked for', situation: yearOnly(keep('adoption-order-made', { adoptionOrder: '2005-12-31' }), 'adoptionOrder'), verdict: 'required', dates: ['2105-12-31'], missing: ['dates.adoptionOrder'], cite: 'nottinghamshire/retention-adoption-order' },
  { name: 'Adoption order in 2004 (year only): 75 years from the end of 2004', situation: yearOnly(keep('adoption-order-before-2005-12-30', { adoptionOrder: '2004-12-31' }), 'adoptionOrder'), verdict: 'required', dates: ['2079-12-31'], notMissing: ['dates.adoptionOrder'], cite: 'nottinghamshire/retention-adoption-order-before-2005' },
  { name: 'Approval terminated in 2016 (year only): 10 years may or may not have passed, so kept and the date asked for', situation: yearOnly(keep('foster-carer-approved', { approvalTerminated: '2016-12-31' }), 'approvalTerminated'), verdict: 'required', dates: ['2026-12-31'], missing: ['dates.approvalTerminated'] },
  { name: 'Withdrew in 2019 (year only): 3 years have passed for every day of 2019', situation: yearOnly(keep('foster-carer-not-approved', { refusalOrWithdrawal: '2019-12-31' }), 'refusalOrWithdrawal'), verdict: 'allowed-if', dates: ['2022-12-31'], notMissing: ['dates.refusalOrWithdrawal'] },
  { name: 'LAC born in 2000, died in 2018 (years only): whether before 18 is open, so the longer period (75th anniversary) and the dates asked for', situation: { ...keep('looked-after-child', { birth: '2000-12-31', death: '2018-12-31' }), datePrecision: { birth: 'year', death: 'year' } }, verdict: 'required', dates: ['2075-12-31'], missing: ['dates.birth', 'dates.death'] },
  { name: 'LAC born 3 March 2000, died in 2010 (year only): certainly before 18, 15 years from the end of 2010', situation: { ...keep('looked-after-child', { birth: '2000-03-03', death: '2010-12-31' }), datePrecision: { death: 'year' } }, verdict: 'allowed-if', dates: ['2025-12-31'], notMissing: ['dates.birth', 'dates.death'] },

  // Incidents
  { name: 'Indecent image', situation: { topic: 'incident', incident: 'indecent-image' }, verdict: 'not-allowed', missing: ['imageHandling'], cite: 'pan-dorset/2.1', tell: 'safeguarding-lead' },
  { name: 'Indecent image on a staff phone', situation: { topic: 'incident', incident: 'indecent-image', imageHandling: 'received-on-staff-phone' }, verdict: 'required', cite: 'pan-dorset/2.3', tell: 'police' },
  { name: 'Young person volunteers images', situation: { topic: 'incident', incident: 'indecent-image', imageHandling: 'young-person-volunteers' }, verdict: 'required', cite: 'pan-dorset/2.2', tell: 'police' },
  { name: 'Young person refuses to hand over the phone', situation: { topic: 'incident', incident: 'indecent-image', imageHandling: 'young-person-refuses' }, verdict: 'required', cite: 'pan-dorset/2.4' },
  // Once the image is on a phone, what to do leads; never downloading it stays on the card (Pan Dorset 2.5).
  { name: 'Image on a staff phone: never download, police or designated member of staff if in doubt', situation: { topic: 'incident', incident: 'indecent-image', imageHandling: 'received-on-staff-phone' }, verdict: 'required', cite: 'pan-dorset/2.5', tell: 'safeguarding-lead' },
  { name: 'Asking a young person to forward an image', situation: { topic: 'incident', incident: 'indecent-image', imageHandling: 'asked-to-forward' }, verdict: 'not-allowed', cite: 'pan-dorset/2.1', met: ['Do not ask the young person to forward any material', false] },
  { name: 'Indecent image, handling not known: forwarding condition open', situation: { topic: 'incident', incident: 'indecent-image' }, verdict: 'not-allowed', met: ['Do not ask the young person to forward any material', undefined] },
  { name: 'Threatening text', situation: { topic: 'incident', incident: 'abusive-message' }, verdict: 'required', cite: 'pan-dorset/1.10', positions: { 'pan-dorset': 'required', nottinghamshire: 'required', 'waltham-forest': 'required', 'cardiff-vale': 'required' }, tell: 'line-manager' },
  { name: 'Threatening text: keep the communication history', situation: { topic: 'incident', incident: 'abusive-message', channel: 'text' }, verdict: 'required', cite: 'waltham-forest/retain-history', positions: { 'waltham-forest': 'required' } },
  { name: 'Abusive phone call: recorded with the words in quotation marks', situation: { topic: 'incident', incident: 'abusive-message', channel: 'phone' }, verdict: 'required', cite: 'nottinghamshire/telephone-quotes', positions: { 'pan-dorset': 'required', nottinghamshire: 'required', 'waltham-forest': null, 'cardiff-vale': null } },
  { name: 'Unsolicited Bluetooth image', situation: { topic: 'incident', incident: 'bluetooth-material' }, verdict: 'required', cite: 'pan-dorset/1.13', tell: 'line-manager' },
  { name: 'Concerning social networking content', situation: { topic: 'incident', incident: 'concerning-social-content' }, verdict: 'required', cite: 'pan-dorset/4.2' },
  { name: 'Inappropriate attachment', situation: { topic: 'incident', incident: 'inappropriate-attachment' }, verdict: 'required', cite: 'waltham-forest/inappropriate-message', positions: { 'pan-dorset': null } },
  { name: 'Under-16 raises a safeguarding concern on WhatsApp', situation: { topic: 'incident', incident: 'under-16-safeguarding-via-app' }, verdict: 'required', cite: 'waltham-forest/under-16-safeguarding', positions: { 'waltham-forest': 'required', 'brighton-hove': 'required' } },
  { name: 'Incident of unknown kind', situation: { topic: 'incident' }, verdict: 'required', missing: ['incident'], cite: 'waltham-forest/inappropriate-message' },

  // Amendments, sign-off, supervision
  { name: 'Correcting a case note', situation: { topic: 'amendment', amendment: 'correction' }, verdict: 'allowed-if', cite: 'nottinghamshire/amendments-dated', positions: { nottinghamshire: 'allowed-if', 'brighton-hove': 'allowed-if' } },
  { name: 'Case note on the wrong child', situation: { topic: 'amendment', amendment: 'wrong-person-entry' }, verdict: 'allowed-if', cite: 'nottinghamshire/wrong-person', tell: 'ict' },
  { name: 'Manager sign-off', situation: { topic: 'sign-off' }, verdict: 'required', cite: 'nottinghamshire/sign-off' },
  { name: 'Case discussion in supervision', situation: { topic: 'supervision', supervision: 'formal' }, verdict: 'required', cite: 'nottinghamshire/supervision', positions: { 'cardiff-vale': 'required' } },
  { name: 'Advice outside supervision', situation: { topic: 'supervision', supervision: 'outside-supervision' }, verdict: 'required', cite: 'nottinghamshire/advice-outside-supervision', tell: 'line-manager' },

  // E-mail recording: the policies disagree
  { name: 'Every e-mail on the record (all five)', situation: { topic: 'email-recording' }, verdict: 'required', cite: 'pan-dorset/3.6', positions: { 'pan-dorset': 'required', 'cardiff-vale': 'required', 'brighton-hove': 'not-required', nottinghamshire: 'not-required', 'waltham-forest': null } },
  { name: 'Every e-mail on the record (Brighton and Hove)', situation: { topic: 'email-recording' }, policies: ['brighton-hove'], verdict: 'not-required', cite: 'brighton-hove/1-not-every-email', positions: { 'brighton-hove': 'not-required', 'pan-dorset': null } },
  { name: 'Every e-mail on the record (Nottinghamshire)', situation: { topic: 'email-recording' }, policies: ['nottinghamshire'], verdict: 'not-required', cite: 'nottinghamshire/email-relevant-text' },
  { name: 'Every e-mail on the record (Brighton and Nottinghamshire)', situation: { topic: 'email-recording' }, policies: ['brighton-hove', 'nottinghamshire'], verdict: 'not-required', positions: { 'brighton-hove': 'not-required', nottinghamshire: 'not-required' } },
  { name: 'Every phone call on the record (all five)', situation: { topic: 'what-to-record', channel: 'phone' }, verdict: 'required', cite: 'brighton-hove/1-not-every-email', positions: { 'pan-dorset': 'required', 'brighton-hove': 'not-required', nottinghamshire: 'required' } },

  // Information sharing, personal details, data protection, legal advice
  { name: 'Sharing without consent', situation: { topic: 'information-sharing', consent: { parent: false } }, verdict: 'allowed-if', cite: 'brighton-hove/2.2-no-consent', positions: { 'brighton-hove': 'allowed-if', nottinghamshire: 'allowed-if' }, matched: 'no consent: respect their wishes where possible' },
  { name: 'A 16-year-old and their own information', situation: { topic: 'information-sharing', age: 16 }, verdict: 'required', cite: 'brighton-hove/2.1-16-plus' },
  { name: 'Sharing where harm is suspected', situation: { topic: 'information-sharing', urgency: 'harm-or-risk' }, verdict: 'allowed-if', cite: 'brighton-hove/2.2-welfare' },
  { name: 'Giving out a personal mobile number', situation: { topic: 'personal-contact-details', device: 'personal' }, verdict: 'not-allowed', cite: 'pan-dorset/1.9', positions: { 'pan-dorset': 'not-recommended', 'cardiff-vale': 'not-allowed', 'waltham-forest': 'not-allowed' } },
  { name: 'Giving out a work mobile number', situation: { topic: 'personal-contact-details', device: 'work' }, verdict: 'allowed-if', cite: 'pan-dorset/1.3', tell: 'line-manager', positions: { 'cardiff-vale': null } },
  { name: 'Giving out a number (which one unknown)', situation: { topic: 'personal-contact-details' }, verdict: 'not-recommended', missing: ['device'], cite: 'pan-dorset/12-personal-details' },
  { name: 'Data protection scope', situation: { topic: 'data-protection' }, verdict: 'required', cite: 'cardiff-vale/data-protection', positions: { 'cardiff-vale': 'required', nottinghamshire: 'required', 'brighton-hove': 'required', 'waltham-forest': 'required' } },
  { name: 'Legal advice', situation: { topic: 'legal-advice' }, verdict: 'required', cite: 'nottinghamshire/legal-advice', wording: 'Legal Documents' },
];

CASES.push(
  { name: "Children's home, death date but no birth date", situation: keep('childrens-home', { death: '2024-05-10' }), verdict: 'required', dates: ['2039-05-10'], missing: ['dates.birth'] },
  { name: 'Destroying records kept for the child sexual abuse inquiry', situation: { topic: 'retention' }, verdict: 'required', cite: 'nottinghamshire/iicsa', met: ['victims and survivors of child sexual abuse', undefined] },
  { name: 'Destroying records kept for the child sexual abuse inquiry: the Judicial Review period has ended', situation: { topic: 'retention' }, verdict: 'required', cite: 'nottinghamshire/iicsa', met: ['Judicial Review period, set for 20 January 2023', true] },
  { name: 'Destroying records kept for the child sexual abuse inquiry, before the Judicial Review period ended', situation: { topic: 'retention' }, today: '2023-01-20', verdict: 'required', met: ['Judicial Review period, set for 20 January 2023', false] },
  // Records held back for the Inquiry: destruction may resume after its Judicial Review period (both policies' note, one rule).
  { name: 'Records held for the child sexual abuse inquiry, after the Judicial Review period: destruction can resume', situation: { topic: 'retention', inquiryHold: true }, verdict: 'allowed-if', cite: 'brighton-hove/iicsa', positions: { nottinghamshire: 'allowed-if' } },
  { name: 'Records held for the child sexual abuse inquiry, before the Judicial Review period ended: still kept', situation: { topic: 'retention', inquiryHold: true }, today: '2023-01-20', verdict: 'required', cite: 'nottinghamshire/iicsa', positions: { nottinghamshire: 'required' } },
  { name: 'Order date after 29 December 2005 decides, whatever row was asked', situation: keep('adoption-order-before-2005-12-30', { adoptionOrder: '2006-02-01' }), verdict: 'required', dates: ['2106-02-01'], cite: 'nottinghamshire/retention-adoption-order' },
  { name: 'Contact on a Saturday: 5 working days from the next Monday', situation: deadline('2026-11-21', 'routine'), verdict: 'required', dates: ['2026-11-27'] },
  { name: 'WhatsApp a parent: Pan Dorset speaks only to contact with children', situation: { topic: 'digital-contact', channel: 'whatsapp', person: 'parent-or-carer', age: 35, ...okAdult }, verdict: 'allowed-if', cite: 'waltham-forest/consent', positions: { 'pan-dorset': null, 'waltham-forest': 'allowed-if', 'cardiff-vale': 'allowed-if' } },
  { name: 'Text a child (person given) from a work phone', situation: { topic: 'digital-contact', channel: 'text', person: 'child', age: 12, device: 'work' }, verdict: 'allowed-if', positions: { 'pan-dorset': 'allowed-if' }, matched: 'person is a child or young person, channel is text (Pan Dorset: texting as an agreed professional tool)' },
  { name: 'An image of unknown kind: never ask to forward', situation: { topic: 'incident' }, verdict: 'required', cite: 'pan-dorset/2.1', positions: { 'pan-dorset': 'required', 'waltham-forest': 'required' }, tell: 'line-manager' },
);

// Keeping case information secure: Brighton and Hove 4.2 Guidance, with Nottinghamshire's security of files where it speaks.
const secure = (handling?: Situation['handling'], facts: Partial<Situation> = {}): Situation => ({ topic: 'data-security', ...(handling ? { handling } : {}), ...facts });
CASES.push(
  { name: 'Data security, situation not given', situation: secure(), verdict: 'required', missing: ['handling'], cite: 'brighton-hove/4-principle', positions: { 'brighton-hove': 'required', nottinghamshire: 'required', 'pan-dorset': null, 'cardiff-vale': null, 'waltham-forest': null }, tell: 'ict' },
  { name: 'Data security (Brighton and Hove only): failure may be a disciplinary matter', situation: secure(), policies: ['brighton-hove'], verdict: 'required', cite: 'brighton-hove/enforcement', positions: { nottinghamshire: null } },
  { name: 'Data security (Nottinghamshire only): files kept secure', situation: secure(), policies: ['nottinghamshire'], verdict: 'required', cite: 'nottinghamshire/files-secure', met: ['locked in secure places', undefined] },
  { name: 'Data security (Cardiff and Vale only) is not covered', situation: secure('email-outside'), policies: ['cardiff-vale'], verdict: 'not-covered', positions: { 'cardiff-vale': null } },
  { name: 'E-mailing sensitive information outside the council', situation: secure('email-outside'), verdict: 'required', cite: 'brighton-hove/4.2-secure-email', positions: { 'brighton-hove': 'required', nottinghamshire: null }, matched: 'handling is sending sensitive information outside the council by e-mail (Brighton and Hove: secure e-mail addresses only)', met: ['Egress mail encryption', undefined] },
  { name: 'E-mail to an NHS.net address: check the number', situation: secure('email-outside'), verdict: 'required', cite: 'brighton-hove/4.2-nhs-net', met: ['NHS.net address', undefined] },
  { name: 'Posting an assessment to a family', situation: secure('post'), verdict: 'required', cite: 'brighton-hove/4.2-post-doubt', met: ['ask the recipient to contact you for further details', undefined] },
  { name: 'Hand-delivering reports: re-check the envelope', situation: secure('post'), verdict: 'required', cite: 'brighton-hove/4.2-hand-delivery' },
  { name: 'Taking case records out of the office', situation: secure('transport'), verdict: 'allowed-if', cite: 'nottinghamshire/files-removal', positions: { 'brighton-hove': 'allowed-if', nottinghamshire: 'allowed-if' }, tell: 'line-manager' },
  { name: "Taking a file out with the manager's permission", situation: secure('transport', { lineManagerAgreed: true }), verdict: 'allowed-if', cite: 'brighton-hove/4.2-transport-public', met: ['has given permission', true] },
  { name: 'Leaving case papers in the car', situation: secure('left-in-car'), verdict: 'not-allowed', cite: 'brighton-hove/4.2-transport-leaving-car', positions: { 'brighton-hove': 'not-allowed', nottinghamshire: null } },
  { name: 'Case records or a laptop in a pub, shop or restaurant', situation: secure('public-place'), verdict: 'not-allowed', cite: 'brighton-hove/4.2-transport-shops', positions: { 'brighton-hove': 'not-allowed', nottinghamshire: null } },
  { name: 'Using a work laptop', situation: secure('laptop'), verdict: 'required', cite: 'brighton-hove/4.2-laptop-agreement', tell: 'ict', met: ['log-in details', undefined] },
  { name: 'A lost or stolen laptop', situation: secure('laptop-lost'), verdict: 'required', cite: 'brighton-hove/4.2-laptop-loss', tell: 'ict', positions: { 'brighton-hove': 'required', nottinghamshire: null }, matched: 'handling is a lost or stolen laptop' },
  { name: 'Working at home', situation: secure('home-working'), verdict: 'required', cite: 'brighton-hove/4.2-home-screens', positions: { 'brighton-hove': 'required', nottinghamshire: 'allowed-if' } },
  { name: 'Client data on a home computer', situation: secure('home-pc'), verdict: 'not-allowed', cite: 'brighton-hove/4.2-home-pc', positions: { 'brighton-hove': 'not-allowed', nottinghamshire: null } },
  { name: 'Talking about a case on the bus', situation: secure('public-conversation'), verdict: 'not-allowed', cite: 'brighton-hove/4.2-conversations' },
  { name: 'Paper records overnight and office moves', situation: secure('office-storage'), verdict: 'required', cite: 'nottinghamshire/files-responsibility', positions: { 'brighton-hove': 'required', nottinghamshire: 'required' }, met: ['marked as empty and sealed', undefined] },
  { name: 'Cabinets moved in an office move with papers still in them', situation: secure('move-not-cleared'), verdict: 'not-allowed', cite: 'brighton-hove/4.2-office-moves', positions: { 'brighton-hove': 'not-allowed', nottinghamshire: null } },
  { name: "Adopters' identifying details on a child's record", situation: secure('adopter-details'), verdict: 'not-allowed', cite: 'brighton-hove/4.2-adopters', positions: { 'brighton-hove': 'not-allowed', nottinghamshire: null } },
  { name: "Duplicating information onto a sibling's record", situation: secure('sibling-records'), verdict: 'required', cite: 'nottinghamshire/family-files', positions: { 'brighton-hove': 'allowed-if', nottinghamshire: 'required' } },
);

// Recording an unborn baby on Mosaic: Nottinghamshire only; each pregnancy outcome leads with its own rule.
const unborn = (pregnancyOutcome?: Situation['pregnancyOutcome']): Situation => ({ topic: 'unborn-baby', ...(pregnancyOutcome ? { pregnancyOutcome } : {}) });
CASES.push(
  { name: 'Unborn baby, outcome not given', situation: unborn(), verdict: 'required', missing: ['pregnancyOutcome'], cite: 'nottinghamshire/unborn-create', positions: { nottinghamshire: 'required', 'pan-dorset': null, 'cardiff-vale': null, 'waltham-forest': null, 'brighton-hove': null }, met: ['deemed viable by a medical practitioner', undefined] },
  { name: 'Unborn baby (Brighton and Hove only) is not covered', situation: unborn('ended'), policies: ['brighton-hove'], verdict: 'not-covered', positions: { 'brighton-hove': null } },
  { name: 'A confirmed pregnancy: create the record', situation: unborn('confirmed'), verdict: 'required', cite: 'nottinghamshire/unborn-create', positions: { nottinghamshire: 'required' }, matched: 'pregnancy outcome is a confirmed pregnancy (Nottinghamshire: create the record once the pregnancy is confirmed)', notMissing: ['pregnancyOutcome'] },
  { name: 'The baby has been born: rename and link', situation: unborn('born'), verdict: 'required', cite: 'nottinghamshire/unborn-born', positions: { nottinghamshire: 'required' }, matched: 'pregnancy outcome is the baby has been born' },
  { name: 'Miscarriage or termination: close the record, the due date stays', situation: unborn('ended'), verdict: 'required', cite: 'nottinghamshire/unborn-date-of-death', positions: { nottinghamshire: 'required' }, matched: 'close the record; the due date stays' },
  { name: 'Still birth: close the record, the actual date replaces the due date', situation: unborn('stillbirth'), verdict: 'required', cite: 'nottinghamshire/unborn-not-to-term', positions: { nottinghamshire: 'required' }, matched: 'pregnancy outcome is a still birth' },
  { name: "Pregnant again: never resurrect the previous 'unborn' record", situation: unborn('new-pregnancy'), verdict: 'not-allowed', cite: 'nottinghamshire/unborn-no-resurrect', positions: { nottinghamshire: 'not-allowed' } },
  { name: 'A record added by mistake for a non-viable pregnancy', situation: unborn('added-in-error'), verdict: 'required', cite: 'nottinghamshire/unborn-added-in-error', positions: { nottinghamshire: 'required' }, met: ['deemed viable', undefined] },
);

// Nottinghamshire's provisions encoded in round 5 (closure and transfer, carers' records, equal opportunities, the
// purpose and significance of recording, reviews, litigation, involvement, multidisciplinary records, consent, plans).
const notts = (situation: Omit<Situation, 'topic'> & { topic: Situation['topic'] }): Situation => situation;
CASES.push(
  { name: 'Closing or transferring a case: the summary, authorised by the line manager', situation: notts({ topic: 'what-to-record', entry: 'closure' }), verdict: 'required', cite: 'nottinghamshire/closure-transfer-episode', positions: { nottinghamshire: 'required' }, tell: 'line-manager', matched: 'closing or transferring a case' },
  { name: 'A transfer summary asked as a case summary question', situation: notts({ topic: 'case-summary', entry: 'closure' }), verdict: 'required', cite: 'nottinghamshire/closure-summaries', positions: { nottinghamshire: 'required' }, tell: 'line-manager' },
  { name: "A carer's own record: specialist advice", situation: notts({ topic: 'what-to-record', entry: 'carer-record' }), verdict: 'required', cite: 'nottinghamshire/carers-records', positions: { nottinghamshire: 'required' }, matched: "a carer's own record" },
  { name: 'Equal opportunities information in a record', situation: notts({ topic: 'record-writing', writing: 'equalities' }), verdict: 'required', cite: 'nottinghamshire/equal-opportunities-information', positions: { nottinghamshire: 'required' } },
  { name: 'Equal opportunities information asked as what to record', situation: notts({ topic: 'what-to-record', writing: 'equalities' }), verdict: 'required', cite: 'nottinghamshire/equal-opportunities', positions: { nottinghamshire: 'required' } },
  { name: 'What recording is for', situation: notts({ topic: 'record-writing', writing: 'purpose' }), verdict: 'required', cite: 'nottinghamshire/recording-purpose', positions: { nottinghamshire: 'required' } },
  { name: 'What is significant enough to record', situation: notts({ topic: 'record-writing', writing: 'detail' }), verdict: 'required', cite: 'nottinghamshire/significant-for' },
  { name: 'Action points in complex cases', situation: notts({ topic: 'record-writing', writing: 'detail' }), verdict: 'required', cite: 'nottinghamshire/action-points' },
  { name: 'Review documentation shows indications for re-assessment', situation: notts({ topic: 'what-to-record', entry: 'review' }), verdict: 'required', cite: 'nottinghamshire/review-reassessment-indications' },
  { name: 'Records used in litigation or insurance claims', situation: notts({ topic: 'record-writing', writing: 'liability' }), verdict: 'not-allowed', cite: 'nottinghamshire/records-scrutinised' },
  { name: 'A separate service-user-held file', situation: notts({ topic: 'record-writing', writing: 'accessible' }), verdict: 'required', cite: 'nottinghamshire/service-user-held-file' },
  { name: "Service users' and carers' involvement, carers' needs apart", situation: notts({ topic: 'what-to-record', entry: 'assessment' }), verdict: 'required', cite: 'nottinghamshire/carers-involvement' },
  { name: 'Involvement shown in the records', situation: notts({ topic: 'what-to-record', entry: 'views' }), verdict: 'required', cite: 'nottinghamshire/involvement' },
  { name: 'Other professionals in a multidisciplinary team completing Social Care records', situation: notts({ topic: 'information-sharing', recordAccess: 'within-department' }), verdict: 'allowed', cite: 'nottinghamshire/multidisciplinary-records', positions: { nottinghamshire: 'allowed' } },
  { name: "Sharing where consent cannot be given: the service user's best interests", situation: notts({ topic: 'information-sharing' }), verdict: 'allowed-if', cite: 'nottinghamshire/best-interests' },
  { name: 'Automatic sharing agreements: key documents to other professionals', situation: notts({ topic: 'information-sharing' }), verdict: 'allowed-if', cite: 'nottinghamshire/automatic-sharing' },
  { name: 'Special category data shared without consent for safeguarding', situation: notts({ topic: 'information-sharing', consent: { parent: false } }), verdict: 'allowed-if', cite: 'nottinghamshire/special-category' },
  { name: 'A plan: the basis of long-term work, completed by provider teams too', situation: notts({ topic: 'what-to-record', entry: 'plan' }), verdict: 'required', cite: 'nottinghamshire/plan-basis' },
  { name: "A report: its readers' needs and its aims", situation: notts({ topic: 'what-to-record', entry: 'report' }), verdict: 'required', cite: 'nottinghamshire/report-purpose' },
  { name: 'Adoption discussed before birth, the baby stayed home: records destroyed when no further action', situation: notts({ topic: 'retention', retentionRecord: 'adoption-order-not-made' }), verdict: 'required', cite: 'nottinghamshire/retention-adoption-example' },
);
