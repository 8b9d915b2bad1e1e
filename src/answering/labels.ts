import type { Channel, FactName, Handling, Incident, Meeting, PregnancyOutcome, RecordEntry, RetentionRecord, Topic, Wording, WritingAspect } from '../guidance/situation';

// Names for topics and fact values as a practitioner would read them on a card.

export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  'digital-contact': 'Contacting someone by text, phone, e-mail, messaging apps or social media',
  wording: "Exact wording the guidance prescribes (WhatsApp consent message, 'on behalf of' notes, Case Summary heading, legal advice note type)",
  'what-to-record': 'What a contact recording must contain and where it goes',
  'recording-deadline': 'Recording deadlines for case notes',
  'case-summary': 'Case summaries',
  'meeting-records': 'Minutes of child protection conferences, looked after reviews and child in need reviews',
  'subject-access-request': 'Subject access requests',
  retention: 'How long records are kept (retention)',
  incident: 'Indecent images, abusive messages, Bluetooth material, concerning posts and attachments',
  amendment: 'Amending a record, or an entry on the wrong file',
  'sign-off': "Line manager sign-off ('read and agreed')",
  supervision: 'Recording supervision discussions and advice',
  'email-recording': 'Whether e-mails go on the file',
  'information-sharing': 'Consent and information sharing',
  'personal-contact-details': 'Giving out personal or work contact details',
  'data-protection': 'Data protection law that applies to records and messages',
  'legal-advice': 'Storing legal advice',
  'data-security': 'Keeping case information secure: e-mail, post, travel, laptops, home working',
  'unborn-baby': 'Recording an unborn baby on Mosaic',
  'record-writing': 'How a record is written: note form, abbreviations, names, opinions, comments about people',
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  text: 'Text message (SMS)',
  phone: 'Phone call',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  facebook: 'Facebook or Messenger',
  'social-network': 'Another social network (Snapchat, TikTok ...)',
  'messaging-app': 'Another messaging app',
};

export const INCIDENT_LABELS: Readonly<Record<Incident, string>> = {
  'indecent-image': 'An indecent image or video',
  'abusive-message': 'An abusive, threatening or nuisance message or call',
  'bluetooth-material': 'Unsolicited material received by Bluetooth',
  'concerning-social-content': 'Concerning content on a social networking site',
  'inappropriate-attachment': 'An inappropriate message or attachment',
  'under-16-safeguarding-via-app': 'A safeguarding concern raised through an app by someone under 16',
};

export const RETENTION_LABELS: Readonly<Record<RetentionRecord, string>> = {
  'looked-after-child': 'Looked after child case record',
  'foster-carer-approved': 'Approved foster carer',
  'foster-carer-not-approved': 'Foster carer not approved, or application withdrawn',
  'adoption-order-made': 'Adoption record, adoption order made',
  'adoption-order-before-2005-12-30': 'Adoption record, order made before 30 December 2005',
  'adoption-order-not-made': 'Adoption record, no adoption order made',
  'childrens-home': "Child accommodated in a children's home",
  'child-protection': 'Child protection, assessment, referral, child in need or serious case review',
};

export const MEETING_LABELS: Readonly<Record<Meeting, string>> = {
  'child-protection-conference': 'Child protection conference',
  'looked-after-review': 'Looked after review',
  'child-in-need-review': 'Child in need review',
};

export const HANDLING_LABELS: Readonly<Record<Handling, string>> = {
  'email-outside': 'Sending sensitive information outside the council by e-mail',
  post: 'Posting or hand-delivering documents',
  transport: 'Taking case records out of the office, or travelling with them',
  'other-home': "Taking one family's papers into another family's home",
  'left-in-car': 'Leaving case papers in the car',
  'public-place': 'Taking case records or a laptop into a shop, pub, bar or restaurant',
  laptop: 'Using or carrying a work laptop',
  'laptop-lost': 'A laptop has been lost or stolen',
  'home-working': 'Working at home',
  'screen-seen': 'Someone else can see my screen or papers',
  'personal-storage': 'Keeping case information in e-mail folders or OneDrive',
  'home-pc': 'Case documents on a home computer',
  'public-conversation': 'Talking about a service user in public',
  'office-storage': 'Paper records at work overnight, or an office move',
  'adopter-details': "Adopters' details on a child's record",
  'sibling-records': "Copying information onto a sibling's record",
  'work-phone': 'Using the work mobile (on or off, unsolicited material)',
  'phone-driving': 'Using a mobile phone while driving',
  'delete-messages': 'Clearing chats or messages off the work phone',
  'records-management': 'Organising records so they can be found',
};

