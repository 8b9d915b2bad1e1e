import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { ConfigError } from '../../src/config';
import { PassThroughTokenProvider } from '../../src/graph/tokens';
import { fromJson, loadDirectoryFile } from '../../src/organisation/directory-file';
import { GraphDirectory } from '../../src/organisation/graph-directory';
import { managerChain } from '../../src/organisation/model';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { accessDirectory, PEOPLE, writeDirectoryFile } from '../support/org-directory';

const asker: Principal = { userId: PEOPLE.author.id, name: PEOPLE.author.name, tenantId: 't', accessToken: 'token-author' };

describe('organisation directory file', () => {
  it('reads people, teams, line managers, IG leads and allocations, and says who can add a stranger', async () => {
    const d = loadDirectoryFile(writeDirectoryFile());
    const author = await d.member(PEOPLE.author.id);
    expect(author).toMatchObject({ name: PEOPLE.author.name, teams: ['team-north'], lineManagerId: PEOPLE.lineManager.id, igLead: false, staffReference: 'STAFF-0042' });
    expect(await managerChain(d, author!, asker)).toEqual([PEOPLE.lineManager.id, PEOPLE.headOfService.id]);
    expect((await d.memberByStaffReference('STAFF-0042'))?.id).toBe(PEOPLE.author.id);
    expect(await d.member('someone-else')).toBeUndefined();
    expect(d.whoCanAdd).toBe('Pat IG Lead (IG lead)');
    expect(d.allocations).toEqual([{ person: 'P-NORTH-1', team: 'team-north', worker: PEOPLE.author.id }]);
  });

  it('refuses a directory with a dangling line manager or team, in one line naming the problem', () => {
    const bad = accessDirectory();
    bad.people[0]!.lineManager = 'nobody';
    bad.allocations.push({ person: 'P-9', team: 'team-west' });
    expect(() => fromJson(bad, 'test directory')).toThrow(ConfigError);
    expect(() => fromJson(bad, 'test directory')).toThrow(/unknown line manager nobody; allocation of P-9 names unknown team team-west/);
    expect(() => fromJson({ people: 'x' }, 'test directory')).toThrow(/test directory is not a valid directory: .*README/);
    expect(() => loadDirectoryFile('no-such-directory.json')).toThrow(/ORG_DIRECTORY no-such-directory.json could not be read.*ENOENT/);
  });

  it('stops at a cycle of line managers', async () => {
    const looped = accessDirectory();
    looped.people.find((p) => p.id === PEOPLE.headOfService.id)!.lineManager = PEOPLE.lineManager.id;
    const d = fromJson(looped, 'looped');
    expect(await managerChain(d, (await d.member(PEOPLE.author.id))!, asker)).toEqual([PEOPLE.lineManager.id, PEOPLE.headOfService.id]);
  });
});

describe('organisation directory from Microsoft Graph (local HTTPS stand-in)', () => {
  let standin: GraphStandIn;
  const IG_GROUP = 'group-ig-leads';
  beforeAll(async () => {
    standin = await startGraphStandIn({ pageSize: 2 });
    standin.addUser('token-author', { id: PEOPLE.author.id, displayName: PEOPLE.author.name, managerId: PEOPLE.lineManager.id, groupIds: ['team-north', 'all-staff', 'choir'], employeeId: 'STAFF-0042' });
    standin.addUser('token-manager', { id: PEOPLE.lineManager.id, displayName: PEOPLE.lineManager.name, managerId: PEOPLE.headOfService.id, groupIds: ['team-north'] });
    standin.addUser('token-head', { id: PEOPLE.headOfService.id, displayName: PEOPLE.headOfService.name });
    standin.addUser('token-ig', { id: PEOPLE.igLead.id, displayName: PEOPLE.igLead.name, groupIds: [IG_GROUP] });
  });
  afterAll(async () => standin?.close());

  const directory = () => new GraphDirectory({ graph: { baseUrl: standin.origin, tokens: new PassThroughTokenProvider(), fetch: standin.fetch, retryDelaySeconds: 0 }, igLeadGroupId: IG_GROUP, whoCanAdd: 'the service desk' });

  it('reads a member’s manager, teams (every page of group membership), IG lead group and employeeId, as the asker', async () => {
    const d = directory();
    expect(await d.member(PEOPLE.author.id, asker)).toEqual({ id: PEOPLE.author.id, name: PEOPLE.author.name, teams: ['team-north', 'all-staff', 'choir'], igLead: false, lineManagerId: PEOPLE.lineManager.id, staffReference: 'STAFF-0042' });
    expect(await d.member(PEOPLE.headOfService.id, asker)).toEqual({ id: PEOPLE.headOfService.id, name: PEOPLE.headOfService.name, teams: [], igLead: false });
    expect((await d.member(PEOPLE.igLead.id, asker))?.igLead).toBe(true);
    expect(await managerChain(d, (await d.member(PEOPLE.author.id, asker))!, asker)).toEqual([PEOPLE.lineManager.id, PEOPLE.headOfService.id]);
    expect((await d.memberByStaffReference('STAFF-0042', asker))?.id).toBe(PEOPLE.author.id);
    expect(await d.memberByStaffReference('STAFF-9999', asker)).toBeUndefined();
    expect(await d.member('00000000-dead-4000-8000-000000000000', asker)).toBeUndefined();
    expect(standin.requests.every((r) => r.headers.authorization === 'Bearer token-author')).toBe(true);
  });

  it('keeps answers briefly, so a page of records costs Graph a handful of calls, not one per record', async () => {
    const d = directory();
    await d.member(PEOPLE.author.id, asker);
    const before = standin.requests.length;
    for (let i = 0; i < 20; i++) await d.member(PEOPLE.author.id, asker);
    expect(standin.requests.length).toBe(before);
  });

  it('says the directory did not answer (503) rather than guessing when Graph fails', async () => {
    standin.faults.inject({ method: 'GET', path: /\/users\/[^/]+$/, times: 10, fault: { kind: 'odata-error', status: 500, code: 'generalException', message: 'x' } });
    await expect(directory().member(PEOPLE.sameTeam.id, asker)).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/organisation directory/) });
    standin.faults.clear();
  });
});
