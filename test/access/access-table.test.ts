import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/client';
import { provisionSite } from '../../src/graph/provision';
import { OnBehalfOfTokenProvider } from '../../src/graph/tokens';
import { SharePointRecordStore } from '../../src/recording/sharepoint-store';
import { contactRecording, startTestApi, supervisionNote, type TestApi } from '../api/support';
import { igLead as standinIgLead, TOKENS } from '../graph/harness';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { OTHER_TENANT, startTestIssuer, TEST_AUDIENCE, TEST_TENANT, type TestIssuer } from '../support/issuer/test-issuer';
import { ALLOCATED_PERSON, AUTHOR_STAFF_FILE, PEOPLE, writeDirectoryFile } from '../support/org-directory';

// Who may see and change a record, over HTTP, against both stores: each route, each role, exactly the expected status;
// a refusal changes nothing; every attempt is in the access log, and nothing of the records' content is.

type Role = keyof typeof PEOPLE | 'otherTenant' | 'appOnly' | 'idToken';
const ROLES: Role[] = ['author', 'sameTeam', 'otherTeam', 'lineManager', 'headOfService', 'igLead', 'otherTenant', 'appOnly', 'idToken'];
const SECRET = 'SECRET-CONTENT-7c1f';

interface Fixture {
  ref: string;
  amendmentId?: string;
}
interface Request {
  method: string;
  path: string;
  body?: unknown;
}
interface RouteCase {
  name: string;
  /** Read-only routes share one fixture; a change gets a fresh record for every role. */
  changes: boolean;
  setup: (h: Harness) => Promise<Fixture>;
  request: (f: Fixture) => Request;
  /** Which access-log entries the attempt lands in. */
  log: (f: Fixture) => string;
  expect: Record<Exclude<Role, 'otherTenant' | 'appOnly' | 'idToken'>, number>;
}