export const ENTRY_LABELS: Readonly<Record<RecordEntry, string>> = {
  'first-contact': 'First contact or referral',
  assessment: 'An assessment',
  plan: 'A plan',
  review: 'A review',
  risk: 'A significant risk of harm',
  complaint: 'A complaint',
  report: 'A report',
  minutes: 'Minutes of a meeting',
  correspondence: 'Letters, faxes or a referral to another agency',
  writing: 'How to write it (style, language, names)',
  views: "The child's views, observations and disagreements",
  'single-narrative': 'Settling differing accounts into one agreed version',
  'other-people': 'Information about a worker or another service user (a complaint, an investigation)',
  closure: 'Closing the case or transferring it',
  'carer-record': "A carer's own record (foster carers, adopters)",
};

export const PREGNANCY_OUTCOME_LABELS: Readonly<Record<PregnancyOutcome, string>> = {
  confirmed: 'The pregnancy is confirmed: creating the record',
  born: 'The baby has been born',
  ended: 'The pregnancy ended (miscarriage or termination)',
  stillbirth: 'The baby was still born',
  'new-pregnancy': 'The mother is pregnant again',
  'added-in-error': 'A record was added by mistake for a non-viable pregnancy',
};

export const WRITING_LABELS: Readonly<Record<WritingAspect, string>> = {
  'note-form': 'Note form or bullet points',
  abbreviations: 'Abbreviations, initials or jargon',
  derogatory: 'Negative or derogatory comments about someone',
  casual: 'Casual or colloquial words',
  liability: 'Saying who is to blame',
  names: 'Names and titles',
  unknown: 'Information not known',
  opinion: 'My opinion, and fact',
  accessible: 'A record the service user can read',
  detail: 'How much detail',
  'leave-out': 'Leaving something out of the record',
  'human-rights': "A decision that affects someone's rights",
  equalities: 'Equal opportunities information (ethnicity, religion, gender)',
  purpose: 'What recording is for',
};

export const WORDING_LABELS: Readonly<Record<Wording, string>> = {
  'whatsapp-consent': 'WhatsApp consent message',
  'on-behalf-of': "Case note added 'on behalf of' a colleague",
  'case-summary-heading': 'Case Summary heading',
  'legal-advice-note-type': 'Case note type for legal advice',
  'complaint-episode': "Mosaic episode for a child's complaint or compliment",
};

export const FACT_LABELS: Readonly<Record<FactName, string>> = {
  age: 'Age of the child or young person',
  channel: 'How are you in contact?',
  device: 'Which phone or device?',
  account: 'Which account?',
  consent: 'Who has agreed to this contact?',
  parentsAware: 'Are the parents or carers aware?',
  lineManagerAgreed: 'Has your line manager agreed?',
  viaApp: 'Do the texts go through an app such as WhatsApp?',
  student: 'Are you a social work student?',
  textLanguage: "Would the message use 'text language' (text speak, abbreviations, emojis)?",
  numberGiven: 'Have you already given the number out?',
  otherLogin: "Would the entry go on under someone else's log-in?",
  secureEmail: 'Would it go by secure (encrypted) e-mail?',
  addressInDoubt: 'Are you unsure the address is right?',
  postInsecure: 'Is the letterbox shared or not secure?',
  loginWrittenDown: 'Are the log-in details written down and kept with the laptop?',
  wholeEmail: 'Would the whole e-mail go into the case notes?',
  riskAssessed: "Does the child's risk assessment say an app is needed to communicate with them?",
  time: 'Time of the contact',
  purpose: 'What is the contact for?',
  urgency: 'Is there harm, injury or risk?',
  incident: 'What happened?',
  imageHandling: 'Where is the image?',
  wording: 'Which wording do you need?',
  retentionRecord: 'Which kind of record?',
  meeting: 'Which meeting?',
  amendment: 'What needs changing?',
  supervision: 'Where was it discussed?',
  handling: 'What are you doing with the information?',
  entry: 'What are you writing?',
  writing: 'What about the writing?',
  recordAccess: 'Who is reading the record, or deciding what is shared?',
  aboutGuidance: 'What do you want to know about the guidance?',
  pregnancyOutcome: 'What has happened with the pregnancy?',
  'dates.event': 'Date of the contact, visit or event',
  'dates.request': 'Date of the written request',
  'dates.birth': 'Date of birth',
  'dates.death': 'Date of death',
  'dates.adoptionOrder': 'Date of the adoption order',
  'dates.approvalTerminated': 'Date approval ended',
  'dates.refusalOrWithdrawal': 'Date of refusal or withdrawal',
  'dates.lastSummary': 'Date of the last case summary',
  'dates.proposed': 'When do you plan to record it?',
};
