import type { z } from 'zod';
import type { FieldError } from './errors';

// Turns schema issues into one plain-English message per field saying what to fix. Values are never echoed back.

const LABELS: Record<string, string> = {
  kind: 'The kind of record',
  'person.reference': "The person's record reference",
  'person.name': "The person's name",
  'person.dateOfBirth': "The person's date of birth",
  'person.recordCategory': 'The retention category of the record',
  direction: 'The direction (incoming or outgoing)',
  channel: 'The channel',
  otherParty: "The other party's number or address",
  messageAt: 'The date and time of the message',
  purpose: 'The purpose of the contact',
  harmOrRisk: 'Whether harm or risk was identified',
  content: 'The message content (transcript, extract or screenshot)',
  'content.form': 'The form of the content',
  'content.text': 'The message text',
  supervisionDate: 'The date of the supervision',
  setting: 'Whether this was formal supervision or advice outside it',
  discussion: 'The summary of the discussion',
  decisions: 'The decisions and reasons',
  reason: 'The reason',
  text: 'The text',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true or false';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export function pathOf(path: readonly PropertyKey[], prefix = ''): string {
  const joined = path.map(String).join('.');
  return prefix ? (joined ? `${prefix}.${joined}` : prefix) : joined;
}

function label(field: string): string {
  return LABELS[field] ?? (field ? `"${field}"` : 'The request body');
}

function messageFor(issue: z.core.$ZodIssue, input: unknown, field: string): string {
  const what = label(field);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return `${what} is required.`;
      return `${what} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(value)}.`;
    }
    case 'invalid_value':
      return `${what} ${valueAt(input, issue.path) === undefined ? 'is required. Choose' : 'must be'} one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return `${what} ${valueAt(input, issue.path) === undefined ? 'is required. Choose' : 'must be'} one of: ${issue.options.map(String).join(', ')}.`;
      }
      return `${what} is not in an accepted form.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${what} must not be empty.` : `${what} must be at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return `${what} must have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}.`;
      return `${what} must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${what} is too long: at most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `${what} has too many items: at most ${issue.maximum}.`;
      return `${what} must be at most ${issue.maximum}.`;
    case 'invalid_format':
      if (issue.format === 'date') return `${what} must be a date like 2026-11-20.`;
      if (issue.format === 'datetime') return `${what} must be a date and time with a time zone, like 2026-11-20T16:45:00Z.`;
      return issue.message.startsWith('must ') ? `${what} ${issue.message}.` : `${what} is not in the expected format (${issue.format}).`;
    case 'custom':
      return issue.message.startsWith('must ') ? `${what} ${issue.message}.` : issue.message;
    default:
      return issue.message;
  }
}

export function toFieldErrors(error: z.ZodError, input: unknown, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = pathOf([...issue.path, key.slice(0, 80)], prefix);
        out.push({ field, message: `"${field}" is not a field this request accepts. Remove it or check the spelling.` });
      }
      continue;
    }
    const field = pathOf(issue.path, prefix);
    out.push({ field, message: messageFor(issue, input, pathOf(issue.path)) });
  }
  return out;
}
