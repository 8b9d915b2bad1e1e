import { LRUCache } from 'lru-cache';
import type { Principal } from '../auth/principal';
import { createGraphClient, type GraphClientSettings } from '../graph/client';
import { statusOf } from '../graph/errors';
import { StoreUnavailableError } from '../recording/errors';
import type { Member, OrganisationDirectory } from './model';

// The organisation from Microsoft Graph: a user's manager (/users/{id}/manager), group membership for teams
// (/users/{id}/memberOf), the IG leads' group, and employeeId as the supervision file reference. Cached briefly.

export interface GraphDirectorySettings {
  graph: GraphClientSettings;
  /** Members of this Entra group are IG leads. */
  igLeadGroupId?: string;
  /** Said to a user the directory does not know. */
  whoCanAdd: string;
  /** How long a looked-up member is trusted (default 5 minutes). */
  cacheSeconds?: number;
}

interface GraphUser {
  id: string;
  displayName?: string | null;
  employeeId?: string | null;
}

const ODATA_ID = /^[A-Za-z0-9._@-]{1,200}$/;

export class GraphDirectory implements OrganisationDirectory {
  readonly whoCanAdd: string;
  /** null: Graph said there is no such user (remembered too, so unknown ids do not hammer Graph). */
  private readonly members: LRUCache<string, Member | { none: true }>;
  private readonly staff: LRUCache<string, string | { none: true }>;
  private readonly reports: LRUCache<string, string[]>;

  constructor(private readonly settings: GraphDirectorySettings) {
    this.whoCanAdd = settings.whoCanAdd;
    const ttl = (settings.cacheSeconds ?? 300) * 1000;
    this.members = new LRUCache({ max: 10_000, ttl });
    this.staff = new LRUCache({ max: 10_000, ttl });
    this.reports = new LRUCache({ max: 10_000, ttl });
  }

  async member(id: string, asker: Principal): Promise<Member | undefined> {
    const cached = this.members.get(id);
    if (cached) return 'none' in cached ? undefined : cached;
    if (!ODATA_ID.test(id)) return undefined;
    const found = await this.fetchMember(id, asker);
    this.members.set(id, found ?? { none: true });
    return found;
  }

  /** /users/{id}/directReports (every page; people only, not contacts): the My records tab's team. */
  async directReports(managerId: string, asker: Principal): Promise<string[]> {
    const cached = this.reports.get(managerId);
    if (cached) return cached;
    if (!ODATA_ID.test(managerId)) return [];
    const ids = await this.call(async () => {
      const client = await createGraphClient(this.settings.graph, asker);
      const found: string[] = [];
      type Page = { value: { id: string; '@odata.type'?: string }[]; '@odata.nextLink'?: string };
      let page = (await client.api(`/users/${managerId}/directReports`).select(['id']).get().catch((err: unknown) => {
        if (statusOf(err) === 404) return { value: [] };
        throw err;
      })) as Page;
      for (;;) {
        found.push(...page.value.filter((p) => (p['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user').map((p) => p.id));
        const next = page['@odata.nextLink'];
        if (!next || found.length > 5000) break;
        page = (await client.api(next).get()) as Page;
      }
      return found;
    });
    this.reports.set(managerId, ids);
    return ids;
  }

  async memberByStaffReference(staffReference: string, asker: Principal): Promise<Member | undefined> {
    const cached = this.staff.get(staffReference);
    if (cached) return typeof cached === 'string' ? this.member(cached, asker) : undefined;
    if (!ODATA_ID.test(staffReference)) return undefined;
    const found = await this.call(async () => {
      const client = await createGraphClient(this.settings.graph, asker);
      // Filtering on employeeId is an advanced query: it needs ConsistencyLevel and $count.
      const res = (await client
        .api('/users')
        .header('ConsistencyLevel', 'eventual')
        .query({ $filter: `employeeId eq '${staffReference}'`, $select: 'id', $count: 'true' })
        .get()) as { value: GraphUser[] };
      return res.value.length === 1 ? res.value[0]?.id : undefined;
    });
    this.staff.set(staffReference, found ?? { none: true });
    return found === undefined ? undefined : this.member(found, asker);
  }

  private async fetchMember(id: string, asker: Principal): Promise<Member | undefined> {
    return this.call(async () => {
      const client = await createGraphClient(this.settings.graph, asker);
      const user = (await client.api(`/users/${id}`).select(['id', 'displayName', 'employeeId']).get().catch((err: unknown) => {
        if (statusOf(err) === 404) return undefined;
        throw err;
      })) as GraphUser | undefined;
      if (!user) return undefined;
      const manager = (await client.api(`/users/${id}/manager`).select(['id']).get().catch((err: unknown) => {
        if (statusOf(err) === 404) return undefined;
        throw err;
      })) as GraphUser | undefined;
      const groups: string[] = [];
      let page = (await client.api(`/users/${id}/memberOf`).select(['id']).get()) as { value: { id: string }[]; '@odata.nextLink'?: string };
      for (;;) {
        groups.push(...page.value.map((g) => g.id));
        const next = page['@odata.nextLink'];
        if (!next || groups.length > 5000) break;
        page = (await client.api(next).get()) as typeof page;
      }
      const igLead = this.settings.igLeadGroupId !== undefined && groups.includes(this.settings.igLeadGroupId);
      return {
        id: user.id,
        name: user.displayName ?? user.id,
        teams: groups,
        igLead,
        ...(manager ? { lineManagerId: manager.id } : {}),
        ...(user.employeeId ? { staffReference: user.employeeId } : {}),
      } satisfies Member;
    });
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
      throw new StoreUnavailableError('Your access could not be checked: the organisation directory (Microsoft Graph) did not answer. Nothing was read or saved. Try again shortly.');
    }
  }
}
