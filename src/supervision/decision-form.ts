import { z } from 'zod';
import { CHANNELS, type Channel } from '../guidance/situation';
import type { FieldError } from '../recording/errors';
import type { RecordingInput } from '../recording/schemas';

// The supervision decision card's inputs (flat ids, as a card sends them) checked on the server, and turned into the
// recording service's supervision-decision note. Error fields are the card's input ids, so each message sits by its input.

export const DECISION_SLOTS = 3;
export const ACTION_SLOTS = 3;

/** Every input on the card, by id: what is sent back on submit and filled in again when the card returns. */
export const FORM_FIELDS = [
  'person',
  'supervisee',
  'supervisionDate',
  'othersPresent',
  'discussion',
  ...Array.from({ length: DECISION_SLOTS }, (_, i) => [`decision${i + 1}`, `reasons${i + 1}`]).flat(),
  ...Array.from({ length: ACTION_SLOTS }, (_, i) => [`action${i + 1}`, `owner${i + 1}`, `due${i + 1}`]).flat(),
  'harmOrRisk',
  'dcDiscussed',
  'dcRiskAssessed',
  'dcChannel',
  'dcAccount',
  'dcPurpose',
  'dcConsent',
  'dcReview',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Partial<Record<FormField, string>>;

/** The same patterns the card checks with regex; the server checks them again. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const STAFF_REFERENCE = /^[A-Za-z0-9._-]{1,100}$/;

const LIMITS: Partial<Record<FormField, number>> = { discussion: 50_000, othersPresent: 2000 };

/** Only the card's own inputs, as trimmed strings: anything else in the submitted data is ignored. */
export function formValues(data: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const f of FORM_FIELDS) {
    const v = data[f];
    if (typeof v === 'string' && v.trim() !== '') out[f] = v.trim().slice(0, LIMITS[f] ?? 5000);
    else if (typeof v === 'boolean') out[f] = String(v);
  }
  return out;
}

export interface FormContext {
  person: { reference: string; name: string };
  supervisee: { reference: string; name: string };
  supervisor: { name: string };
}

const isTrue = (v: string | undefined) => v === 'true';

/** "Name (role); Name" → people named on the record. */
function othersPresent(raw: string | undefined): { name: string; role?: string }[] {
  if (!raw) return [];
  return raw
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(s);
      return m && m[1] ? { name: m[1].slice(0, 200), ...(m[2]?.trim() ? { role: m[2].trim().slice(0, 200) } : {}) } : { name: s.slice(0, 200) };
    });
}

const CHANNEL = z.enum(CHANNELS);

