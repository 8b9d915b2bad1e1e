import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal';
import { PassThroughTokenProvider } from '../../src/graph/tokens';
import { fromJson } from '../../src/organisation/directory-file';
import { GraphDirectory } from '../../src/organisation/graph-directory';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { accessDirectory, PEOPLE } from '../support/org-directory';

// A line manager's team for the My records tab: the people whose line manager they are, from either directory.
const asker: Principal = { userId: PEOPLE.lineManager.id, name: PEOPLE.lineManager.name, tenantId: 't', accessToken: 'token-manager' };

describe('direct reports', () => {
  it('come from the directory file\'s lineManager entries', async () => {
    const d = fromJson(accessDirectory(), 'test directory');
    expect((await d.directReports(PEOPLE.lineManager.id)).sort()).toEqual([PEOPLE.author.id, PEOPLE.sameTeam.id].sort());
    expect(await d.directReports(PEOPLE.headOfService.id)).toEqual(expect.arrayContaining([PEOPLE.lineManager.id, PEOPLE.otherTeam.id]));
    expect(await d.directReports(PEOPLE.author.id)).toEqual([]);
  });

  describe('from Microsoft Graph (local HTTPS stand-in)', () => {
    let standin: GraphStandIn;
    beforeAll(async () => {
      standin = await startGraphStandIn({ pageSize: 1 });
      standin.addUser('token-author', { id: PEOPLE.author.id, displayName: PEOPLE.author.name, managerId: PEOPLE.lineManager.id });
      standin.addUser('token-same', { id: PEOPLE.sameTeam.id, displayName: PEOPLE.sameTeam.name, managerId: PEOPLE.lineManager.id });
      standin.addUser('token-manager', { id: PEOPLE.lineManager.id, displayName: PEOPLE.lineManager.name });
    });
    afterAll(async () => standin?.close());
    const directory = () => new GraphDirectory({ graph: { baseUrl: standin.origin, tokens: new PassThroughTokenProvider(), fetch: standin.fetch, retryDelaySeconds: 0 }, whoCanAdd: 'the service desk' });

    it('reads every page of /users/{id}/directReports as the asker, and keeps the answer briefly', async () => {
      const d = directory();
      expect((await d.directReports(PEOPLE.lineManager.id, asker)).sort()).toEqual([PEOPLE.author.id, PEOPLE.sameTeam.id].sort());
      const calls = standin.requests.length;
      await d.directReports(PEOPLE.lineManager.id, asker);
      expect(standin.requests.length).toBe(calls);
      expect(await d.directReports(PEOPLE.author.id, asker)).toEqual([]);
      expect(standin.requests.every((r) => r.headers.authorization === 'Bearer token-manager')).toBe(true);
    });

    it('says the directory did not answer (503) rather than showing an empty team when Graph fails', async () => {
      standin.faults.inject({ method: 'GET', path: /directReports$/, times: 10, fault: { kind: 'odata-error', status: 500, code: 'generalException', message: 'x' } });
      await expect(directory().directReports(PEOPLE.lineManager.id, asker)).rejects.toMatchObject({ status: 503 });
      standin.faults.clear();
    });
  });
});
