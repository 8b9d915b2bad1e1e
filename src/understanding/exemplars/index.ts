// The exemplar bank: practitioners' phrasings of each topic (and of near misses the guidance does not cover), written from
// the policies. Imported statically so ranking needs no file reads. Add a file here when you add one to exemplars/.
import amendment from './amendment.json' with { type: 'json' };
import caseSummary from './case-summary.json' with { type: 'json' };
import dataProtection from './data-protection.json' with { type: 'json' };
import dataSecurity from './data-security.json' with { type: 'json' };
import digitalContact from './digital-contact.json' with { type: 'json' };
import emailRecording from './email-recording.json' with { type: 'json' };
import incident from './incident.json' with { type: 'json' };
import informationSharing from './information-sharing.json' with { type: 'json' };
import legalAdvice from './legal-advice.json' with { type: 'json' };
import meetingRecords from './meeting-records.json' with { type: 'json' };
import notCovered from './not-covered.json' with { type: 'json' };
import personalContactDetails from './personal-contact-details.json' with { type: 'json' };
import recordWriting from './record-writing.json' with { type: 'json' };
import recordingDeadline from './recording-deadline.json' with { type: 'json' };
import retention from './retention.json' with { type: 'json' };
import signOff from './sign-off.json' with { type: 'json' };
import subjectAccessRequest from './subject-access-request.json' with { type: 'json' };
import supervision from './supervision.json' with { type: 'json' };
import unbornBaby from './unborn-baby.json' with { type: 'json' };
import whatToRecord from './what-to-record.json' with { type: 'json' };
import wording from './wording.json' with { type: 'json' };

export const EXEMPLARS: Readonly<Record<string, readonly string[]>> = {
  'amendment': amendment,
  'case-summary': caseSummary,
  'data-protection': dataProtection,
  'data-security': dataSecurity,
  'digital-contact': digitalContact,
  'email-recording': emailRecording,
  'incident': incident,
  'information-sharing': informationSharing,
  'legal-advice': legalAdvice,
  'meeting-records': meetingRecords,
  'not-covered': notCovered,
  'personal-contact-details': personalContactDetails,
  'record-writing': recordWriting,
  'recording-deadline': recordingDeadline,
  'retention': retention,
  'sign-off': signOff,
  'subject-access-request': subjectAccessRequest,
  'supervision': supervision,
  'unborn-baby': unbornBaby,
  'what-to-record': whatToRecord,
  'wording': wording,
};
