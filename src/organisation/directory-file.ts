import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config';
import type { Allocation } from './allocations';
import type { Member, OrganisationDirectory } from './model';

// The organisation as a JSON file (local mode and tests); format in src/organisation/README.md.

const id = z.string().trim().min(1).max(200);
export const DirectoryFileSchema = z.strictObject({
  whoCanAdd: z.string().trim().min(1).max(500).optional(),
  teams: z.array(z.strictObject({ id, name: z.string().trim().min(1).max(200) })).max(10_000),
  people: z
    .array(
      z.strictObject({
        id,
        name: z.string().trim().min(1).max(200),
        teams: z.array(id).max(100).default([]),
        lineManager: id.optional(),
        igLead: z.boolean().default(false),
        staffReference: id.optional(),
      }),
    )
    .max(100_000),
  allocations: z.array(z.strictObject({ person: id, team: id, worker: id.optional() })).max(1_000_000).default([]),
});
export type DirectoryFile = z.infer<typeof DirectoryFileSchema>;

export class FileDirectory implements OrganisationDirectory {
  readonly whoCanAdd: string;
  readonly allocations: readonly Allocation[];
  private readonly byId = new Map<string, Member>();
  private readonly byStaffReference = new Map<string, Member>();

  constructor(file: DirectoryFile) {
    const teams = new Set(file.teams.map((t) => t.id));
    const problems: string[] = [];
    for (const p of file.people) {
      const m: Member = { id: p.id, name: p.name, teams: p.teams, igLead: p.igLead, ...(p.lineManager ? { lineManagerId: p.lineManager } : {}), ...(p.staffReference ? { staffReference: p.staffReference } : {}) };
      if (this.byId.has(p.id)) problems.push(`person ${p.id} is listed twice`);
      this.byId.set(p.id, m);
      if (p.staffReference) this.byStaffReference.set(p.staffReference, m);
      for (const t of p.teams) if (!teams.has(t)) problems.push(`person ${p.id} is in unknown team ${t}`);
    }
    for (const p of file.people) if (p.lineManager && !this.byId.has(p.lineManager)) problems.push(`person ${p.id} has unknown line manager ${p.lineManager}`);
    for (const a of file.allocations) {
      if (!teams.has(a.team)) problems.push(`allocation of ${a.person} names unknown team ${a.team}`);
      if (a.worker && !this.byId.has(a.worker)) problems.push(`allocation of ${a.person} names unknown worker ${a.worker}`);
    }
    if (problems.length > 0) throw new ConfigError(`The organisation directory has problems: ${problems.slice(0, 5).join('; ')}.`);
    this.allocations = file.allocations.map((a) => ({ person: a.person, team: a.team, ...(a.worker ? { worker: a.worker } : {}) }));
    const leads = file.people.filter((p) => p.igLead).map((p) => `${p.name} (IG lead)`);
    this.whoCanAdd = file.whoCanAdd ?? (leads.length > 0 ? leads.join(' or ') : 'your information-governance lead');
  }

  async member(memberId: string): Promise<Member | undefined> {
    return this.byId.get(memberId);
  }

  async directReports(managerId: string): Promise<Member[]> {
    return [...this.byId.values()].filter((m) => m.lineManagerId === managerId);
  }

  async memberByStaffReference(staffReference: string): Promise<Member | undefined> {
    return this.byStaffReference.get(staffReference);
  }
}

/** Reads and checks a directory file; any problem is one ConfigError line naming the file. */
export function loadDirectoryFile(path: string): FileDirectory {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`ORG_DIRECTORY ${path} could not be read as JSON (${(err as NodeJS.ErrnoException).code ?? 'invalid JSON'}).`);
  }
  return fromJson(raw, `ORG_DIRECTORY ${path}`);
}

export function fromJson(raw: unknown, source: string): FileDirectory {
  const parsed = DirectoryFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`${source} is not a valid directory: ${first?.path.join('.')}: ${first?.message} (format: src/organisation/README.md).`);
  }
  return new FileDirectory(parsed.data);
}
