import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJson } from '../../src/organisation/directory-file';
import { contactRecording, startTestApi, supervisionNote, type TestApi } from './support';

// GET /api/my-work: what the My records tab shows, for a worker and for their line manager (local mode identities).
const ALEX = { 'x-local-user-id': 'alex.worker', 'x-local-user-name': 'Alex Worker' };
const SAM = { 'x-local-user-id': 'sam.manager', 'x-local-user-name': 'Sam Manager' };
const JO = { 'x-local-user-id': 'jo.other', 'x-local-user-name': 'Jo Other' };
const NOW = new Date('2026-11-23T10:00:00Z'); // Monday
/** The organisation model: Sam line-manages Alex; Jo is in another team under someone else. */
const directory = () =>
  fromJson(
    {
      teams: [{ id: 'north', name: 'North team' }, { id: 'south', name: 'South team' }],
      people: [
        { id: 'local:alex.worker', name: 'Alex Worker', teams: ['north'], lineManager: 'local:sam.manager', staffReference: 'STAFF-0042' },
        { id: 'local:sam.manager', name: 'Sam Manager', teams: ['north'], lineManager: 'local:chris.head' },
        { id: 'local:jo.other', name: 'Jo Other', teams: ['south'], lineManager: 'local:chris.head' },
        { id: 'local:chris.head', name: 'Chris Head', teams: [] },
      ],
    },
    'the test directory',
  );