interface Harness {
  api: TestApi;
  call(role: Role, r: Request): Promise<{ status: number; json: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const contact = () => contactRecording({ person: { reference: ALLOCATED_PERSON, name: 'Casey Child', dateOfBirth: '2011-04-02' }, content: { form: 'transcript', text: `${SECRET} transcript` }, purpose: `${SECRET} purpose ${randomUUID()}` });
const note = (setting: string) =>
  supervisionNote({ person: { reference: ALLOCATED_PERSON, name: 'Casey Child' }, setting, supervisee: { name: 'Alex Practitioner', reference: AUTHOR_STAFF_FILE }, discussion: `${SECRET} discussion ${randomUUID()}` });

async function create(h: Harness, body: unknown): Promise<Fixture> {
  const res = await h.call('author', { method: 'POST', path: '/api/recordings', body });
  expect(res.status).toBe(201);
  return { ref: res.json.reference };
}

const CASES: RouteCase[] = [
  {
    name: 'read a record',
    changes: false,
    setup: (h) => create(h, contact()),
    request: (f) => ({ method: 'GET', path: `/api/recordings/${f.ref}` }),
    log: (f) => `record=${f.ref}`,
    expect: { author: 200, sameTeam: 200, otherTeam: 403, lineManager: 200, headOfService: 200, igLead: 403 },
  },
  {
    name: "list a person's records",
    changes: false,
    setup: (h) => create(h, contact()),
    request: () => ({ method: 'GET', path: `/api/recordings?person=${ALLOCATED_PERSON}` }),
    log: () => `person=${ALLOCATED_PERSON}`,
    expect: { author: 200, sameTeam: 200, otherTeam: 403, lineManager: 200, headOfService: 200, igLead: 403 },
  },
  {
    name: 'list a supervision file',
    changes: false,
    setup: (h) => create(h, note('formal-supervision')),
    request: () => ({ method: 'GET', path: `/api/recordings?supervisionFile=${AUTHOR_STAFF_FILE}` }),
    log: () => `supervisionFile=${AUTHOR_STAFF_FILE}`,
    expect: { author: 200, sameTeam: 403, otherTeam: 403, lineManager: 200, headOfService: 200, igLead: 200 },
  },
  {
    name: 'read the access log',
    changes: false,
    setup: (h) => create(h, contact()),
    request: (f) => ({ method: 'GET', path: `/api/access-log?record=${f.ref}` }),
    log: () => 'action=read-access-log',
    expect: { author: 403, sameTeam: 403, otherTeam: 403, lineManager: 403, headOfService: 403, igLead: 200 },
  },
  {
    name: 'file a contact recording on an allocated person',
    changes: true,
    setup: async () => ({ ref: '' }),
    request: () => ({ method: 'POST', path: '/api/recordings', body: contact() }),
    log: () => 'action=create',
    expect: { author: 201, sameTeam: 201, otherTeam: 403, lineManager: 201, headOfService: 403, igLead: 403 },
  },
  {
    name: 'amend',
    changes: true,
    setup: (h) => create(h, contact()),
    request: (f) => ({ method: 'POST', path: `/api/recordings/${f.ref}/amendments`, body: { reason: 'Time was wrong', text: `${SECRET} amended` } }),
    log: (f) => `record=${f.ref}`,
    expect: { author: 201, sameTeam: 403, otherTeam: 403, lineManager: 201, headOfService: 403, igLead: 403 },
  },
  {
    name: 'sign off as read and agreed',
    changes: true,
    setup: (h) => create(h, contact()),
    request: (f) => ({ method: 'POST', path: `/api/recordings/${f.ref}/sign-off`, body: { note: 'Read and agreed' } }),
    log: (f) => `record=${f.ref}`,
    expect: { author: 403, sameTeam: 403, otherTeam: 403, lineManager: 201, headOfService: 403, igLead: 403 },
  },
  {
    name: 'confirm an amendment',
    changes: true,
    setup: async (h) => {
      const f = await create(h, contact());
      const a = await h.call('author', { method: 'POST', path: `/api/recordings/${f.ref}/amendments`, body: { reason: 'Missing detail', text: `${SECRET} added` } });
      expect(a.status).toBe(201);
      return { ...f, amendmentId: a.json.amendment.id };
    },
    request: (f) => ({ method: 'POST', path: `/api/recordings/${f.ref}/sign-off`, body: { kind: 'amendment-confirmed', amendmentId: f.amendmentId } }),
    log: (f) => `record=${f.ref}`,
    expect: { author: 403, sameTeam: 403, otherTeam: 403, lineManager: 201, headOfService: 403, igLead: 403 },
  },
  {
    name: 'confirm advice given outside supervision',
    changes: true,
    setup: (h) => create(h, note('advice-outside-supervision')),
    request: (f) => ({ method: 'POST', path: `/api/recordings/${f.ref}/sign-off`, body: { kind: 'advice-confirmed' } }),
    log: (f) => `record=${f.ref}`,
    expect: { author: 403, sameTeam: 403, otherTeam: 403, lineManager: 201, headOfService: 403, igLead: 403 },
  },
  {
    name: 'withdraw a wrong-person entry',
    changes: true,
    setup: (h) => create(h, contact()),
    request: (f) => ({ method: 'POST', path: `/api/recordings/${f.ref}/withdrawal`, body: { reason: 'Entered on the wrong child' } }),
    log: (f) => `record=${f.ref}`,
    expect: { author: 403, sameTeam: 403, otherTeam: 403, lineManager: 200, headOfService: 403, igLead: 200 },
  },
];

function runTable(storeName: string, start: (issuer: TestIssuer, directory: string) => Promise<{ api: TestApi; stop(): Promise<void> }>): void {
  describe(`who may see and change a record (${storeName} store)`, () => {
    let issuer: TestIssuer;
    let started: { api: TestApi; stop(): Promise<void> };
    let h: Harness;
    const attempts: { role: Role; status: number }[] = [];

    beforeAll(async () => {
      issuer = await startTestIssuer();
      started = await start(issuer, writeDirectoryFile());
      const token = async (role: Role): Promise<string> => {
        if (role === 'otherTenant') return issuer.mint({ tenantId: OTHER_TENANT, claims: { oid: PEOPLE.author.id, name: PEOPLE.author.name } });
        if (role === 'appOnly') return issuer.mint({ claims: { oid: randomUUID(), name: undefined, scp: undefined, roles: ['Recordings.ReadWrite.All'], idtyp: 'app' } });
        if (role === 'idToken') return issuer.mint({ claims: { oid: PEOPLE.author.id, name: PEOPLE.author.name, scp: undefined, nonce: 'n-0S6_WzA2Mj' } });
        return issuer.mint({ claims: { oid: PEOPLE[role].id, name: PEOPLE[role].name } });
      };
      h = {
        api: started.api,
        call: async (role, r) => started.api.call(r.method, r.path, r.body, { authorization: `Bearer ${await token(role)}` }),
      };
    }, 60_000);
    afterAll(async () => {
      await started?.stop();
      await issuer?.close();
    });

    const logFor = async (query: string) => {
      const res = await h.call('igLead', { method: 'GET', path: `/api/access-log?${query}` });
      expect(res.status).toBe(200);
      return res.json.entries as { userId: string | null; allowed: boolean; action: string; basis: string }[];
    };
    // What the line manager (who may read every record here) sees of a record, and the person's list: the store's state.
    const snapshot = async (f: Fixture) => {
      const list = await h.call('lineManager', { method: 'GET', path: `/api/recordings?person=${ALLOCATED_PERSON}&includeWithdrawn=true` });
      const one = f.ref ? await h.call('lineManager', { method: 'GET', path: `/api/recordings/${f.ref}` }) : undefined;
      return JSON.stringify({ list: list.json, one: one?.json });
    };

    for (const c of CASES) {
      it(`${c.name}: each role gets exactly the expected status; refusals change nothing and every attempt is logged`, async () => {
        let shared: Fixture | undefined;
        for (const role of ROLES) {
          const f = c.changes ? await c.setup(h) : (shared ??= await c.setup(h));
          const expected = role === 'otherTenant' || role === 'appOnly' || role === 'idToken' ? 401 : c.expect[role];
          const before = expected >= 400 ? await snapshot(f) : '';
          const logBefore = (await logFor(c.log(f))).length;
          const res = await h.call(role, c.request(f));
          expect({ role, status: res.status, error: res.json?.error?.message }).toMatchObject({ role, status: expected });
          attempts.push({ role, status: res.status });
          if (expected === 401) expect(res.json.error.message).toMatch(role === 'otherTenant' ? /another organisation/ : role === 'appOnly' ? /app-only/ : /not an access token/);
          if (expected === 403) expect(res.json.error.message.length).toBeGreaterThan(20);
          const entries = await logFor(c.log(f));
          // Reading the access log is itself logged: the IG lead's look at it comes on top.
          const own = c.log(f) === 'action=read-access-log' ? 1 : 0;
          expect(entries.length, `${role}: one access-log entry`).toBe(logBefore + 1 + own);
          const newest = entries[own]!;
          expect(newest.allowed).toBe(expected < 400);
          expect(newest.userId).toBe(expected === 401 ? null : PEOPLE[role as keyof typeof PEOPLE].id);
          if (expected >= 400) expect(await snapshot(f)).toBe(before);
        }
      }, 120_000);
    }

    it('keeps none of the records’ content in the access log', async () => {
      expect(attempts.length).toBe(CASES.length * ROLES.length);
      const all = JSON.stringify([await logFor(`person=${ALLOCATED_PERSON}`), await logFor('action=create'), await logFor('action=read-access-log'), await logFor(`supervisionFile=${AUTHOR_STAFF_FILE}`)]);
      expect(all).not.toMatch(new RegExp(`${SECRET}|Casey|transcript|Entered on the wrong child|Time was wrong|Read and agreed`));
      expect(all).toContain('"basis":"caseload"');
      expect(all).toContain('"basis":"unauthenticated"');
    });
  });
}

const ENV = (issuer: TestIssuer, directory: string) => ({
  MicrosoftAppId: TEST_AUDIENCE,
  MicrosoftAppPassword: 'stand-in-app-secret',
  MicrosoftAppTenantId: TEST_TENANT,
  HOST: '127.0.0.1',
  OPENID_METADATA_URL: issuer.metadataUrl,
  ORG_DIRECTORY: directory,
});

runTable('embedded SQLite', async (issuer, directory) => {
  const api = await startTestApi(ENV(issuer, directory));
  return { api, stop: () => api.stop() };
});

runTable('SharePoint', async (issuer, directory) => {
  const APP_SECRET = 'stand-in-app-secret';
  const standin: GraphStandIn = await startGraphStandIn({
    users: { [TOKENS.igLead]: { id: standinIgLead.userId, displayName: standinIgLead.name } },
    obo: { tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET },
  });
  for (const p of Object.values(PEOPLE)) standin.addUser(`direct-${randomUUID()}`, { id: p.id, displayName: p.name });
  const base = { baseUrl: standin.origin, fetch: standin.fetch, retryDelaySeconds: 0 };
  await provisionSite(await createGraphClient({ ...base, tokens: { graphToken: async () => TOKENS.igLead } }, standinIgLead), standin.siteId);
  const graph = { ...base, tokens: new OnBehalfOfTokenProvider({ tenantId: TEST_TENANT, clientId: TEST_AUDIENCE, clientSecret: APP_SECRET, authority: standin.origin, fetch: standin.fetch }) };
  const api = await startTestApi({ ...ENV(issuer, directory), RECORD_STORE: 'sharepoint', SHAREPOINT_SITE_ID: standin.siteId, GRAPH_BASE_URL: standin.origin }, { recordings: { store: new SharePointRecordStore({ siteId: standin.siteId, graph }) } });
  return {
    api,
    stop: async () => {
      await api.stop();
      await standin.close();
    },
  };
});
