import { describe, expect, it } from 'vitest';
import { bankHolidayName } from '../../src/calendar/bank-holidays';
import { cardText } from '../../src/cards/card-text';
import { validateCard } from '../../src/cards/validate';
import type { StoredRecord } from '../../src/recording/types';
import { reminderCard } from '../../src/supervision/reminder-card';
import { remindersDue, reminderKey, type Reminder } from '../../src/supervision/reminders';

// What is due to whom: an overdue recording to its author, a sign-off outstanding for more than five working days to
// the author's line manager, each once.

const alex = { userId: 'local:alex', name: 'Alex Worker' };
const sam = { userId: 'local:sam', name: 'Sam Manager' };

function record(id: string, recordedAt: string, due: string, signed = false, author = alex): StoredRecord {
  return {
    id,
    kind: 'contact-recording',
    person: { reference: 'P-1', name: 'Child P-1' },
    details: { kind: 'contact-recording', direction: 'outgoing', channel: 'text', otherParty: '07700 900123', messageAt: recordedAt, content: { form: 'transcript', text: 'See you Tuesday.' }, purpose: 'Visit', harmOrRisk: false, outOfHours: false },
    author,
    recordedAt,
    deadline: { due, basis: 'within 5 working days', citationIds: ['nottinghamshire/timely'], onTime: true },
    retention: { date: null, basis: 'unknown', citationIds: [] },
    status: 'active',
    blobs: [],
    amendments: [],
    signOffs: signed ? [{ id: 's1', kind: 'read-and-agreed', by: sam, at: recordedAt }] : [],
  };
}

const managers: Record<string, typeof sam | undefined> = { 'local:alex': sam, 'local:orphan': undefined };
const due = (records: StoredRecord[], today: string, alreadySent: string[] = []) =>
  remindersDue({ records, lineManagerOf: (id) => managers[id], today, nation: 'england-and-wales', signOffWorkingDays: 5, alreadySent: new Set(alreadySent) });
const brief = (rs: Reminder[]) => rs.map((r) => `${r.kind} ${r.reference} -> ${r.to.userId} since ${r.dueSince}`);

// Recorded Wednesday 20 May 2026; Monday 25 May is the Spring bank holiday, so five working days end Thursday 28 May.
const may = record('CR-1', '2026-05-20T10:00:00Z', '2026-05-27');

describe('remindersDue', () => {
  it('counts the Spring bank holiday as not a working day (the fixture relies on it)', () => {
    expect(bankHolidayName('2026-05-25', 'england-and-wales')).toBeDefined();
  });

  it.each([
    { case: 'deadline today: not overdue, sign-off not yet outstanding', today: '2026-05-27', expected: [] },
    { case: 'day after the deadline: overdue to the author; sign-off not yet (bank holiday in between)', today: '2026-05-28', expected: ['recording-overdue CR-1 -> local:alex since 2026-05-27'] },
    {
      case: 'more than five working days: the sign-off goes to the line manager too',
      today: '2026-05-29',
      expected: ['recording-overdue CR-1 -> local:alex since 2026-05-27', 'sign-off-outstanding CR-1 -> local:sam since 2026-05-28'],
    },
  ])('$case', ({ today, expected }) => {
    expect(brief(due([may], today))).toEqual(expected);
  });

  it('sends nothing already sent', () => {
    expect(brief(due([may], '2026-05-29', [reminderKey('recording-overdue', 'CR-1')]))).toEqual(['sign-off-outstanding CR-1 -> local:sam since 2026-05-28']);
    expect(due([may], '2026-06-30', [reminderKey('recording-overdue', 'CR-1'), reminderKey('sign-off-outstanding', 'CR-1')])).toEqual([]);
  });

  it('sends nothing for a record already read and agreed', () => {
    expect(due([record('CR-2', '2026-05-20T10:00:00Z', '2026-05-27', true)], '2026-06-30')).toEqual([]);
  });

  it('reminds the author but no one about the sign-off when the organisation model names no line manager', () => {
    const orphan = record('CR-3', '2026-05-20T10:00:00Z', '2026-05-27', false, { userId: 'local:orphan', name: 'Orphan Worker' });
    expect(brief(due([orphan], '2026-06-30'))).toEqual(['recording-overdue CR-3 -> local:orphan since 2026-05-27']);
  });

  it('lists oldest first, one per record and kind even if a record appears twice', () => {
    const older = record('CR-0', '2026-05-01T10:00:00Z', '2026-05-08');
    expect(due([may, older, may], '2026-05-28').map((r) => r.reference)).toEqual(['CR-0', 'CR-0', 'CR-1']);
  });
});

describe('reminderCard', () => {
  it('validates as Adaptive Card 1.5 for both kinds and names only the record and the person it goes to', () => {
    const reminders = due([may], '2026-05-29');
    expect(reminders).toHaveLength(2);
    for (const r of reminders) {
      const card = reminderCard(r, 5);
      expect(card.version).toBe('1.5');
      expect(validateCard(card)).toEqual([]);
      const text = cardText(card).join('\n');
      expect(text).toContain('CR-1');
      expect(text).toContain(r.to.name);
      expect(text).not.toContain('Child P-1');
    }
    expect(cardText(reminderCard(reminders[1]!, 5)).join('\n')).toMatch(/Outstanding since\W+28 May 2026/);
  });
});