describe('GET /api/my-work', () => {
  let api: TestApi;
  const ref: Record<string, string> = {};
  const person = { reference: 'P-2001', name: 'Casey Child' };

  beforeAll(async () => {
    api = await startTestApi({}, { now: () => NOW, recordings: { directory: directory() } });
    const file = async (name: string, body: Record<string, unknown>, who: Record<string, string>) => {
      const res = await api.call('POST', '/api/recordings', body, who);
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      ref[name] = res.json.reference as string;
    };
    await file('due', contactRecording({ person, messageAt: '2026-11-20T10:00:00Z' }), ALEX); // due 27 November
    await file('late', contactRecording({ person, messageAt: '2026-11-10T10:00:00Z' }), ALEX); // due 17 November
    await file('advice', supervisionNote({ person, setting: 'advice-outside-supervision', supervisionDate: '2026-11-18' }), ALEX);
    await file('agreed', contactRecording({ person, messageAt: '2026-11-19T10:00:00Z' }), ALEX);
    await file('jo', contactRecording({ messageAt: '2026-11-09T10:00:00Z' }), JO);
    expect((await api.call('POST', `/api/recordings/${ref.agreed}/sign-off`, {}, SAM)).status).toBe(201);
  });
  afterAll(async () => api?.stop());

  const refs = (items: { reference: string }[]) => items.map((i) => i.reference);

  it("shows a worker their recordings due and overdue by deadline, advice awaiting confirmation, summaries and approvals", async () => {
    const res = await api.call('GET', '/api/my-work', undefined, ALEX);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const w = res.json.worker;
    expect(res.json.today).toBe('2026-11-23');
    expect(refs(w.recordingsDue)).toEqual([ref.advice, ref.due]);
    expect(w.recordingsDue[1]).toMatchObject({ due: '2026-11-27', title: 'Text message (incoming)', person, actions: [] });
    expect(refs(w.recordingsOverdue)).toEqual([ref.late]);
    expect(refs(w.adviceAwaitingConfirmation)).toEqual([ref.advice]);
    expect(w.returnedForAmendment).toEqual([]);
    expect(w.caseSummariesDue).toEqual([expect.objectContaining({ person, due: '2027-02-10', citationIds: ['nottinghamshire/case-summary', 'nottinghamshire/summaries'] })]);
    expect(w.digitalContactApprovals).toEqual([expect.objectContaining({ reference: ref.advice, reviewDate: '2027-02-18', reviewOverdue: false, channel: 'Text message' })]);
    expect(res.json.manager).toBeUndefined();
    expect(JSON.stringify(res.json)).not.toContain(ref.jo);
  });

  it("shows a line manager their team's records awaiting sign-off, advice to confirm, overdue recordings and approvals, with the actions", async () => {
    const res = await api.call('GET', '/api/my-work', undefined, SAM);
    expect(res.status).toBe(200);
    const m = res.json.manager;
    expect(m.people).toBe(1);
    expect(refs(m.awaitingReadAndAgreed).sort()).toEqual([ref.advice, ref.due, ref.late].sort());
    expect(refs(m.adviceAwaitingConfirmation)).toEqual([ref.advice]);
    expect(m.adviceAwaitingConfirmation[0].actions.map((a: { kind: string }) => a.kind)).toEqual(['advice-confirmed', 'read-and-agreed']);
    expect(refs(m.teamOverdue)).toEqual([ref.late]);
    expect(refs(m.approvalsToReview)).toEqual([ref.advice]);
    expect(JSON.stringify(res.json)).not.toContain(ref.jo);
    // Sam records nothing himself: his own lists are empty.
    expect(res.json.worker.recordingsDue).toEqual([]);
  });

  it('lists nobody else\'s records for someone outside the team (deny by default)', async () => {
    const res = await api.call('GET', '/api/my-work', undefined, JO);
    expect(res.json.manager).toBeUndefined();
    expect(refs(res.json.worker.recordingsOverdue)).toEqual([ref.jo]);
    expect(JSON.stringify(res.json)).not.toMatch(new RegExp(`${ref.due}|${ref.late}|${ref.advice}`));
  });

  it('moves a record through the lists as the manager returns it, the worker amends it and the manager signs it off', async () => {
    const back = await api.call('POST', `/api/recordings/${ref.late}/sign-off`, { kind: 'returned-for-amendment', note: 'Add who else was at the visit.' }, SAM);
    expect(back.status).toBe(201);
    let alex = (await api.call('GET', '/api/my-work', undefined, ALEX)).json;
    expect(alex.worker.returnedForAmendment).toEqual([expect.objectContaining({ reference: ref.late, returnedNote: 'Add who else was at the visit.' })]);

    const noNote = await api.call('POST', `/api/recordings/${ref.late}/sign-off`, { kind: 'returned-for-amendment' }, SAM);
    expect(noNote.status).toBe(400);
    expect(noNote.json.error.fields).toEqual([expect.objectContaining({ field: 'note' })]);

    const amended = await api.call('POST', `/api/recordings/${ref.late}/amendments`, { reason: 'Returned by Sam', text: 'Also present: Jo Student.' }, ALEX);
    expect(amended.status).toBe(201);
    alex = (await api.call('GET', '/api/my-work', undefined, ALEX)).json;
    expect(alex.worker.returnedForAmendment).toEqual([]);
    const sam = (await api.call('GET', '/api/my-work', undefined, SAM)).json;
    const late = sam.manager.awaitingReadAndAgreed.find((i: { reference: string }) => i.reference === ref.late);
    expect(late.actions).toEqual([
      { kind: 'amendment-confirmed', amendmentId: amended.json.amendment.id, label: 'Confirm amendment' },
      { kind: 'read-and-agreed', label: 'Sign off: read and agreed' },
    ]);

    expect((await api.call('POST', `/api/recordings/${ref.late}/sign-off`, {}, SAM)).status).toBe(201);
    const after = (await api.call('GET', '/api/my-work', undefined, SAM)).json;
    expect(refs(after.manager.teamOverdue)).toEqual([]);
    expect(refs(after.manager.awaitingReadAndAgreed)).not.toContain(ref.late);
  });

  it('refuses a caller it cannot identify, or one the organisation does not know, saying why', async () => {
    const res = await api.call('GET', '/api/my-work', undefined, { 'x-local-user-id': 'not valid!' });
    expect(res.status).toBe(401);
    expect(res.json.error.message).toMatch(/X-Local-User-Id/);
    const stranger = await api.call('GET', '/api/my-work', undefined, { 'x-local-user-id': 'kim.stranger' });
    expect(stranger.status).toBe(403);
    expect(stranger.json.error.message).toMatch(/not in this organisation's directory/);
  });
});
