import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DirectoryFile } from '../../src/organisation/directory-file';
import { TEST_USER } from './issuer/test-issuer';

// A small council for access tests: a team with its manager and head of service, another team, and an IG lead.

export const PEOPLE = {
  author: { id: TEST_USER.oid, name: TEST_USER.name },
  sameTeam: { id: '0f0f0f0f-2222-4222-8333-444444444444', name: 'Tess Teammate' },
  otherTeam: { id: '0f0f0f0f-3333-4222-8333-444444444444', name: 'Owen Otherteam' },
  lineManager: { id: '0f0f0f0f-4444-4222-8333-444444444444', name: 'Sam Manager' },
  headOfService: { id: '0f0f0f0f-5555-4222-8333-444444444444', name: 'Hana Head' },
  igLead: { id: '0f0f0f0f-6666-4222-8333-444444444444', name: 'Pat IG Lead' },
} as const;

export const ALLOCATED_PERSON = 'P-NORTH-1';
export const AUTHOR_STAFF_FILE = 'STAFF-0042';

export function accessDirectory(): DirectoryFile {
  return {
    teams: [
      { id: 'team-north', name: 'North team' },
      { id: 'team-south', name: 'South team' },
    ],
    people: [
      { ...PEOPLE.author, teams: ['team-north'], lineManager: PEOPLE.lineManager.id, igLead: false, staffReference: AUTHOR_STAFF_FILE },
      { ...PEOPLE.sameTeam, teams: ['team-north'], lineManager: PEOPLE.lineManager.id, igLead: false, staffReference: 'STAFF-0043' },
      { ...PEOPLE.otherTeam, teams: ['team-south'], lineManager: PEOPLE.headOfService.id, igLead: false },
      { ...PEOPLE.lineManager, teams: ['team-north'], lineManager: PEOPLE.headOfService.id, igLead: false, staffReference: 'STAFF-0007' },
      { ...PEOPLE.headOfService, teams: [], igLead: false },
      { ...PEOPLE.igLead, teams: [], igLead: true },
    ],
    allocations: [{ person: ALLOCATED_PERSON, team: 'team-north', worker: PEOPLE.author.id }],
  };
}

/** Writes the directory to a temp file for ORG_DIRECTORY. */
export function writeDirectoryFile(directory: DirectoryFile = accessDirectory()): string {
  const path = join(tmpdir(), `org-directory-${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify(directory), { mode: 0o600 });
  return path;
}
