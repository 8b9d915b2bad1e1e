// The structured facts a ruling depends on. Every field is optional: the engine says which missing facts would change the answer.

export const TOPICS = [
  'digital-contact', // may I contact this person by text / phone / e-mail / app / social network
  'wording', // exact wording the guidance prescribes (WhatsApp consent, "on behalf of", "Case Summary", legal advice note type)
  'what-to-record', // what a contact recording must contain and where it goes
  'recording-deadline', // case notes within 5 working days / next working day where harm or risk
  'case-summary', // 3-monthly case summaries
  'meeting-records', // CP conference, looked after review and CIN review timescales
  'subject-access-request', // 40 days from a written request; e-mails not on the record may need providing
  'retention', // retention table, death before 18, adoption-order dates, IICSA note
  'incident', // indecent image, abusive message, Bluetooth material, concerning social content, attachments, under-16 via app
  'amendment', // amending a record, wrong-person entries
  'sign-off', // line manager "read and agreed"
  'supervision', // recording supervision discussions, advice outside supervision, digital contact in supervision
  'email-recording', // must every e-mail go on the file? (policies disagree)
  'information-sharing', // consent and information-sharing principles
  'personal-contact-details', // giving out personal or work numbers
  'data-protection', // DPA 2018, UK GDPR, FOI, RIPA scope
  'legal-advice', // legal advice storage and case note type
  'data-security', // keeping case information secure: e-mail outside the council, post, travel, laptops, home working, confidentiality
  'unborn-baby', // recording an unborn baby on Mosaic: creating, birth, end of pregnancy, a new pregnancy, a record added in error
  'record-writing', // how a record is written: note form, abbreviations, names, opinion, derogatory or casual words, blame, unknowns
] as const;
export type Topic = (typeof TOPICS)[number];

export const CHANNELS = [
  'text',
  'phone',
  'email',
  'whatsapp',
  'instagram',
  'facebook',
  'social-network', // other social networking sites
  'messaging-app', // other messaging apps
] as const;
export type Channel = (typeof CHANNELS)[number];

export const INCIDENTS = [
  'indecent-image',
  'abusive-message',
  'bluetooth-material',
  'concerning-social-content',
  'inappropriate-attachment',
  'under-16-safeguarding-via-app',
] as const;
export type Incident = (typeof INCIDENTS)[number];

export const RETENTION_RECORDS = [
  'looked-after-child',
  'foster-carer-approved',
  'foster-carer-not-approved',
  'adoption-order-made',
  'adoption-order-before-2005-12-30', // decided from the order date when given
  'adoption-order-not-made',
  'childrens-home',
  'child-protection', // also assessments, referrals, children in need, serious case reviews
] as const;
export type RetentionRecord = (typeof RETENTION_RECORDS)[number];

export const MEETINGS = ['child-protection-conference', 'looked-after-review', 'child-in-need-review'] as const;
export type Meeting = (typeof MEETINGS)[number];

/** What the practitioner is doing with case information (Brighton and Hove 4.2 Guidance; Nottinghamshire security of files). */
export const HANDLINGS = [
  'email-outside', // sending sensitive information outside the council by e-mail
  'post', // posting (or hand-delivering) documents to families or professionals
  'transport', // taking case records out of the office, travelling with them
  'other-home', // taking one service user's documents into another's home
  'left-in-car', // leaving case papers in the car
  'public-place', // taking case records or a laptop into shops, pubs, bars or restaurants
  'laptop', // using or carrying a work laptop
  'laptop-lost', // a laptop has been lost or stolen
  'home-working', // working at home
  'screen-seen', // someone else able to see the screen or confidential papers
  'personal-storage', // case information kept in staff e-mail accounts or OneDrive rather than the case system
  'home-pc', // client data on a home computer
  'public-conversation', // talking about a service user in public
  'office-storage', // paper records at work overnight, office moves
  'move-not-cleared', // cabinets or drawers moved in an office move with papers still in them (not checked and cleared first)
  'left-out', // case papers left out (on a desk, unlocked) rather than locked away, overnight or out of hours
  'adopter-details', // adopters' identifying details on a child's record
  'sibling-records', // duplicating information onto a sibling's record
  'work-phone', // the work mobile: switched on or off, unsolicited material
  'phone-driving', // using a mobile phone while driving (Pan Dorset 1.12)
  'delete-messages', // clearing chats or messages off the work phone
  'records-management', // organising records so that all of them can be located and retrieved (MIRRA 2 and 11)
] as const;
export type Handling = (typeof HANDLINGS)[number];

/** What has happened with the pregnancy an unborn baby's Mosaic record is about (Nottinghamshire, unborn babies recording on Mosaic). */
export const PREGNANCY_OUTCOMES = [
  'confirmed', // the pregnancy is confirmed: the record is to be created
  'born', // the baby has been born
  'ended', // miscarriage or termination
  'stillbirth', // a still born child
  'new-pregnancy', // the mother is pregnant again after a previous unborn record
  'added-in-error', // a record added by mistake for a non-viable unborn child
] as const;
export type PregnancyOutcome = (typeof PREGNANCY_OUTCOMES)[number];

