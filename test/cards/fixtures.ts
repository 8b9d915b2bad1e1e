import type { Citation, Ruling } from '../../src/guidance/ruling';

// Hand-built rulings quoting the seeds, so card tests do not depend on the engine's data.

export const wfUnder16: Citation = {
  id: 'waltham-forest/under-16',
  policy: 'waltham-forest',
  organisation: 'Waltham Forest Social Care',
  document: 'Communication Tools and/or Mechanisms of Data transfer',
  section: 'Communication apps and under-16s',
  quote: 'Communications apps/tools should not be used to communicate with service users under the age of 16 directly.  Communications should be sent to parents or legal guardians.',
};

export const wfConsent: Citation = {
  id: 'waltham-forest/whatsapp-consent',
  policy: 'waltham-forest',
  organisation: 'Waltham Forest Social Care',
  document: 'Communication Tools and/or Mechanisms of Data transfer',
  section: 'Specific guidelines relating to the use of WhatsApp',
  quote: 'Social care staff must obtain consent in the first outbound WhatsApp message: the following text is advised-',
};

export const pdEquipment: Citation = {
  id: 'pan-dorset/12-equipment',
  policy: 'pan-dorset',
  organisation: 'Pan Dorset Inter-Agency Safeguarding Procedures',
  document: 'Chapter 4.4 Guidelines for Text Messaging and E-mailing',
  section: '12',
  quote: 'only use equipment e.g. mobile phones, provided by organisation to communicate with children, making sure that parents have given permission for this form of communication to be used',
};

export const nottsTimely: Citation = {
  id: 'nottinghamshire/timely',
  policy: 'nottinghamshire',
  organisation: "Nottinghamshire Children's Social Care",
  document: 'Written Records (Including Retention)',
  section: 'Case notes must be: Timely',
  quote: 'Case notes must be recorded on MOSAIC file within 5 working days of contact, communication or event.',
};

export const WHATSAPP_CONSENT_TEXT = 'Please note that we will be communicating with you using WhatsApp.  The platform is owned by Meta, who are a global company and therefore your data may be transferred to another country (including the USA).  We require your consent to continue to communicate with you using WhatsApp.  You can withdraw this consent at any time, without any impact on the services we provide to you.  We will never send you any chat, which contains your sensitive or special category data.  If you agree to use using WhatsApp please respond to this chat with "YES".';

export const whatsappUnder16: Ruling = {
  topic: 'digital-contact',
  verdict: 'not-allowed',
  headline: 'Not allowed (Waltham Forest): communication apps are not used to contact service users under 16 directly; messages go to parents or legal guardians.',
  positions: [
    { policy: 'waltham-forest', organisation: wfUnder16.organisation, verdict: 'not-allowed', statement: 'Communication apps are not used to contact service users under 16 directly.', citations: [wfUnder16] },
    { policy: 'pan-dorset', organisation: pdEquipment.organisation, verdict: 'allowed-if', statement: 'Only on equipment provided by the organisation, with parents\' permission.', citations: [pdEquipment] },
  ],
  pending: [],
  disagreement: true,
  conditions: [
    { text: 'Use equipment provided by the organisation', met: true, citations: [pdEquipment] },
    { text: 'Parents have given permission for this form of communication', citations: [pdEquipment] },
    { text: 'The young person is 16 or over', met: false, citations: [wfUnder16] },
  ],
  actions: [{ text: 'Send communications to parents or legal guardians instead', tell: 'parents-or-carers', citations: [wfUnder16] }],
  wording: [{ label: 'First outbound WhatsApp message (consent)', text: WHATSAPP_CONSENT_TEXT, citation: wfConsent }],
  dates: [],
  matched: ['age 15 is under 16 (Waltham Forest)'],
  missingFacts: ['device', 'consent'],
  citations: [wfUnder16, pdEquipment, wfConsent],
  ruleIds: ['waltham-forest/under-16-apps', 'pan-dorset/equipment'],
  guidanceVersion: '1.0.0+test',
};

// A duty: what the guidance says must be done, and by when.
export const deadlineRuling: Ruling = {
  topic: 'recording-deadline',
  verdict: 'required',
  headline: 'Record the visit within 5 working days.',
  positions: [{ policy: 'nottinghamshire', organisation: nottsTimely.organisation, verdict: 'required', statement: 'Within 5 working days of contact.', citations: [nottsTimely] }],
  pending: [],
  disagreement: false,
  conditions: [],
  actions: [{ text: 'Record the case note on the case record', where: 'case-record', due: '2027-01-04', dueBasis: '5 working days after 2026-12-23 (bank holidays: England and Wales)', citations: [nottsTimely] }],
  wording: [],
  dates: [{ label: 'Case note due', date: '2027-01-04', basis: '5 working days after 2026-12-23 (bank holidays: England and Wales)' }],
  matched: ['event 2026-12-23'],
  missingFacts: ['urgency'],
  citations: [nottsTimely],
  ruleIds: ['nottinghamshire/timely'],
  guidanceVersion: '1.0.0+test',
};
