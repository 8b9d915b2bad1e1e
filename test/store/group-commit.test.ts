import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database';
import { groupCommit } from '../../src/store/group-commit';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
  db = openDatabase(join(dir, 'companion.sqlite'), 'normal');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('writes made together on one connection', () => {
  it('are committed together, each caller told once its write is stored; one that fails is undone alone', async () => {
    const group = groupCommit(db);
    expect(groupCommit(db)).toBe(group);
    const insert = db.prepare('INSERT INTO t (k) VALUES (?)');
    const count = db.prepare('SELECT COUNT(*) FROM t').pluck();
    const results = await Promise.allSettled([
      group.run(() => insert.run('a').changes),
      group.run(() => {
        insert.run('b');
        insert.run('a'); // a duplicate: this write fails, and its 'b' goes with it
      }),
      group.run(() => insert.run('c').changes),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT k FROM t ORDER BY k').pluck().all()).toEqual(['a', 'c']);
    expect(count.get()).toBe(2);
  });

  it('are seen by a read that commits them first, before their turn of the event loop ends', () => {
    const group = groupCommit(db);
    void group.run(() => db.prepare('INSERT INTO t (k) VALUES (?)').run('x'));
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(0);
    group.commitNow();
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(1);
  });

  // SQLite undoes the whole transaction, not only the failing statement, on some errors (a full disk, I/O, out of memory).
  it('fail, every one with that error and none stored, when one write makes SQLite undo the whole transaction', async () => {
    const group = groupCommit(db);
    const insert = db.prepare('INSERT INTO t (k) VALUES (?)');
    const results = await Promise.allSettled([
      group.run(() => insert.run('a')),
      group.run(() => {
        insert.run('b');
        db.exec('ROLLBACK'); // what SQLite does itself on SQLITE_FULL
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      }),
      group.run(() => insert.run('c')),
    ]);
    // No caller is told its write failed when it was stored, nor that it was stored when it was undone.
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'stored'))).toEqual(Array(3).fill('database or disk is full'));
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(0);
    // The next group is committed as usual.
    await group.run(() => insert.run('d'));
    expect(db.prepare('SELECT k FROM t').pluck().all()).toEqual(['d']);
  });

  it('fail, every one, when the connection has closed', async () => {
    const group = groupCommit(db);
    const pending = group.run(() => db.prepare('SELECT 1').get());
    db.close();
    await expect(pending).rejects.toThrow(/not open/);
    db = openDatabase(join(dir, 'companion.sqlite'), 'normal');
  });
});
