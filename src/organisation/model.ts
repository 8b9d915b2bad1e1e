import type { Principal } from '../auth/principal';

// Who works where: people by Entra object id, their teams, line manager and whether they are an IG lead.

export interface Member {
  /** Entra object id (oid), or the local identity's id in local mode. */
  id: string;
  name: string;
  /** Team ids (Entra group ids with a tenant). */
  teams: readonly string[];
  /** The member's line manager's id; absent at the top of the organisation. */
  lineManagerId?: string;
  /** Information-governance leads see supervision files and the access log, and may withdraw entries. */
  igLead: boolean;
  /** The member's supervision file reference (e.g. STAFF-0042; Entra employeeId with a tenant). */
  staffReference?: string;
}

/** The organisation model the access rules read. Lookups act as the asker (their delegated token with a tenant). */
export interface OrganisationDirectory {
  member(id: string, asker: Principal): Promise<Member | undefined>;
  /** The member whose supervision file this is. */
  memberByStaffReference(staffReference: string, asker: Principal): Promise<Member | undefined>;
  /** The people whose line manager this member is (a directory file knows them; Graph does not implement it yet). */
  directReports?(managerId: string, asker: Principal): Promise<Member[]>;
  /** Who can add someone to the directory, in words: "Pat Lead (IG lead)". */
  readonly whoCanAdd: string;
}

/** Longest line-manager chain followed; guards against a cycle in the directory. */
export const MAX_CHAIN = 12;

/** The member's line managers, nearest first. */
export async function managerChain(directory: OrganisationDirectory, member: Member, asker: Principal): Promise<string[]> {
  const chain: string[] = [];
  let next = member.lineManagerId;
  while (next !== undefined && !chain.includes(next) && next !== member.id && chain.length < MAX_CHAIN) {
    chain.push(next);
    next = (await directory.member(next, asker))?.lineManagerId;
  }
  return chain;
}
