import { writtenDate } from '../calendar/iso-date';
import { expandTemplate } from '../cards/template';
import type { AdaptiveCardJson } from '../cards/view-models';
import type { FieldError } from '../recording/errors';
import type { StoredRecord, SupervisionDecisionDetails } from '../recording/types';
import { ADVICE_FIELDS, type AdviceChoices, type AdviceField, type AdviceValues } from './advice';

// The worker's advice card (filled in again with messages beside fields on an error) and the line manager's card.

export function adviceFormCard(input: { cardId: string; today: string; choices: AdviceChoices; values?: AdviceValues; errors?: FieldError[]; banner?: string }): AdaptiveCardJson {
  const values = Object.fromEntries(ADVICE_FIELDS.map((f) => [f, input.values?.[f] ?? ''])) as Record<AdviceField, string>;
  const errors = Object.fromEntries(ADVICE_FIELDS.map((f) => [f, ''])) as Record<AdviceField, string>;
  const other: string[] = [];
  for (const e of input.errors ?? []) {
    const f = (ADVICE_FIELDS as readonly string[]).includes(e.field) ? (e.field as AdviceField) : e.field === 'supervisionDate' ? 'adviceDate' : e.field.startsWith('decisions.0.decision') ? 'advice' : e.field.startsWith('decisions.0.reasons') ? 'reasons' : e.field === 'discussion' ? 'context' : undefined;
    if (f) errors[f] = e.message;
    else other.push(e.message);
  }
  const banner = [input.banner, input.errors?.length ? 'Nothing was recorded yet: correct the fields marked below.' : '', ...other].filter(Boolean).join(' ');
  return expandTemplate('advice', {
    cardId: input.cardId,
    today: input.today,
    managerName: input.choices.lineManager.name,
    banner,
    people: input.choices.people.map((p) => ({ title: p.name === p.reference ? p.reference : `${p.name} (${p.reference})`, value: p.reference })),
    values,
    errors,
  });
}

export function adviceConfirmCard(record: StoredRecord): AdaptiveCardJson {
  const d = record.details as SupervisionDecisionDetails;
  return expandTemplate('advice-confirm', {
    workerName: record.author.name,
    adviceDate: writtenDate(d.supervisionDate),
    reference: record.id,
    personName: record.person.name,
    context: d.discussion,
    advice: d.decisions[0]?.decision ?? '',
    reasons: d.decisions[0]?.reasons ?? '',
  });
}
