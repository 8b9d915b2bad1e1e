import type { Db } from './database';

// Writes made on one connection in the same turn of the event loop (each turn of a busy bot writes where to reach its
// practitioner, then its answer's audit entry) are committed together: one transaction instead of one each. Each write
// keeps its own all-or-nothing (a savepoint): one that fails is undone alone and only its caller learns of it, unless its
// error made SQLite undo the whole transaction, when every write of the group fails with that error.

export interface GroupCommit {
  /** Runs the write in the next group's transaction; settles once that transaction has committed (or the write failed). */
  run<T>(write: () => T): Promise<T>;
  /** Commits the waiting writes now, so a read sees them. */
  commitNow(): void;
}

interface Waiting {
  write: () => unknown;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const groups = new WeakMap<Db, GroupCommit>();

/** The one group commit of a connection (shared by every store writing through it). */
export function groupCommit(db: Db): GroupCommit {
  let group = groups.get(db);
  if (!group) {
    group = createGroupCommit(db);
    groups.set(db, group);
  }
  return group;
}

function createGroupCommit(db: Db): GroupCommit {
  let waiting: Waiting[] = [];
  let scheduled = false;
  // Built once: making a transaction function costs more than running the statements of a turn's write.
  // Called inside the group's transaction, a transaction function runs as a savepoint, undone alone if it throws.
  const alone = db.transaction((write: () => unknown) => write());
  const together = db.transaction((group: readonly Waiting[], outcomes: Outcome[]) => {
    for (const w of group) {
      try {
        outcomes.push({ ok: true, value: alone(w.write) });
      } catch (error) {
        // SQLite undid the whole group (a full disk, I/O): nothing of it is stored, and no later write may run outside it.
        if (!db.inTransaction) throw error;
        outcomes.push({ ok: false, error });
      }
    }
  });
  const commitNow = (): void => {
    scheduled = false;
    if (waiting.length === 0) return;
    const group = waiting;
    waiting = [];
    const outcomes: Outcome[] = [];
    try {
      together(group, outcomes);
    } catch (error) {
      for (const w of group) w.reject(error);
      return;
    }
    group.forEach((w, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) w.resolve(outcome.value as never);
      else w.reject(outcome.error);
    });
  };
  return {
    run: <T>(write: () => T) =>
      new Promise<T>((resolve, reject) => {
        waiting.push({ write, resolve: resolve as (value: never) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(commitNow);
        }
      }),
    commitNow,
  };
}
