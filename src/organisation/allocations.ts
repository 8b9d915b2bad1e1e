import type { Db, Migration } from '../store/database';

// Each child's or adult's record is allocated to a team (and a worker). Kept in the embedded access database,
// seeded from the directory file; an IG lead changes it through PUT /api/allocations/:person.

export interface Allocation {
  /** The person's record reference, e.g. P-1001. */
  person: string;
  team: string;
  worker?: string;
}

export const ALLOCATION_MIGRATIONS: readonly Migration[] = [
  {
    id: 'allocations-001-create',
    up: (db) =>
      db.exec(`CREATE TABLE allocations (
        person TEXT PRIMARY KEY,
        team TEXT NOT NULL,
        worker TEXT,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL
      )`),
  },
];

interface Row {
  person: string;
  team: string;
  worker: string | null;
}

const toAllocation = (r: Row): Allocation => ({ person: r.person, team: r.team, ...(r.worker !== null ? { worker: r.worker } : {}) });

export class AllocationStore {
  constructor(private readonly db: Db) {}

  /** Adds the directory file's allocations that are not there yet; an IG lead's later change is never overwritten. */
  seed(allocations: readonly Allocation[], at: string): void {
    const insert = this.db.prepare("INSERT OR IGNORE INTO allocations (person, team, worker, changed_by, changed_at) VALUES (?, ?, ?, 'directory-file', ?)");
    this.db.transaction(() => {
      for (const a of allocations) insert.run(a.person, a.team, a.worker ?? null, at);
    })();
  }

  get(person: string): Allocation | undefined {
    const row = this.db.prepare('SELECT person, team, worker FROM allocations WHERE person = ?').get(person) as Row | undefined;
    return row && toAllocation(row);
  }

  set(allocation: Allocation, by: string, at: string): Allocation {
    this.db
      .prepare(
        `INSERT INTO allocations (person, team, worker, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (person) DO UPDATE SET team = excluded.team, worker = excluded.worker, changed_by = excluded.changed_by, changed_at = excluded.changed_at`,
      )
      .run(allocation.person, allocation.team, allocation.worker ?? null, by, at);
    return allocation;
  }

  list(filter: { team?: string } = {}): Allocation[] {
    const rows = (filter.team === undefined
      ? this.db.prepare('SELECT person, team, worker FROM allocations ORDER BY person').all()
      : this.db.prepare('SELECT person, team, worker FROM allocations WHERE team = ? ORDER BY person').all(filter.team)) as Row[];
    return rows.map(toAllocation);
  }
}
