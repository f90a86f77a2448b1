import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditLog } from './audit';
import { openWorkstationDatabase, type WorkstationDatabase } from './database';

let db: WorkstationDatabase;

beforeEach(async () => {
  db = await openWorkstationDatabase({
    name: 'audit-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
});
afterEach(() => db.close());

const entry = (n: number) => ({
  actor: 'analyst-1',
  action: 'source.added',
  entity: 'source',
  entityId: `s${n}`,
  after: { n },
});

describe('audit log', () => {
  it('numbers entries from 1 and chains each to the one before', async () => {
    const first = await appendAudit(db, entry(1));
    const second = await appendAudit(db, entry(2));
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(second.hash).not.toBe(first.hash);
    expect(await verifyAuditLog(db)).toEqual({ ok: true, entries: 2 });
  });

  it('finds the exact entry that was edited in the database', async () => {
    for (let n = 1; n <= 7; n += 1) await appendAudit(db, entry(n));
    await db.audit.update(4, { actor: 'someone-else' });
    expect(await verifyAuditLog(db, 3)).toEqual({ ok: false, brokenAt: 4, reason: 'hash' });
  });

  it('finds a deleted entry', async () => {
    for (let n = 1; n <= 5; n += 1) await appendAudit(db, entry(n));
    await db.audit.delete(3);
    expect(await verifyAuditLog(db, 2)).toEqual({ ok: false, brokenAt: 4, reason: 'sequence' });
  });

  it('rolls back with the change it records when the transaction fails', async () => {
    await appendAudit(db, entry(1));
    await expect(
      db.transaction('rw', db.audit, db.settings, async () => {
        await db.settings.put({ key: 'theme', value: 'dark' });
        await appendAudit(db, entry(2));
        throw new Error('import refused');
      }),
    ).rejects.toThrow('import refused');
    expect(await db.audit.count()).toBe(1);
    expect(await db.settings.get('theme')).toBeUndefined();
  });
});
