import type { DirectoryFile } from '../../../src/organisation/directory-file';

// A north team: two workers and a senior managed by Sam, Sam and the senior managed by Chris; local identities, so the
// recordings API's X-Local-User-Id ("alex" -> "local:alex") and the bot's from.id name the same people.
export const team: DirectoryFile = {
  teams: [{ id: 'team-north', name: 'North team' }],
  people: [
    { id: 'local:alex', name: 'Alex Worker', teams: ['team-north'], lineManager: 'local:sam', igLead: false, staffReference: 'STAFF-0043' },
    { id: 'local:kim', name: 'Kim Worker', teams: ['team-north'], lineManager: 'local:sam', igLead: false, staffReference: 'STAFF-0044' },
    { id: 'local:jo', name: 'Jo Senior', teams: ['team-north'], lineManager: 'local:chris', igLead: false, staffReference: 'STAFF-0045' },
    { id: 'local:sam', name: 'Sam Manager', teams: ['team-north'], lineManager: 'local:chris', igLead: false, staffReference: 'STAFF-0007' },
    { id: 'local:chris', name: 'Chris Head', teams: [], igLead: false },
  ],
  allocations: [
    { person: 'P-1', team: 'team-north', worker: 'local:alex' },
    { person: 'P-2', team: 'team-north', worker: 'local:kim' },
  ],
};
