import { writtenDate } from '../calendar/iso-date';
import { expandTemplate } from '../cards/template';
import type { AdaptiveCardJson } from '../cards/view-models';
import { CHANNELS } from '../guidance/situation';
import type { FieldError } from '../recording/errors';
import type { StoredRecord, SupervisionDecisionDetails } from '../recording/types';
import { ACTION_SLOTS, cardFieldOf, DECISION_SLOTS, FORM_FIELDS, type FormField, type FormValues } from './decision-form';
import type { DecisionChoices } from './desk';

// The supervision decision cards: the form (filled in again, with messages beside fields, when it comes back), the
// read-only summary it turns into, and the card the supervisee receives.

export const CHANNEL_TITLES: Record<(typeof CHANNELS)[number], string> = {
  text: 'Text message (SMS)',
  phone: 'Phone call',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  facebook: 'Facebook',
  'social-network': 'Other social network',
  'messaging-app': 'Other messaging app',
};

export interface FormCardInput {
  cardId: string;
  today: string;
  choices: Pick<DecisionChoices, 'people' | 'supervisees'>;
  values?: FormValues;
  errors?: FieldError[];
  /** A message for the whole card, e.g. the store did not answer. */
  banner?: string;
}

export function decisionFormCard(input: FormCardInput): AdaptiveCardJson {
  const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, input.values?.[f] ?? ''])) as Record<FormField, string>;
  const errors = Object.fromEntries(FORM_FIELDS.map((f) => [f, ''])) as Record<FormField, string>;
  const unplaced: string[] = [];
  for (const e of input.errors ?? []) {
    const f = (FORM_FIELDS as readonly string[]).includes(e.field) ? (e.field as FormField) : cardFieldOf(e.field);
    if (f) errors[f] = errors[f] ? `${errors[f]} ${e.message}` : e.message;
    else unplaced.push(e.message);
  }
  const placed = (input.errors?.length ?? 0) - unplaced.length;
  const banner = [input.banner, placed > 0 ? 'Nothing was recorded yet: correct the fields marked below and select "Record the decision" again.' : '', ...unplaced].filter(Boolean).join(' ');
  return expandTemplate('supervision-decision', {
    title: 'Record a supervision decision',
    intro: 'Goes on the person\'s record and the supervisee\'s supervision file, with you as the supervisor. Required: person, supervisee, date, discussion and at least one decision with its reasons.',
    banner,
    cardId: input.cardId,
    today: input.today,
    people: input.choices.people.map((p) => ({ title: p.name === p.reference ? p.reference : `${p.name} (${p.reference})`, value: p.reference })),
    supervisees: input.choices.supervisees.map((s) => ({ title: `${s.name} (${s.reference})`, value: s.reference })),
    channels: CHANNELS.map((c) => ({ title: CHANNEL_TITLES[c], value: c })),
    values,
    errors,
    decisions: Array.from({ length: DECISION_SLOTS }, (_, i) => {
      const n = i + 1;
      const k = (p: string) => `${p}${n}` as FormField;
      return { n, required: n === 1, decision: values[k('decision')], reasons: values[k('reasons')], decisionError: errors[k('decision')], reasonsError: errors[k('reasons')] };
    }),
    actions: Array.from({ length: ACTION_SLOTS }, (_, i) => {
      const n = i + 1;
      const k = (p: string) => `${p}${n}` as FormField;
      return { n, action: values[k('action')], owner: values[k('owner')], due: values[k('due')], actionError: errors[k('action')], ownerError: errors[k('owner')], dueError: errors[k('due')] };
    }),
  });
}

function digitalContactText(d: SupervisionDecisionDetails['digitalContact']): string {
  if (!d.discussed) return 'Not discussed in this supervision.';
  const parts = [d.riskAssessed ? 'Discussed and risk assessed.' : 'Discussed; not risk assessed.'];
  if (d.channel) parts.push(`Channel: ${CHANNEL_TITLES[d.channel]}${d.account ? ` (${d.account})` : ''}.`);
  if (d.purpose) parts.push(`Purpose: ${d.purpose}.`);
  if (d.consent) parts.push(`Consent: ${d.consent}.`);
  if (d.reviewDate) parts.push(`Review by ${writtenDate(d.reviewDate)}.`);
  return parts.join(' ');
}

const details = (record: StoredRecord): SupervisionDecisionDetails => record.details as SupervisionDecisionDetails;

/** The read-only summary the form turns into; `told` says whether the supervisee was reached. */
export function decisionRecordedCard(record: StoredRecord, told: 'sent' | 'unreachable' | 'already'): AdaptiveCardJson {
  const d = details(record);
  const others = d.othersPresent.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
  return expandTemplate('supervision-recorded', {
    title: 'Supervision decision recorded',
    reference: record.id,
    filedOn: `On ${record.person.name}'s record (${record.person.reference}) and ${d.supervisee.name}'s supervision file (${d.supervisee.reference}).`,
    facts: [
      { title: 'Date of supervision', value: writtenDate(d.supervisionDate) },
      { title: 'Supervisor', value: d.supervisor.name },
      { title: 'Supervisee', value: d.supervisee.name },
      { title: 'Others present', value: others || 'None' },
      { title: 'Recorded by', value: record.author.name },
      { title: 'Recording due', value: `${writtenDate(record.deadline.due)}${record.deadline.onTime ? '' : ' (recorded late)'}` },
    ],
    discussion: d.discussion,
    decisions: d.decisions,
    actions: d.actions.map((a) => ({ text: `${a.action} (${a.owner}, by ${writtenDate(a.due)})` })),
    digitalContact: digitalContactText(d.digitalContact),
    told:
      told === 'sent'
        ? `${d.supervisee.name} was sent a card saying this decision was recorded on their case.`
        : told === 'unreachable'
          ? `${d.supervisee.name} could not be reached: they have not opened a chat with this bot yet. Please tell them this decision was recorded (${record.id}).`
          : '',
    toldColour: told === 'unreachable' ? 'Attention' : 'Default',
  });
}

/** What the supervisee receives: enough to find the record, no more than they may read on their own supervision file. */
export function decisionNoticeCard(record: StoredRecord): AdaptiveCardJson {
  const d = details(record);
  return expandTemplate('supervision-notice', {
    title: 'A supervision decision was recorded on your case',
    text: `${d.supervisor.name} recorded the decisions from your supervision on ${writtenDate(d.supervisionDate)} on ${record.person.name}'s record and on your supervision file.`,
    facts: [
      { title: 'Reference', value: record.id },
      { title: 'Person', value: `${record.person.name} (${record.person.reference})` },
      { title: 'Actions agreed', value: String(d.actions.length) },
    ],
    decisions: d.decisions,
  });
}