/** The kind of entry being written, for what it must contain (Nottinghamshire's recording sections; Brighton and Hove's principles). */
export const RECORD_ENTRIES = [
  'first-contact', // information at the first contact or referral
  'assessment',
  'plan',
  'review',
  'risk', // a significant risk of harm identified
  'complaint',
  'report', // reports, e.g. for court or conference
  'minutes', // minutes of case reviews and meetings
  'correspondence', // letters and faxes, referrals to other agencies
  'writing', // how to write a record: style, language, jargon, names, derogatory comments
  'views', // the child's views, wishes and feelings; observations; disagreements
  'single-narrative', // settling differing accounts into one agreed version (Brighton and Hove MIRRA 7: not attempted)
  'other-people', // information about workers or other service users (complaints, abuse investigations): a separate file
  'closure', // closing a case or transferring it to another team or worker: closure and transfer summaries
  'carer-record', // a carer's own record (foster carers, adopters, connected persons), not the child's
] as const;
export type RecordEntry = (typeof RECORD_ENTRIES)[number];

/** What about the way a record is written the practitioner asks (Nottinghamshire, case notes must be clearly understandable). */
export const WRITING_ASPECTS = [
  'note-form', // bullet points or note form rather than essay form
  'abbreviations', // abbreviations, initials, jargon, technical terms
  'derogatory', // negative or derogatory descriptions, personal feelings about someone
  'casual', // casual or colloquial expressions, slang
  'liability', // saying the Department or its workers are to blame
  'names', // names, first names, titles, job titles, preferred and other names
  'names-inferred', // a family member's name filled in from the others' rather than asked for
  'unknown', // information not known: left blank, estimated
  'opinion', // the worker's opinion kept apart from fact and from what was said
  'accessible', // records the service user can read: other languages, formats, learning disability
  'detail', // how much detail: concise, relevant, significant points
  'leave-out', // asked to leave something out of the record (told in confidence)
  'human-rights', // a decision that infringes someone's rights (Article 8, family life): its justification reasoned and recorded
  'equalities', // equal opportunities information: ethnicity, religion, gender, culture, disability
  'purpose', // what recording is for: accountability, evidence, the child's story
] as const;
export type WritingAspect = (typeof WRITING_ASPECTS)[number];

export const WORDINGS = ['whatsapp-consent', 'on-behalf-of', 'case-summary-heading', 'legal-advice-note-type', 'complaint-episode'] as const;
export type Wording = (typeof WORDINGS)[number];

