// The encoded guidance files, imported statically so rulings need no file reads. Add a file here when you add one to data/.
import type { GuidanceFile } from '../load';
import brightonHoveProvisions from './provisions/brighton-hove.json' with { type: 'json' };
import cardiffValeProvisions from './provisions/cardiff-vale.json' with { type: 'json' };
import nottinghamshireProvisions from './provisions/nottinghamshire.json' with { type: 'json' };
import panDorsetProvisions from './provisions/pan-dorset.json' with { type: 'json' };
import walthamForestProvisions from './provisions/waltham-forest.json' with { type: 'json' };
import amendmentRules from './rules/amendment.json' with { type: 'json' };
import caseSummaryRules from './rules/case-summary.json' with { type: 'json' };
import dataProtectionRules from './rules/data-protection.json' with { type: 'json' };
import dataSecurityRules from './rules/data-security.json' with { type: 'json' };
import unbornBabyRules from './rules/unborn-baby.json' with { type: 'json' };
import digitalContactRules from './rules/digital-contact.json' with { type: 'json' };
import emailRecordingRules from './rules/email-recording.json' with { type: 'json' };
import incidentRules from './rules/incident.json' with { type: 'json' };
import informationSharingRules from './rules/information-sharing.json' with { type: 'json' };
import legalAdviceRules from './rules/legal-advice.json' with { type: 'json' };
import meetingRecordsRules from './rules/meeting-records.json' with { type: 'json' };
import personalContactDetailsRules from './rules/personal-contact-details.json' with { type: 'json' };
import recordingDeadlineRules from './rules/recording-deadline.json' with { type: 'json' };
import retentionRules from './rules/retention.json' with { type: 'json' };
import signOffRules from './rules/sign-off.json' with { type: 'json' };
import subjectAccessRequestRules from './rules/subject-access-request.json' with { type: 'json' };
import supervisionRules from './rules/supervision.json' with { type: 'json' };
import whatToRecordRules from './rules/what-to-record.json' with { type: 'json' };
import wordingRules from './rules/wording.json' with { type: 'json' };

export const GUIDANCE_FILES: readonly GuidanceFile[] = [
  { name: 'provisions/brighton-hove.json', content: brightonHoveProvisions },
  { name: 'provisions/cardiff-vale.json', content: cardiffValeProvisions },
  { name: 'provisions/nottinghamshire.json', content: nottinghamshireProvisions },
  { name: 'provisions/pan-dorset.json', content: panDorsetProvisions },
  { name: 'provisions/waltham-forest.json', content: walthamForestProvisions },
  { name: 'rules/amendment.json', content: amendmentRules },
  { name: 'rules/case-summary.json', content: caseSummaryRules },
  { name: 'rules/data-protection.json', content: dataProtectionRules },
  { name: 'rules/data-security.json', content: dataSecurityRules },
  { name: 'rules/unborn-baby.json', content: unbornBabyRules },
  { name: 'rules/digital-contact.json', content: digitalContactRules },
  { name: 'rules/email-recording.json', content: emailRecordingRules },
  { name: 'rules/incident.json', content: incidentRules },
  { name: 'rules/information-sharing.json', content: informationSharingRules },
  { name: 'rules/legal-advice.json', content: legalAdviceRules },
  { name: 'rules/meeting-records.json', content: meetingRecordsRules },
  { name: 'rules/personal-contact-details.json', content: personalContactDetailsRules },
  { name: 'rules/recording-deadline.json', content: recordingDeadlineRules },
  { name: 'rules/retention.json', content: retentionRules },
  { name: 'rules/sign-off.json', content: signOffRules },
  { name: 'rules/subject-access-request.json', content: subjectAccessRequestRules },
  { name: 'rules/supervision.json', content: supervisionRules },
  { name: 'rules/what-to-record.json', content: whatToRecordRules },
  { name: 'rules/wording.json', content: wordingRules },
];
