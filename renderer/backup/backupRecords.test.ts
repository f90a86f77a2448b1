import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendAudit, verifyAuditLog } from '../db/audit';
import { openWorkstationDatabase, type WorkstationDatabase } from '../db/database';
import type { CaseRecord } from '../db/records';
import { readBackupContents, writeBackupContents } from './backupRecords';

let source: WorkstationDatabase;
let target: WorkstationDatabase;

beforeEach(async () => {
  source = await openWorkstationDatabase({
    name: 'source',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  target = await openWorkstationDatabase({
    name: 'target',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  source.close();
  target.close();
});

const aCase = (id: string, title: string): CaseRecord => ({
  id,
  title,
  status: 'open',
  owner: 'u1',
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  alertIds: [],
  accountIds: [],
});

async function makeWork(db: WorkstationDatabase, caseId: string, title: string) {
  await db.users.put({
    id: `user-${caseId}`,
    name: title,
    role: 'examiner',
    createdAt: '2026-11-20T00:00:00.000Z',
  });
  await db.cases.put(aCase(caseId, title));
  await appendAudit(db, {
    actor: 'u1',
    action: 'case.create',
    entity: 'case',
    entityId: caseId,
    after: { title },
  });
  await appendAudit(db, {
    actor: 'u1',
    action: 'case.rename',
    entity: 'case',
    entityId: caseId,
    after: { title },
  });
}

const restore = {
  actor: 'u2',
  signerFingerprint: 'ab'.repeat(32),
  createdAt: '2026-11-26T00:00:00.000Z',
};

describe('restoring a backup into the database', () => {
  it('replaces the work, keeps the restored audit hashes verifying and records the restore', async () => {
    await makeWork(source, 'c-source', '来源案件');
    await makeWork(target, 'c-target', 'local case');
    const contents = JSON.parse(JSON.stringify(await readBackupContents(source))) as Awaited<
      ReturnType<typeof readBackupContents>
    >;
    await writeBackupContents(target, contents, restore);
    expect((await target.cases.toArray()).map((c) => c.id)).toEqual(['c-source']);
    expect((await target.users.toArray()).map((u) => u.id).sort()).toEqual([
      'user-c-source',
      'user-c-target',
    ]);
    const audit = await target.audit.orderBy('seq').toArray();
    expect(audit.map((e) => e.action)).toEqual(['case.create', 'case.rename', 'backup.restore']);
    expect(audit[0]?.hash).toBe((await source.audit.get(1))?.hash);
    expect(await verifyAuditLog(target)).toEqual({ ok: true, entries: 3 });
  });

  it('writes nothing when a write fails part way (a quota error on the audit log)', async () => {
    await makeWork(source, 'c-source', '来源案件');
    await makeWork(target, 'c-target', 'local case');
    const contents = await readBackupContents(source);
    const before = {
      cases: await target.cases.toArray(),
      audit: await target.audit.toArray(),
      users: await target.users.toArray(),
    };
    // Every table shares Dexie's Table prototype: fail only the audit log's bulk write.
    const prototype = Object.getPrototypeOf(target.audit) as Table;
    const original = prototype.bulkAdd;
    vi.spyOn(prototype, 'bulkAdd').mockImplementation(function (this: Table, ...args) {
      if (this.name === 'audit') throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args as Parameters<Table['bulkAdd']>);
    });
    await expect(writeBackupContents(target, contents, restore)).rejects.toThrow(/full/);
    expect(await target.cases.toArray()).toEqual(before.cases);
    expect(await target.audit.toArray()).toEqual(before.audit);
    expect(await target.users.toArray()).toEqual(before.users);
  });
});