/** Dates a practitioner may know only by year or month (the retention table's starting points). */
export const APPROXIMATE_DATE_ROLES = ['birth', 'death', 'adoptionOrder', 'approvalTerminated', 'refusalOrWithdrawal'] as const;
export type ApproximateDateRole = (typeof APPROXIMATE_DATE_ROLES)[number];

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Situation {
  topic: Topic;
  /** Who the practitioner is in contact with. */
  person?: 'child' | 'parent-or-carer' | 'adult-service-user';
  age?: number;
  channel?: Channel;
  device?: 'work' | 'personal';
  account?: 'work' | 'personal';
  consent?: {
    youngPerson?: boolean;
    parent?: boolean;
    /** Consent evidenced on the record at the onset. */
    evidenced?: boolean;
  };
  /** Parents or carers know about the e-mail contact. */
  parentsAware?: boolean;
  lineManagerAgreed?: boolean;
  /** The texts go through an app such as WhatsApp rather than as SMS: Waltham Forest rules its communication tools. */
  viaApp?: boolean;
  /** A social work student is the one asking or acting (Waltham Forest's guidance names students). */
  student?: boolean;
  /** The message would use 'text language' (text speak, abbreviations, emojis) (Pan Dorset 1.5). */
  textLanguage?: boolean;
  /** The entry would go on under another person's log-in (Nottinghamshire: entries are never made under another's log-in). */
  otherLogin?: boolean;
  /** The number has been given out (or the question is about what follows each time it is): telling the line manager (Pan Dorset 1.3). */
  numberGiven?: boolean;
  /** false: the e-mail would go by ordinary, unencrypted e-mail ("normal Outlook") rather than a secure route (Brighton and Hove 4.2). */
  secureEmail?: boolean;
  /** The practitioner is not sure the postal address is right (Brighton and Hove 4.2: leave sensitive information out). */
  addressInDoubt?: boolean;
  /** The records were held back from destruction for the Independent Inquiry into Child Sexual Abuse (Nottinghamshire, Brighton and Hove: destruction can resume). */
  inquiryHold?: boolean;
  /** The address has no secure facility for post: a shared or communal letterbox, post left open (Brighton and Hove 4.2: hand-deliver). */
  postInsecure?: boolean;
  /** A written copy of the laptop's log-in details is kept with it (Brighton and Hove 4.2: never, in any circumstances). */
  loginWrittenDown?: boolean;
  /**
   * Telling the family what will be shared, or seeking their agreement, would put the child or others at more risk or
   * undermine the detection of a crime (Brighton and Hove 2.2's exception; Nottinghamshire: consent that could place a child at risk).
   */
  tellingRisks?: boolean;
  /** The digital contact is part of a planned and supervised piece of work (false: "off her own bat", "nothing planned"; Cardiff and Vale 6). */
  plannedWork?: boolean;
  /** The work mobile kept on (true) or switched off (false) is what is asked about (Pan Dorset 1.11: the agency says when). */
  phoneKeptOn?: boolean;
  /** The whole e-mail (or chain) is to be pasted into the case notes, not only its relevant text (Nottinghamshire). */
  wholeEmail?: boolean;
  /** A risk assessment says a communication app is needed to communicate with the child (Waltham Forest). */
  riskAssessed?: boolean;
  /** Local time of the contact, HH:MM, or an explicit flag when only "after 5pm" is known. */
  time?: string;
  outOfHours?: boolean;
  /** `third-party-message`: asking one service user to pass a message on to another (Pan Dorset 1.7). */
  /** `personal-information`: someone's personal details (an address, a number, a date of birth) sent over the tool (Waltham Forest). */
  purpose?: 'keep-in-touch' | 'appointment' | 'assessment' | 'interview' | 'case-sensitive' | 'personal' | 'status-sharing' | 'third-party-message' | 'personal-information' | 'hidden';
  urgency?: 'routine' | 'harm-or-risk' | 'crisis';
  incident?: Incident;
  /** The young person is volunteering the image / refuses to hand over the phone / is to be asked to send it on (indecent image handling). */
  imageHandling?: 'received-on-staff-phone' | 'young-person-volunteers' | 'young-person-refuses' | 'asked-to-forward' | 'download';
  wording?: Wording;
  retentionRecord?: RetentionRecord;
  meeting?: Meeting;
  /** `overwrite`: correcting the entry in place (overwriting, deleting and retyping), which Nottinghamshire does not allow. */
  amendment?: 'correction' | 'overwrite' | 'wrong-person-entry' | 'contribution';
  supervision?: 'formal' | 'outside-supervision';
  handling?: Handling;
  entry?: RecordEntry;
  writing?: WritingAspect;
  /** Reading a record inside the Department, or deciding what on a file is shared or restricted (Nottinghamshire, confidentiality). */
  /** The question is about the guidance itself: why it was written, whom and what it covers, or whether it binds (disciplinary, enforceable). */
  aboutGuidance?: 'purpose' | 'scope' | 'status';
  /** A subject access request's third-party information: all of it to be taken out, or how much (Brighton and Hove 2.1, Dunn v Durham). */
  thirdPartyRedaction?: 'all' | 'some';
  recordAccess?: 'within-department' | 'deciding-restrictions' | 'telling-service-users' | 'showing-service-user' | 'not-authorised';
  pregnancyOutcome?: PregnancyOutcome;
  /**
   * Dates given only as a year ("born in 1999") or a month ("born March 1999"). The date in `dates` is then the last day
   * of that year or month (the latest it could be), and the retention computation works with the whole range.
   */
  datePrecision?: Partial<Record<ApproximateDateRole, 'year' | 'month'>>;
  /** Dates the ruling can compute from. */
  dates?: {
    event?: IsoDate; // contact, communication or event to be recorded; meeting or review completion
    request?: IsoDate; // written subject access request
    birth?: IsoDate;
    death?: IsoDate;
    adoptionOrder?: IsoDate;
    approvalTerminated?: IsoDate;
    refusalOrWithdrawal?: IsoDate;
    lastSummary?: IsoDate;
    proposed?: IsoDate; // the date the practitioner proposes to record by ("is Tuesday ok?", "can I leave it until Monday?")
  };
}

export type FactName =
  | 'age'
  | 'channel'
  | 'device'
  | 'account'
  | 'consent'
  | 'parentsAware'
  | 'lineManagerAgreed'
  | 'viaApp'
  | 'student'
  | 'riskAssessed'
  | 'textLanguage'
  | 'otherLogin'
  | 'numberGiven'
  | 'secureEmail'
  | 'addressInDoubt'
  | 'postInsecure'
  | 'inquiryHold'
  | 'loginWrittenDown'
  | 'phoneKeptOn'
  | 'tellingRisks'
  | 'plannedWork'
  | 'wholeEmail'
  | 'time'
  | 'purpose'
  | 'urgency'
  | 'incident'
  | 'imageHandling'
  | 'wording'
  | 'retentionRecord'
  | 'meeting'
  | 'amendment'
  | 'supervision'
  | 'handling'
  | 'entry'
  | 'writing'
  | 'recordAccess'
  | 'thirdPartyRedaction'
  | 'aboutGuidance'
  | 'pregnancyOutcome'
  | 'dates.event'
  | 'dates.request'
  | 'dates.birth'
  | 'dates.death'
  | 'dates.adoptionOrder'
  | 'dates.approvalTerminated'
  | 'dates.refusalOrWithdrawal'
  | 'dates.lastSummary'
  | 'dates.proposed';

/** The situation's true-or-false facts (parents aware, a risk assessment done, …), derived so a new one needs no list. */
export type YesNoFact = { [K in keyof Situation]-?: NonNullable<Situation[K]> extends boolean ? K : never }[keyof Situation];