/** Checks what the card can check too (required, patterns, pairs) and builds the note; the service checks the rest. */
export function decisionNote(v: FormValues, ctx: FormContext): { ok: true; input: RecordingInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const need = (f: FormField, message: string) => {
    if (!v[f]) errors.push({ field: f, message });
  };
  need('person', 'Choose the person whose record this decision goes on.');
  need('supervisee', 'Choose the worker who was supervised.');
  need('supervisionDate', 'Enter the date of the supervision.');
  need('discussion', 'Summarise what was discussed.');
  for (const f of ['supervisionDate', 'dcReview', ...Array.from({ length: ACTION_SLOTS }, (_, i) => `due${i + 1}` as FormField)] as FormField[]) {
    const d = v[f];
    if (d && !ISO_DATE.test(d)) errors.push({ field: f, message: 'Enter the date as YYYY-MM-DD, e.g. 2026-11-20.' });
  }
  const decisions: { decision: string; reasons: string }[] = [];
  for (let i = 1; i <= DECISION_SLOTS; i += 1) {
    const decision = v[`decision${i}` as FormField];
    const reasons = v[`reasons${i}` as FormField];
    if (decision && !reasons) errors.push({ field: `reasons${i}`, message: 'Give the reasons for this decision: the policy asks for each decision with its reasons.' });
    if (reasons && !decision) errors.push({ field: `decision${i}`, message: 'Write the decision these reasons are for.' });
    if (decision && reasons) decisions.push({ decision, reasons });
  }
  if (!v.decision1 && decisions.length === 0) errors.push({ field: 'decision1', message: 'Record at least one decision with its reasons.' });
  const actions: { action: string; owner: string; due: string }[] = [];
  for (let i = 1; i <= ACTION_SLOTS; i += 1) {
    const [action, owner, due] = (['action', 'owner', 'due'] as const).map((k) => v[`${k}${i}` as FormField]);
    if (!action && !owner && !due) continue;
    if (!action) errors.push({ field: `action${i}`, message: 'Write the action, or clear its owner and date.' });
    if (!owner) errors.push({ field: `owner${i}`, message: 'Name who will do this action.' });
    if (!due) errors.push({ field: `due${i}`, message: 'Give the date this action is due.' });
    if (action && owner && due) actions.push({ action, owner, due });
  }
  const discussed = isTrue(v.dcDiscussed);
  const riskAssessed = isTrue(v.dcRiskAssessed);
  if (riskAssessed && !discussed) errors.push({ field: 'dcDiscussed', message: 'Digital contact cannot be risk assessed without being discussed: tick "discussed", or untick "risk assessed".' });
  const channel = v.dcChannel ? CHANNEL.safeParse(v.dcChannel) : undefined;
  if (channel && !channel.success) errors.push({ field: 'dcChannel', message: 'Choose the channel from the list.' });
  if (discussed && v.dcChannel && !v.dcReview) errors.push({ field: 'dcReview', message: 'Set a review date for the agreed use of this channel.' });
  if (errors.length > 0) return { ok: false, errors };
  const digitalContact: Extract<RecordingInput, { kind: 'supervision-decision' }>['digitalContact'] = { discussed, riskAssessed };
  if (channel?.success) digitalContact.channel = channel.data as Channel;
  if (v.dcAccount) digitalContact.account = v.dcAccount;
  if (v.dcPurpose) digitalContact.purpose = v.dcPurpose;
  if (v.dcConsent) digitalContact.consent = v.dcConsent;
  if (v.dcReview) digitalContact.reviewDate = v.dcReview;
  return {
    ok: true,
    input: {
      kind: 'supervision-decision',
      person: ctx.person,
      supervisionDate: v.supervisionDate as string,
      setting: 'formal-supervision',
      supervisor: { name: ctx.supervisor.name, role: 'Line manager' },
      supervisee: ctx.supervisee,
      othersPresent: othersPresent(v.othersPresent),
      discussion: v.discussion as string,
      decisions,
      actions,
      digitalContact,
      harmOrRisk: isTrue(v.harmOrRisk),
    },
  };
}

/** The recording service names fields by the note's paths ("decisions.0.reasons"); the card by its input ids. */
export function cardFieldOf(serviceField: string): FormField | undefined {
  const direct: Record<string, FormField> = { supervisionDate: 'supervisionDate', discussion: 'discussion', othersPresent: 'othersPresent', 'digitalContact.discussed': 'dcDiscussed', 'digitalContact.channel': 'dcChannel', 'digitalContact.account': 'dcAccount', 'digitalContact.purpose': 'dcPurpose', 'digitalContact.consent': 'dcConsent', 'digitalContact.reviewDate': 'dcReview' };
  if (direct[serviceField]) return direct[serviceField];
  const m = /^(decisions|actions)\.(\d+)\.(decision|reasons|action|owner|due)$/.exec(serviceField);
  if (m) return `${m[3]}${Number(m[2]) + 1}` as FormField;
  if (serviceField.startsWith('person')) return 'person';
  if (serviceField.startsWith('supervisee')) return 'supervisee';
  if (serviceField.startsWith('othersPresent')) return 'othersPresent';
  return undefined;
}
