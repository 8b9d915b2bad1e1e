import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAccess } from '../../src/access/open';
import { decide, type RecordAction, type RecordFacts } from '../../src/access/rules';
import { fromJson } from '../../src/organisation/directory-file';
import type { Member } from '../../src/organisation/model';
import { newRecord, supervisionDetails } from '../support/store-contract';
import { accessDirectory, ALLOCATED_PERSON, PEOPLE } from '../support/org-directory';

// The rules alone, as a table: who may do what to a record written by the author, allocated to the north team.
const member = (id: string, teams: string[], extra: Partial<Member> = {}): Member => ({ id, name: id, teams, igLead: false, ...extra });
const author = member('author', ['north']);
const facts: RecordFacts = { authorId: 'author', authorChain: ['manager', 'head'], allocation: { person: 'P-1', team: 'north', worker: 'author' } };
const askers: Record<string, Member> = {
  author,
  colleague: member('colleague', ['north']),
  worker: member('worker', []),
  other: member('other', ['south']),
  manager: member('manager', []),
  head: member('head', []),
  ig: member('ig', [], { igLead: true }),
};
const TABLE: [RecordAction, string[]][] = [
  ['read', ['author', 'colleague', 'manager', 'head']],
  ['create', ['author', 'colleague']],
  ['amend', ['author', 'manager']],
  ['sign-off', ['manager']],
  ['confirm-advice', ['manager']],
  ['confirm-amendment', ['manager']],
  ['withdraw', ['manager', 'ig']],
];

describe('access rules', () => {
  it.each(TABLE)('%s is allowed for exactly %j', (action, allowed) => {
    const got = Object.entries(askers).filter(([, m]) => decide(action, m, facts).allowed).map(([k]) => k);
    expect(got).toEqual(allowed);
  });

  it('lets the allocated worker read even outside the team, and says why a refusal is one', () => {
    expect(decide('read', askers.worker!, { ...facts, allocation: { person: 'P-1', team: 'north', worker: 'worker' } })).toEqual({ allowed: true, basis: 'caseload' });
    const refused = decide('sign-off', author, facts);
    expect(refused).toEqual({ allowed: false, reason: 'A record is signed off by the line manager, not by its author.' });
  });

  it('opens a supervision-decision note to the supervisee, their line managers and IG leads', () => {
    const note: RecordFacts = { authorId: 'manager', authorChain: ['head'], supervision: { superviseeId: 'colleague', superviseeChain: ['manager', 'head'] } };
    const readers = Object.entries(askers).filter(([, m]) => decide('read', m, note).allowed).map(([k]) => k);
    expect(readers).toEqual(['colleague', 'manager', 'head', 'ig']);
  });
});

describe('what a user may see, for other features', () => {
  const dir = mkdtempSync(join(tmpdir(), 'access-visible-'));
  const access = openAccess({ dataDir: dir, directory: fromJson(accessDirectory(), 'test') });
  afterAll(() => {
    access.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const as = (p: { id: string; name: string }) => ({ userId: p.id, name: p.name, tenantId: 't' });

  it('keeps only the records the asker may read, logging each one shown', async () => {
    const mine = newRecord(as(PEOPLE.author), { person: { reference: ALLOCATED_PERSON, name: 'Casey' } });
    const elsewhere = newRecord(as(PEOPLE.otherTeam), { person: { reference: 'P-SOUTH-9', name: 'Robin' } });
    const file = newRecord(as(PEOPLE.lineManager), { details: supervisionDetails({ supervisee: { name: 'Alex', reference: 'STAFF-0042' } }) });
    const seen = await access.policy.visibleTo(as(PEOPLE.sameTeam), [mine, elsewhere, file], 'lookup-by-message-id');
    expect(seen.map((r) => r.id)).toEqual([mine.id]);
    expect((await access.policy.visibleTo(as(PEOPLE.author), [mine, elsewhere, file])).map((r) => r.id)).toEqual([mine.id, file.id]);
    expect(await access.policy.visibleTo({ userId: 'stranger', name: 'S', tenantId: 't' }, [mine])).toEqual([]);
    const log = access.policy.log.list({ action: 'lookup-by-message-id' });
    expect(log).toEqual([expect.objectContaining({ userId: PEOPLE.sameTeam.id, record: mine.id, allowed: true })]);
  });
});
