import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactRecording, eml, startTestApi, supervisionNote, type TestApi } from './support';

// Dates of birth that cannot be right, and names made of invisible characters, are refused with what to fix.
describe('plausible dates of birth and visible names', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({}, { now: () => new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(async () => api?.stop());

  const person = (dateOfBirth: string, name = 'Casey Child') => ({ reference: 'P-DOB-1', name, dateOfBirth, recordCategory: 'looked-after-child' });

  it.each([
    ['9999-12-31', /after the date of the contact \(2026-11-20\)/],
    ['2026-11-21', /after the date of the contact/],
    ['1900-01-01', /more than 120 years before the contact/],
  ])('refuses a date of birth of %s on a contact recording', async (dob, message) => {
    const res = await api.call('POST', '/api/recordings', contactRecording({ person: person(dob) }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([{ field: 'person.dateOfBirth', message: expect.stringMatching(message) }]);
  });

  it('accepts a birth on the day of the contact and 119 years before it', async () => {
    expect((await api.call('POST', '/api/recordings', contactRecording({ person: person('2026-11-20') }))).status).toBe(201);
    expect((await api.call('POST', '/api/recordings', contactRecording({ person: person('1907-11-21') }))).status).toBe(201);
  });

  it('refuses a birth after the supervision on a supervision-decision note', async () => {
    const res = await api.call('POST', '/api/recordings', supervisionNote({ person: { reference: 'P-DOB-2', name: 'Casey', dateOfBirth: '2027-01-01' } }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields[0].field).toBe('person.dateOfBirth');
  });

  it('refuses an e-mail filed with an impossible date of birth, storing no file', async () => {
    const res = await api.call('POST', '/api/emails?person=P-DOB-3&personName=Casey&direction=incoming&purpose=Update&dateOfBirth=9999-12-31&recordCategory=child-protection', eml(), { 'content-type': 'message/rfc822' });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual([{ field: 'dateOfBirth', message: expect.stringMatching(/after the date of the contact/) }]);
    expect(res.text).not.toContain('+010074');
  });

  it.each([['\u200B'], ['\u200B\u200C\u200D\u2060'], ['\uFEFF\u200B']])('refuses a name of invisible characters only (%j)', async (name) => {
    const res = await api.call('POST', '/api/recordings', contactRecording({ person: { reference: 'P-ZW', name } }));
    expect(res.status).toBe(400);
    expect(res.json.error.fields.map((f: { field: string }) => f.field)).toContain('person.name');
  });
});
